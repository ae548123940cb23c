import type { FastifyError, FastifyInstance } from "fastify";
import { ErrorCode, FlightdeckError, HTTP_STATUS, RateLimitedError } from "../errors";
import { isDatabaseUnavailable } from "../store/unavailable";

export const DATABASE_UNAVAILABLE_MESSAGE =
  "the database cannot be reached right now; try again in a moment (what you have done so far is saved)";

export interface ErrorBody {
  error: { code: string; message: string };
}

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

/**
 * JSON bodies: Fastify's parser answers "Body is not valid JSON" for valid JSON with a `__proto__`
 * key too; this one says which it is, and refuses those keys the same (they could reach an object's
 * prototype in code that copies the body).
 */
export function installJsonParser(app: FastifyInstance): void {
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => {
    const text = String(body);
    if (text.trim() === "") return done(null, undefined);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      return done(
        new FlightdeckError(
          ErrorCode.BadRequest,
          `the body is not valid JSON (${(err as Error).message})`,
        ),
        undefined,
      );
    }
    const key = prototypeKeyIn(json);
    if (key)
      return done(
        new FlightdeckError(
          ErrorCode.BadRequest,
          `the body has a key "${key}", which is not accepted`,
        ),
        undefined,
      );
    done(null, json);
  });
}

/** What a body in another format than JSON is told (review 7, #9e). */
export const SEND_JSON = "send JSON with Content-Type: application/json";

/**
 * Every body is JSON. Fastify reads `text/plain` as a string, which the routes' schemas then refused
 * as "expected object, received string"; the answer now says what to change.
 */
export function refusePlainText(app: FastifyInstance): void {
  app.removeContentTypeParser("text/plain");
  app.addContentTypeParser("text/plain", { parseAs: "string" }, (_request, body, done) => {
    if (String(body).trim() === "") return done(null, undefined);
    done(
      new FlightdeckError(ErrorCode.BadRequest, `the body was sent as text/plain: ${SEND_JSON}`),
      undefined,
    );
  });
}

function prototypeKeyIn(value: unknown, depth = 0): string | undefined {
  if (value === null || typeof value !== "object" || depth > 64) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    if (key === "__proto__") return key;
    if (
      key === "constructor" &&
      inner !== null &&
      typeof inner === "object" &&
      "prototype" in inner
    )
      return "constructor.prototype";
    const found = prototypeKeyIn(inner, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The one place thrown errors become HTTP answers: `{"error":{"code","message"}}`. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | FlightdeckError, request, reply) => {
    if (err instanceof FlightdeckError) {
      if (err instanceof RateLimitedError)
        reply.header("retry-after", String(Math.ceil(err.retryAfterMs / 1000)));
      return reply.status(HTTP_STATUS[err.code]).send(errorBody(err.code, err.message));
    }
    if (isDatabaseUnavailable(err)) {
      request.log.warn({ err }, "the database is unavailable");
      return reply
        .status(HTTP_STATUS[ErrorCode.DatabaseUnavailable])
        .send(errorBody(ErrorCode.DatabaseUnavailable, DATABASE_UNAVAILABLE_MESSAGE));
    }
    const status = (err as FastifyError).statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err }, "request failed");
      return reply.status(status).send(errorBody(ErrorCode.Internal, "internal error"));
    }
    // Another media type (a form, none at all): Fastify's 415 said only "Unsupported Media Type".
    if ((err as FastifyError).code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
      const type = request.headers["content-type"];
      return reply
        .status(status)
        .send(
          errorBody(
            ErrorCode.BadRequest,
            `${type ? `the body was sent as ${type.split(";")[0]}` : "the body has no Content-Type"}: ${SEND_JSON}`,
          ),
        );
    }
    if ((err as FastifyError).code === "FST_ERR_CTP_BODY_TOO_LARGE")
      return reply
        .status(413)
        .send(errorBody(ErrorCode.BodyTooLarge, "the request body is over 64 KiB"));
    return reply.status(status).send(errorBody(ErrorCode.BadRequest, err.message));
  });
}
