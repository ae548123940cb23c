import type { FastifyError, FastifyInstance } from "fastify";
import { ErrorCode, FlightdeckError, HTTP_STATUS } from "../errors";

export interface ErrorBody {
  error: { code: string; message: string };
}

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

/** The one place thrown errors become HTTP answers: `{"error":{"code","message"}}`. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | FlightdeckError, request, reply) => {
    if (err instanceof FlightdeckError) {
      return reply.status(HTTP_STATUS[err.code]).send(errorBody(err.code, err.message));
    }
    const status = (err as FastifyError).statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err }, "request failed");
      return reply.status(status).send(errorBody(ErrorCode.Internal, "internal error"));
    }
    return reply.status(status).send(errorBody(ErrorCode.BadRequest, err.message));
  });
}
