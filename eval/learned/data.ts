import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { detectMoves, type MoveKind } from "../../server/moves";
import { setLearnedModel, stemsOf, turnFeatures } from "../../server/moves/learned/reader";
import { normaliseText, splitSentences } from "../../server/moves/segment";
import {
  type LabelledConversation,
  LabelledConversationSchema,
  LabelledLineSchema,
} from "../manager/data.schema";
import { DEV_SCENARIOS } from "../manager/evaluate";
import { readList } from "../manager/sets";

/**
 * The data the learned reader is trained and checked on: Flightdeck's own labelled manager lines
 * and conversations (eval/manager-lines/), in the five sets of leave-one-set-out (development, held
 * out, fresh, fresh 2, fresh 3) and review 2, which is only ever trained on. The blind sets
 * (fresh-4/, fresh-5/) are never read here.
 */
export const LOSO_SETS = ["development", "held out", "fresh", "fresh 2", "fresh 3"] as const;
export type SetName = (typeof LOSO_SETS)[number] | "review 2";

/**
 * The moves the reader may add: the positive steps a skilled manager is failed on when one goes
 * unread, less those the counselling corpora label (reflection and summary in AnnoMI, validation
 * in ESConv, and permission asks and joint problem-solving, which change how advice is read
 * there). With those five the reader lowered AnnoMI's macro-F1 (0.710 → 0.709) and quality AUC
 * (0.910 → 0.899) in `npm run eval:moves`; without them every goal figure there is as with the
 * rules alone. Judging moves are left to the rules: a false one fails a good conversation.
 */
export const CANDIDATE_MOVES: readonly MoveKind[] = [
  "specific_observation",
  "impact_statement",
  "perspective_ask",
  "next_step",
  "follow_up",
  "support_offer",
  "appreciation",
];

export interface LineRecord {
  set: SetName;
  id: string;
  text: string;
  previous?: string;
  moves: ReadonlySet<MoveKind>;
  not: ReadonlySet<MoveKind>;
  /** The moves the rules alone find in it. */
  ruleMoves: ReadonlySet<MoveKind>;
  features: string[];
}

export interface ConversationRecord {
  set: SetName;
  conversation: LabelledConversation;
}

export interface TrainingData {
  lines: LineRecord[];
  conversations: ConversationRecord[];
  /** sha256 of the lines files read, in a fixed order: what the shipped weights were trained on. */
  sha256: string;
}

const FOLDERS: readonly { folder: string; set?: SetName }[] = [
  { folder: "" },
  { folder: "fresh", set: "fresh" },
  { folder: "fresh-2", set: "fresh 2" },
  { folder: "fresh-3", set: "fresh 3" },
  { folder: "review-2", set: "review 2" },
];

/** The files whose change changes the trained weights, besides the labelled lines. */
export const MODEL_CODE = [
  "server/moves/learned/features.ts",
  "server/moves/learned/train.ts",
  "eval/learned/fit.ts",
  "eval/learned/data.ts",
];

/** Reads the training sets under `dir` (eval/manager-lines) and reads each line with the rules alone. */
export function readTrainingData(dir: string): TrainingData {
  const hash = createHash("sha256");
  const lines: LineRecord[] = [];
  const conversations: ConversationRecord[] = [];
  const setOf = (folderSet: SetName | undefined, scenario: string | undefined): SetName =>
    folderSet ??
    (scenario !== undefined && DEV_SCENARIOS.has(scenario) ? "development" : "held out");
  setLearnedModel(null);
  try {
    for (const { folder, set } of FOLDERS) {
      const linesPath = join(dir, folder, "lines.yaml");
      if (existsSync(linesPath)) {
        hash.update(`${folder}/lines.yaml\n`).update(readFileSync(linesPath));
        for (const line of readList(linesPath, LabelledLineSchema)) {
          const previous =
            line.previous === undefined
              ? []
              : [{ speaker: "employee" as const, text: line.previous }];
          const ruleMoves = new Set(detectMoves(line.text, { previous }).map((m) => m.move));
          const sentences = splitSentences(normaliseText(line.text), line.text);
          lines.push({
            set: setOf(set, line.scenario),
            id: line.id,
            text: line.text,
            ...(line.previous === undefined ? {} : { previous: line.previous }),
            moves: new Set(line.moves),
            not: new Set(line.not),
            ruleMoves,
            features: turnFeatures(sentences, ruleMoves, stemsOf(line.previous)),
          });
        }
      }
      const conversationsPath = join(dir, folder, "conversations.yaml");
      if (existsSync(conversationsPath)) {
        for (const conversation of readList(conversationsPath, LabelledConversationSchema))
          conversations.push({ set: setOf(set, conversation.scenario), conversation });
      }
    }
  } finally {
    setLearnedModel(undefined);
  }
  // The code that turns the lines into a model, so a change to it also makes the weights stale.
  for (const file of MODEL_CODE)
    hash.update(`${file}\n`).update(readFileSync(join(dir, "../..", file)));
  return { lines, conversations, sha256: hash.digest("hex") };
}
