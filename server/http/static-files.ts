import { existsSync } from "node:fs";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { ErrorCode } from "../errors";
import { errorBody } from "./errors";

/**
 * The built client needs nothing inline and loads nothing from elsewhere; model text is rendered as
 * text, so even a reply with markup cannot run or fetch anything.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
} as const;

/**
 * Serves the built web client. Unknown GETs outside /api and /ws that accept HTML get index.html
 * (the client routes them); everything else gets the JSON 404.
 */
export async function staticFiles(app: FastifyInstance, opts: { root: string }): Promise<void> {
  const hasClient = existsSync(`${opts.root}/index.html`);
  app.addHook("onSend", async (_request, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    return payload;
  });
  if (hasClient) {
    await app.register(fastifyStatic, {
      root: opts.root, // wildcard: files are looked up per request, so a rebuild (new hashed names) is served at once.
      wildcard: true,
      index: ["index.html"],
      // The build writes .br and .gz beside each file (web/precompress.ts): sent to a browser that
      // accepts them, with no compression work per request.
      preCompressed: true,
      setHeaders: (reply, path) => {
        // Files under assets/ are named by their content's hash: a new build gets new names, so a
        // browser may keep them for good. Everything else (index.html) is checked every time.
        reply.header(
          "cache-control",
          /[\\/]assets[\\/]/.test(path) ? "public, max-age=31536000, immutable" : "no-cache",
        );
      },
    });
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
