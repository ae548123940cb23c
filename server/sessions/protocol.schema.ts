import { z } from "zod";

/**
 * The live-session protocol on /ws: every frame is one JSON object with a `type`. Client messages and
 * server events are unions discriminated by `type`; the web client imports this file. docs/protocol.md
 * describes each message and every failure.
 *
 * Sequencing: every durable server event carries `seq`, a per-session number that only grows. A client
 * that reconnects sends the last `seq` it saw and receives what it missed. Reply deltas are not durable:
 * they carry the `seq` of the turn they answer and a character `offset`, so a replayed delta overwrites
 * rather than duplicates (text = text.slice(0, offset) + delta).
 */
export const PROTOCOL_VERSION = 1;

export const LIMITS = {
  /** Bytes per websocket frame. */
  maxFrameBytes: 16 * 1024,
  /** Characters per manager turn. */
  maxTurnChars: 2000,
  /** Messages per connection per window. */
  rateLimitMessages: 30,
  rateLimitWindowMs: 10_000,
} as const;

const Id = z.string().min(1).max(64);
const TurnId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "expected letters, digits, _ or -");

export const SessionOptionsSchema = z.strictObject({
  /** Offer coach hints on request. */
  coachHints: z.boolean().default(true),
  /** Override the scenario's difficulty (1 gentle … 5 hard). */
  difficulty: z.number().int().min(1).max(5).optional(),
});
export type SessionOptions = z.infer<typeof SessionOptionsSchema>;

// ── client → server ────────────────────────────────────────────────────────────────────────────

export const ClientStartSchema = z.strictObject({
  type: z.literal("start"),
  scenarioId: Id,
  seed: z.number().int().min(0).max(2_147_483_647).optional(),
  options: SessionOptionsSchema.partial().optional(),
});
export const ClientResumeSchema = z.strictObject({
  type: z.literal("resume"),
  sessionId: Id,
  /** The last seq this client saw; 0 for a session it has not seen yet. */
  lastSeq: z.number().int().min(0),
});
export const ClientSaySchema = z.strictObject({
  type: z.literal("say"),
  /** Made by the client; a resend with the same id never creates a second turn. */
  turnId: TurnId,
  text: z.string(),
});
export const ClientHintSchema = z.strictObject({ type: z.literal("hint") });
export const ClientRewindSchema = z.strictObject({
  type: z.literal("rewind"),
  /** Index (in the current branch) of the manager turn to say differently. */
  toTurn: z.number().int().min(0),
});
/**
 * Takes the last rewind back, before anything is said on the new line: the attempt it left is
 * flown again from where it was. Only while the conversation it left had not ended.
 */
export const ClientUndoRewindSchema = z.strictObject({ type: z.literal("undo_rewind") });
/**
 * Asks the model again for the reply to the last line, which it never answered (LLM_FALLBACK=error:
 * the reply is interrupted, empty, cause "model"). The same reply streams again (`reply_retried`),
 * in this conversation: no new version. Refused while a reply streams or when there is none to get.
 */
export const ClientRetryReplySchema = z.strictObject({ type: z.literal("retry_reply") });
export const ClientEndSchema = z.strictObject({ type: z.literal("end") });
export const ClientPingSchema = z.strictObject({
  type: z.literal("ping"),
  nonce: z.string().max(64).optional(),
});

export const ClientMessageSchema = z.discriminatedUnion("type", [
  ClientStartSchema,
  ClientResumeSchema,
  ClientSaySchema,
  ClientHintSchema,
  ClientRewindSchema,
  ClientUndoRewindSchema,
  ClientRetryReplySchema,
  ClientEndSchema,
  ClientPingSchema,
]);
export type ClientMessage = z.infer<typeof ClientMessageSchema>;
export const CLIENT_MESSAGE_TYPES = ClientMessageSchema.options.map((o) => o.shape.type.value);

// ── shared shapes ──────────────────────────────────────────────────────────────────────────────

export const OUTCOME_VALUES = [
  "resolved",
  "escalated",
  "shut_down",
  "out_of_turns",
  "ended",
] as const;
export const SessionOutcomeSchema = z.enum(OUTCOME_VALUES);

/** How each outcome reads to a person: the web client, the Markdown export. */
export const OUTCOME_LABELS: Readonly<Record<(typeof OUTCOME_VALUES)[number], string>> = {
  resolved: "Resolved",
  escalated: "Escalated",
  shut_down: "They shut down",
  out_of_turns: "Out of turns",
  ended: "Ended by you",
};

export const TurnStatusSchema = z.enum(["complete", "streaming", "interrupted"]);

/** A turn as the manager sees it: never the persona's hidden state. */
export const WireTurnSchema = z.strictObject({
  id: z.string(),
  index: z.number().int().min(0),
  seq: z.number().int().min(0),
  speaker: z.enum(["manager", "employee"]),
  /** The persona who spoke, for employee turns (two in a mediation). */
  personaId: z.string().optional(),
  text: z.string(),
  status: TurnStatusSchema,
  clientTurnId: z.string().optional(),
  /**
   * An interrupted reply the model stopped: it failed partway, or (no text) was unavailable and
   * never began. Absent when a rewind, an end or a server stopping cut it.
   */
  cause: z.enum(["model"]).optional(),
});
export type WireTurn = z.infer<typeof WireTurnSchema>;

