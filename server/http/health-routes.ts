import type { FastifyInstance } from "fastify";
import type { Store } from "../store";

export async function healthRoutes(app: FastifyInstance, opts: { store: Store }): Promise<void> {
  app.get("/healthz", async () => ({ ok: true }));
  app.get("/readyz", async (_request, reply) => {
    const database = await opts.store.ping();
    return reply
      .status(database ? 200 : 503)
      .send({ ready: database, database: database ? opts.store.kind : "unreachable" });
  });
}
