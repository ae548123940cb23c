import { z } from "zod";

/**
 * The live-session protocol on /ws: every frame is one JSON object with a `type`. Client messages
 * and server events are unions discriminated by `type`; the web client imports this file.
 */
export const PROTOCOL_VERSION = 1;

export const ClientPingSchema = z.strictObject({
  type: z.literal("ping"),
  nonce: z.string().max(64).optional(),
});

export const ClientMessageSchema = z.discriminatedUnion("type", [ClientPingSchema]);
export type ClientMessage = z.infer<typeof ClientMessageSchema>;

export const ServerPongSchema = z.strictObject({
  type: z.literal("pong"),
  nonce: z.string().optional(),
  protocol: z.literal(PROTOCOL_VERSION),
});

export const ServerErrorSchema = z.strictObject({
  type: z.literal("error"),
  code: z.string(),
  message: z.string(),
  /** False when the server is about to close the socket or end the session. */
  continues: z.boolean(),
});

export const ServerEventSchema = z.discriminatedUnion("type", [
  ServerPongSchema,
  ServerErrorSchema,
]);
export type ServerEvent = z.infer<typeof ServerEventSchema>;