export const WireSessionSchema = z.strictObject({
  id: z.string(),
  scenarioId: z.string(),
  status: z.enum(["active", "ended"]),
  outcome: SessionOutcomeSchema.nullable(),
  branchId: z.string(),
  turnLimit: z.number().int(),
  /** Manager turns used in the current branch. */
  managerTurns: z.number().int(),
  options: z.strictObject({ coachHints: z.boolean(), difficulty: z.number().int() }),
  lastSeq: z.number().int(),
  /** Still open, but it got what it needed: the manager closes it (docs/protocol.md). */
  resolved: z.literal(true).optional(),
});
export type WireSession = z.infer<typeof WireSessionSchema>;

// ── server → client ────────────────────────────────────────────────────────────────────────────

const Seq = z.number().int().min(1);

export const ServerSessionStartedSchema = z.strictObject({
  type: z.literal("session_started"),
  seq: Seq,
  session: WireSessionSchema,
  /** The scenario's briefing (server/content briefingOf): what the manager may know. */
  briefing: z.looseObject({ id: z.string(), title: z.string() }),
  limits: z.strictObject({
    maxTurnChars: z.number(),
    maxFrameBytes: z.number(),
    turnLimit: z.number(),
  }),
});
/** Sent on resume: the session as it is now, then the missed events follow. */
export const ServerResumedSchema = z.strictObject({
  type: z.literal("resumed"),
  session: WireSessionSchema,
  /** The current branch's turns, for a client that has none (a reloaded page). */
  turns: z.array(WireTurnSchema),
  briefing: z.looseObject({ id: z.string(), title: z.string() }),
  limits: z.strictObject({
    maxTurnChars: z.number(),
    maxFrameBytes: z.number(),
    turnLimit: z.number(),
  }),
});
export const ServerTurnAcceptedSchema = z.strictObject({
  type: z.literal("turn_accepted"),
  seq: Seq,
  turn: WireTurnSchema,
});
export const ServerReplyDeltaSchema = z.strictObject({
  type: z.literal("reply_delta"),
  /** The seq of the turn_accepted this reply answers. */
  seq: Seq,
  replyId: z.string(),
  personaId: z.string(),
  offset: z.number().int().min(0),
  delta: z.string(),
});
export const ServerReplyDoneSchema = z.strictObject({
  type: z.literal("reply_done"),
  seq: Seq,
  turn: WireTurnSchema,
  /** Set when the model failed and the offline engine or an apology stood in. */
  notice: z.string().optional(),
  /** This reply resolved the conversation; it stays open for the manager to close. */
  resolved: z.literal(true).optional(),
  /** With `resolved`: what to do now, a notice of its own (never joined to the model's). */
  resolvedNotice: z.string().optional(),
});
/**
 * The model is asked again for a reply it never gave (`retry_reply`): `turn` is that reply, streaming
 * again and empty; its deltas and its reply_done follow as for any reply, under the same id.
 */
export const ServerReplyRetriedSchema = z.strictObject({
  type: z.literal("reply_retried"),
  seq: Seq,
  turn: WireTurnSchema,
});
export const ServerHintSchema = z.strictObject({
  type: z.literal("hint"),
  seq: Seq,
  text: z.string(),
});
export const ServerBranchStartedSchema = z.strictObject({
  type: z.literal("branch_started"),
  seq: Seq,
  session: WireSessionSchema,
  /** The new branch's turns (the ones kept from before the rewind point). */
  turns: z.array(WireTurnSchema),
  fromTurn: z.number().int(),
  /** An undone rewind: `turns` is the attempt flown again, whole, not a new line. */
  restored: z.literal(true).optional(),
});
export const ServerSessionEndedSchema = z.strictObject({
  type: z.literal("session_ended"),
  seq: Seq,
  outcome: SessionOutcomeSchema,
  reason: z.string(),
});
export const ServerScorecardReadySchema = z.strictObject({
  type: z.literal("scorecard_ready"),
  seq: Seq,
  sessionId: z.string(),
  branchId: z.string(),
  /** Overall score of the first pattern; GET /api/sessions/:id has the full scorecards. */
  overall: z.number(),
  passed: z.boolean(),
});
export const ServerPongSchema = z.strictObject({
  type: z.literal("pong"),
  nonce: z.string().optional(),
  protocol: z.literal(PROTOCOL_VERSION),
});
export const ServerErrorSchema = z.strictObject({
  type: z.literal("error"),
  code: z.string(),
  message: z.string(),
  /** False when the server is about to close the socket or the session cannot go on. */
  continues: z.boolean(),
  /** The client turn id the error is about, so the client can keep that draft. */
  turnId: z.string().optional(),
});

export const ServerEventSchema = z.discriminatedUnion("type", [
  ServerSessionStartedSchema,
  ServerResumedSchema,
  ServerTurnAcceptedSchema,
  ServerReplyDeltaSchema,
  ServerReplyDoneSchema,
  ServerReplyRetriedSchema,
  ServerHintSchema,
  ServerBranchStartedSchema,
  ServerSessionEndedSchema,
  ServerScorecardReadySchema,
  ServerPongSchema,
  ServerErrorSchema,
]);
export type ServerEvent = z.infer<typeof ServerEventSchema>;
/** The events stored and replayed on resume. */
export type DurableEvent = Extract<
  ServerEvent,
  {
    type:
      | "session_started"
      | "turn_accepted"
      | "reply_done"
      | "reply_retried"
      | "hint"
      | "branch_started"
      | "session_ended"
      | "scorecard_ready";
  }
>;
