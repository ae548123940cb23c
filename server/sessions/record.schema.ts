import { z } from "zod";
import { ScorecardSchema } from "../rubric/scorecard.schema";
import { WireSessionSchema, WireTurnSchema } from "./protocol.schema";

/**
 * Shapes of the session REST answers (GET /api/sessions, GET /api/sessions/:id) and of POST
 * /api/lint. The server's answers are typed by these (a test parses real answers with them) and the
 * web client validates with them. Loose objects, so an added field is not an error for an older client.
 */
const Num = z.coerce.number();

export const StateChangeSchema = z.looseObject({
  personaId: z.string(),
  variable: z.string(),
  delta: z.number(),
  cause: z.string(),
});
export type StateChange = z.infer<typeof StateChangeSchema>;

export const TrajectoryPointSchema = z.looseObject({
  /** Index of the employee turn in the branch. */
  turn: z.number().int(),
  speakerId: z.string(),
  intent: z.string(),
  state: z.record(z.string(), z.record(z.string(), z.number())),
  changes: z.array(StateChangeSchema),
  reveals: z.array(z.string()),
});
export type TrajectoryPoint = z.infer<typeof TrajectoryPointSchema>;

export const BranchViewSchema = z.looseObject({
  id: z.string(),
  parentId: z.string().nullable(),
  forkIndex: z.number().int().nullable(),
  active: z.boolean(),
  createdAt: Num,
  turns: z.array(WireTurnSchema),
  managerTurns: z.number().int(),
  outcome: z.string().nullable(),
  /** The attempt was ended and scored (End, or it ended by itself) before a rewind left it. */
  scored: z.boolean().optional(),
  finalState: z.record(z.string(), z.record(z.string(), z.number())).nullable().optional(),
  revealed: z.array(z.string()).optional(),
  /** An ended attempt that did not end resolved: what it still needed, in plain words. */
  stillNeeded: z.array(z.string()).optional(),
  /** Raised in the final reply the turn limit allowed, with no turn left to answer it: not a miss. */
  raisedAtEnd: z.array(z.string()).optional(),
  /** Raised again as the manager closed and never answered, resolved or not: a loose end. */
  unanswered: z.array(z.string()).optional(),
  trajectory: z.array(TrajectoryPointSchema).optional(),
  scorecards: z.array(ScorecardSchema).optional(),
});
export type BranchView = z.infer<typeof BranchViewSchema>;

export const HiddenTruthSchema = z.looseObject({
  personaId: z.string(),
  personaName: z.string(),
  concernId: z.string(),
  summary: z.string(),
  trustNeeded: z.number(),
  unlockedBy: z.array(z.string()),
  revealed: z.boolean(),
  /**
   * Not told, but the manager said it in their own words: the first such line (a turn index of the
   * version being flown) and their trust after the reply to it (null: no reply).
   */
  namedAt: z.object({ turn: z.number(), trust: z.number().nullable() }).optional(),
  /**
   * Not told in full: the reply that was to reveal it (a turn index) was cut off by the model
   * partway, and which of its words were shown cannot be known.
   */
  cutOffAt: z.object({ turn: z.number() }).optional(),
});
export type HiddenTruth = z.infer<typeof HiddenTruthSchema>;

/**
 * The latest score of an earlier attempt in a session whose attempt being flown has none: the
 * conversation ended, was scored, and was then rewound. Null otherwise.
 */
export const EarlierScoreSchema = z
  .object({ overall: z.number(), passed: z.boolean(), patternId: z.string() })
  .nullable()
  .default(null);

/**
 * The score and verdict an attempt counts with on its main pattern, the same on every screen
 * (server/people/verdict.ts): a current finished review's score and step statuses in place of the
 * machine's. Null until scored.
 */
export const CountedScoreSchema = z
  .object({
    overall: z.number(),
    passed: z.boolean(),
    machineOverall: z.number(),
    machinePassed: z.boolean(),
    machineAt: z.number(),
    reviewedOverall: z.number().nullable(),
    reviewedAt: z.number().nullable(),
    verdictByReviewer: z.boolean(),
    failReasons: z.array(z.string()),
    changedSteps: z.array(
      z.object({ id: z.string(), title: z.string(), machine: z.string(), reviewer: z.string() }),
    ),
    /** Machine flags a counting review set aside, with the reviewer's reason (none before 13). */
    setAsideFlags: z
      .array(
        z.object({
          id: z.string(),
          turn: z.number(),
          title: z.string(),
          critical: z.boolean(),
          reason: z.string(),
        }),
      )
      .optional(),
    earlier: z.boolean(),
    staleReview: z.object({ overall: z.number().nullable(), doneAt: z.number() }).nullable(),
  })
  .nullable();
export type CountedScoreWire = z.infer<typeof CountedScoreSchema>;

export const SessionRecordSchema = z.looseObject({
  session: WireSessionSchema,
  turns: z.array(WireTurnSchema),
  /** The user who practised it: the debrief is theirs, the review page everyone else's. */
  ownerId: z.string().optional(),
  scorecards: z.array(ScorecardSchema),
  earlier: EarlierScoreSchema,
  counted: CountedScoreSchema.default(null),
  branches: z.array(BranchViewSchema),
  hiddenTruth: z.array(HiddenTruthSchema).optional(),
});
export type SessionRecord = z.infer<typeof SessionRecordSchema>;

export const SessionSummarySchema = z.looseObject({
  id: z.string(),
  scenarioId: z.string(),
  scenarioTitle: z.string(),
  status: z.enum(["active", "ended"]),
  outcome: z.string().nullable(),
  createdAt: Num,
  endedAt: Num.nullable(),
  /**
   * When the manager said their first line; null before it. A session counts as an attempt toward
   * an assignment only from then (docs/roles.md).
   */
  firstLineAt: Num.nullable().optional(),
  overall: z.number().nullable(),
  passed: z.boolean().nullable(),
  patternId: z.string().nullable(),
  earlier: EarlierScoreSchema,
  /** The overall score of a finished review, which counts in place of `overall` (docs/roles.md). */
  reviewedOverall: z.number().nullable().optional(),
  counted: CountedScoreSchema.optional(),
});
export type SessionSummary = z.infer<typeof SessionSummarySchema>;

export const SessionListSchema = z.looseObject({ sessions: z.array(SessionSummarySchema) });

/** POST /api/lint (docs/requests/web-lint.md): flags are character spans of the draft. */
/** A draft message is a chat message or a short email, not a document (`POST /api/lint`). */
export const MAX_DRAFT_CHARS = 5000;

export const LintFlagSchema = z.looseObject({
  rule: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** `title: explanation`, for scripts; the page shows the two apart. */
  message: z.string(),
  suggestion: z.string(),
  title: z.string().optional(),
  explanation: z.string().optional(),
});
export type LintFlag = z.infer<typeof LintFlagSchema>;
export const LintResultSchema = z.looseObject({ flags: z.array(LintFlagSchema) });
