import { existsSync } from "node:fs";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { ErrorCode } from "../errors";
import { errorBody } from "./errors";

/**
 * Serves the built web client. Unknown GETs outside /api and /ws that accept HTML get index.html
 * (the client routes them); everything else gets the JSON 404.
 */
export async function staticFiles(app: FastifyInstance, opts: { root: string }): Promise<void> {
  const hasClient = existsSync(`${opts.root}/index.html`);
  if (hasClient) {
    await app.register(fastifyStatic, { root: opts.root, wildcard: false, index: ["index.html"] });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    const wantsPage =
      request.method === "GET" &&
      !path.startsWith("/api/") &&
      path !== "/ws" &&
      (request.headers.accept ?? "").includes("text/html");
    if (wantsPage && hasClient) return reply.type("text/html").sendFile("index.html");
    return reply
      .status(404)
      .send(errorBody(ErrorCode.NotFound, `no route ${request.method} ${path}`));
  });
}
