/**
 * Every error code Flightdeck can emit. Codes are a contract with clients and scripts: never rename or
 * reuse one. docs/errors.md has a row for each. Only edges throw; the pure core returns data.
 */
export const ErrorCode = {
  ConfigInvalid: "FD_CONFIG_INVALID",
  ContentInvalid: "FD_CONTENT_INVALID",
  ContentUnreadable: "FD_CONTENT_UNREADABLE",
  DataDirLocked: "FD_DATA_DIR_LOCKED",
  DatabaseUnavailable: "FD_DATABASE_UNAVAILABLE",
  BadRequest: "FD_BAD_REQUEST",
  BodyTooLarge: "FD_BODY_TOO_LARGE",
  NotFound: "FD_NOT_FOUND",
  ScenarioNotFound: "FD_SCENARIO_NOT_FOUND",
  PatternNotFound: "FD_PATTERN_NOT_FOUND",
  SessionNotFound: "FD_SESSION_NOT_FOUND",
  SessionEnded: "FD_SESSION_ENDED",
  TurnOutOfOrder: "FD_TURN_OUT_OF_ORDER",
  TurnTooLong: "FD_TURN_TOO_LONG",
  FrameTooLarge: "FD_FRAME_TOO_LARGE",
  MessageMalformed: "FD_MESSAGE_MALFORMED",
  MessageUnknown: "FD_MESSAGE_UNKNOWN",
  RateLimited: "FD_RATE_LIMITED",
  NoActiveSession: "FD_NO_ACTIVE_SESSION",
  SessionTakenOver: "FD_SESSION_TAKEN_OVER",
  ModelUnavailable: "FD_MODEL_UNAVAILABLE",
  Unauthenticated: "FD_UNAUTHENTICATED",
  AccountDisabled: "FD_ACCOUNT_DISABLED",
  Forbidden: "FD_FORBIDDEN",
  Internal: "FD_INTERNAL",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** HTTP status per code, in one place; http/ maps thrown errors through it. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  FD_CONFIG_INVALID: 500,
  FD_CONTENT_INVALID: 500,
  FD_CONTENT_UNREADABLE: 500,
  FD_DATA_DIR_LOCKED: 500,
  FD_DATABASE_UNAVAILABLE: 503,
  FD_BAD_REQUEST: 400,
  FD_BODY_TOO_LARGE: 413,
  FD_NOT_FOUND: 404,
  FD_SCENARIO_NOT_FOUND: 404,
  FD_PATTERN_NOT_FOUND: 404,
  FD_SESSION_NOT_FOUND: 404,
  FD_SESSION_ENDED: 409,
  FD_TURN_OUT_OF_ORDER: 409,
  FD_TURN_TOO_LONG: 413,
  FD_FRAME_TOO_LARGE: 413,
  FD_MESSAGE_MALFORMED: 400,
  FD_MESSAGE_UNKNOWN: 400,
  FD_RATE_LIMITED: 429,
  FD_NO_ACTIVE_SESSION: 409,
  FD_SESSION_TAKEN_OVER: 409,
  FD_MODEL_UNAVAILABLE: 502,
  FD_UNAUTHENTICATED: 401,
  FD_ACCOUNT_DISABLED: 401,
  FD_FORBIDDEN: 403,
  FD_INTERNAL: 500,
};

export class FlightdeckError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = "FlightdeckError";
    this.code = code;
  }
}

/** FD_RATE_LIMITED with how long to wait: the HTTP answer carries it as `Retry-After` (seconds). */
export class RateLimitedError extends FlightdeckError {
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(ErrorCode.RateLimited, message);
    this.name = "RateLimitedError";
  }
}
