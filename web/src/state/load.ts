import { ApiError, messageOf } from "../api/http";

/** Server data as a page sees it: not asked for yet, on its way, here, or failed with a reason. */
export type Load<T> =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ready"; data: T }
  | { status: "error"; message: string; httpStatus?: number };

export const IDLE: Load<never> = { status: "idle" };
export const LOADING: Load<never> = { status: "loading" };
export const ready = <T>(data: T): Load<T> => ({ status: "ready", data });
export const failed = (message: string, httpStatus?: number): Load<never> =>
  httpStatus === undefined
    ? { status: "error", message }
    : { status: "error", message, httpStatus };
/** A failed request as a page shows it: the message, and the HTTP status when there was one. */
export const failure = (err: unknown): Load<never> =>
  failed(messageOf(err), err instanceof ApiError && err.status > 0 ? err.status : undefined);
