/** Server data as a page sees it: not asked for yet, on its way, here, or failed with a reason. */
export type Load<T> =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ready"; data: T }
  | { status: "error"; message: string };

export const IDLE: Load<never> = { status: "idle" };
export const LOADING: Load<never> = { status: "loading" };
export const ready = <T>(data: T): Load<T> => ({ status: "ready", data });
export const failed = (message: string): Load<never> => ({ status: "error", message });
