/** A failed request, with the server's error code when it sent one (`{"error":{"code","message"}}`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const UNREACHABLE = "Flightdeck's server cannot be reached. Check that it is running, then retry.";

/**
 * The signed-in session's CSRF token (password mode), sent on every state-changing request. It comes
 * from `GET /api/me` or the sign-in answer; in local mode there is none and nothing is sent.
 */
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Told of every 401: the sign-in ended (expired, or signed out in another tab). One listener, the account shell. */
let unauthenticated: ((path: string, code: string | undefined) => void) | null = null;
export function onUnauthenticated(
  listener: ((path: string, code: string | undefined) => void) | null,
): void {
  unauthenticated = listener;
}

interface Parser<T> {
  parse(data: unknown): T;
}

/** fetch + JSON + the server's error body, in one place; `schema` checks what came back. */
export async function requestJson<T>(
  path: string,
  schema: Parser<T>,
  init: RequestInit = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: {
        accept: "application/json",
        ...(init.body ? { "content-type": "application/json" } : {}),
        ...(csrfToken && (init.method ?? "GET") !== "GET" ? { "x-csrf-token": csrfToken } : {}),
      },
    });
  } catch {
    throw new ApiError(0, "FD_NETWORK", UNREACHABLE);
  }
  const body: unknown = await response.json().catch(() => undefined);
  const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  if (response.status === 401)
    unauthenticated?.(path, typeof error?.code === "string" ? error.code : undefined);
  if (!response.ok) {
    throw new ApiError(
      response.status,
      typeof error?.code === "string" ? error.code : `HTTP_${response.status}`,
      typeof error?.message === "string"
        ? error.message
        : `The server answered ${response.status}.`,
    );
  }
  try {
    return schema.parse(body);
  } catch {
    throw new ApiError(
      response.status,
      "FD_UNEXPECTED_RESPONSE",
      "The server sent an answer this page does not understand. Reload to get the latest version.",
    );
  }
}

export const messageOf = (err: unknown): string =>
  err instanceof Error ? err.message : "Something went wrong.";

/** A parser that only checks the answer is an object; for shapes typed by the server's own code. */
export const objectOf = <T>(check: (data: Record<string, unknown>) => boolean): Parser<T> => ({
  parse(data) {
    if (typeof data !== "object" || data === null || !check(data as Record<string, unknown>))
      throw new Error("unexpected shape");
    return data as T;
  },
});
