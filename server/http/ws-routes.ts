import websocket from "@fastify/websocket";
import type { FastifyInstance } from "fastify";
import type { WebSocket } from "ws";
import { ErrorCode } from "../errors";
import {
  ClientMessageSchema,
  PROTOCOL_VERSION,
  type ServerEvent,
} from "../sessions/protocol.schema";

const MAX_FRAME_BYTES = 16 * 1024;

function send(socket: WebSocket, event: ServerEvent): void {
  socket.send(JSON.stringify(event));
}

/** The live-session socket. Every frame is parsed with the protocol schema; a bad one gets a typed error. */
export async function wsRoutes(app: FastifyInstance): Promise<void> {
  await app.register(websocket, { options: { maxPayload: 1024 * 1024 } });
  app.get("/ws", { websocket: true }, (socket) => {
    socket.on("message", (data, isBinary) => {
      const size = Array.isArray(data)
        ? data.reduce((n, b) => n + b.length, 0)
        : (data as Buffer).length;
      if (isBinary || size > MAX_FRAME_BYTES) {
        send(socket, {
          type: "error",
          code: isBinary ? ErrorCode.MessageMalformed : ErrorCode.FrameTooLarge,
          message: isBinary
            ? "frames must be JSON text"
            : `frames are limited to ${MAX_FRAME_BYTES} bytes`,
          continues: true,
        });
        return;
      }
      let json: unknown;
      try {
        json = JSON.parse(String(data));
      } catch {
        send(socket, {
          type: "error",
          code: ErrorCode.MessageMalformed,
          message: "frame is not JSON",
          continues: true,
        });
        return;
      }
      const parsed = ClientMessageSchema.safeParse(json);
      if (!parsed.success) {
        const type = (json as { type?: unknown })?.type;
        const known = ClientMessageSchema.options.some((o) => o.shape.type.value === type);
        send(socket, {
          type: "error",
          code: known ? ErrorCode.MessageMalformed : ErrorCode.MessageUnknown,
          message: known
            ? `invalid ${String(type)} message: ${parsed.error.issues[0]?.message ?? "bad shape"}`
            : `unknown message type ${JSON.stringify(type)}`,
          continues: true,
        });
        return;
      }
      const message = parsed.data;
      switch (message.type) {
        case "ping":
          send(socket, { type: "pong", nonce: message.nonce, protocol: PROTOCOL_VERSION });
          break;
      }
    });
  });
}
