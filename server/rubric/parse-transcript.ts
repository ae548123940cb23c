import { z } from "zod";
import { SpeakerSchema, type Transcript, type TranscriptTurn } from "../moves/move.schema";

/**
 * A transcript file: `{"turns": [{"speaker", "text"}]}`, also as Flightdeck exports it
 * (`GET /api/sessions/:id/export?format=json`): the session and scorecards beside the turns are
 * ignored, and a turn may say it was cut off (`status`).
 */
const TranscriptFileSchema = z.looseObject({
  turns: z.array(
    z.strictObject({
      speaker: SpeakerSchema,
      text: z.string(),
      /** Who spoke an employee turn ("Elena Voss"), as the export writes it. */
      name: z.string().optional(),
      status: z.enum(["complete", "interrupted", "streaming"]).optional(),
      /** "model": a reply the model never began (LLM_FALLBACK=error); its line counted for nothing. */
      cause: z.enum(["model"]).optional(),
    }),
  ),
});

/** The export's score line before the transcript: "Score (weekly-one-on-one): 58/100 — passed". */
const SCORE_LINE = /^Score \(([a-z0-9][a-z0-9-]*)\): \d+\/100\b/;

/** How the Markdown export marks a reply that was cut off; not part of what was said. */
const CUT_OFF_NOTE = /\s*_\(cut off\)_\s*$/;
/**
 * How the Markdown export marks a reply the model never began (LLM_FALLBACK=error): the line it was
 * to answer counted for nothing in the session, so it is not scored here either.
 */
export const UNANSWERED_NOTE = "_(no reply: the model was unavailable)_";
const UNANSWERED_END = /\s*_\(no reply: the model was unavailable\)_\s*$/;

/**
 * The turns as scored: a reply cut off before a word said nothing and is left out, as the live
 * scorer leaves it out; one the model never began takes the manager's line before it with it, as
 * that line counted for nothing in the session (sessions/conversation.ts `answeredTurns`).
 */
function spokenTurns<T extends { speaker: string; text: string }>(
  turns: readonly (T & { empty: boolean; unanswered: boolean })[],
): T[] {
  const out: (T & { empty: boolean; unanswered: boolean })[] = [];
  for (const t of turns) {
    if (t.unanswered && out.at(-1)?.speaker === "manager") out.pop();
    if (!t.empty) out.push(t);
  }
  return out.map(({ empty: _e, unanswered: _u, ...t }) => t as unknown as T);
}

export type TranscriptFormat = "json" | "markdown";

export type ParsedTranscript =
  | {
      readonly ok: true;
      readonly transcript: Transcript;
      /**
       * The patterns a Flightdeck export was scored against, the main one first (its scorecards'
       * `patternId`s, or its "Score (id): …" lines); empty for a plain transcript.
       */
      readonly patterns: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly string[] };

/** `**Manager:** text`, `**Employee**: text`, optionally as a list item ("- **Manager:** …"). */
const SPEAKER_LINE = /^\s*(?:[-*+]\s+)?\*\*\s*([^*:]+?)\s*(?::\s*\*\*|\*\*\s*:)\s?(.*)$/;
const SPEAKERS: Readonly<Record<string, TranscriptTurn["speaker"]>> = {
  manager: "manager",
  employee: "employee",
};
/** A name after the role, as the export writes it: "Employee (Dana)". */
const NAMED = /\s*\(([^()]*)\)$/;
/**
 * The heading the export puts the other versions (branches) of a rewound conversation under: the
 * transcript ends there. Exports made before they were called versions say "## Other attempts",
 * which ends it too. (A heading inside someone's words is escaped by `markdownTurn`, so none can
 * forge it.)
 */
export const OTHER_VERSIONS_HEADING = "## Other versions";
const END_HEADINGS: ReadonlySet<string> = new Set([OTHER_VERSIONS_HEADING, "## Other attempts"]);
/**
 * How the export sets a reviewer's comment, or a reply to it, under the line it is on: a quoted line
 * starting with this mark (`> 💬 **Tom** (reviewer) commented: …`). It is a note, not speech: the
 * parser skips it, and a line of someone's words that starts so is escaped by `markdownTurn`.
 */
export const REVIEW_NOTE_MARK = "> 💬";
const REVIEW_NOTE_LINE = /^\s*>\s*💬/u;
/** A line of speech that would read as a speaker line, a heading or a note, escaped by the writer. */
const ESCAPED = /^\\(?=\*\*|#|[-*+]\s+\*\*|>\s*💬)/u;

/**
 * One turn as Markdown, as `parseTranscript` reads it back: `**Manager:** text`, or
 * `**Employee (Dana):** text`. A line of the text that would start a turn or a heading is escaped
 * with a backslash, so no one's words can forge a turn (a manager typing "**Employee:** I agree").
 */
export function markdownTurn(
  speaker: TranscriptTurn["speaker"],
  text: string,
  options: { name?: string | undefined; note?: string } = {},
): string {
  const role = speaker === "manager" ? "Manager" : "Employee";
  const label = options.name ? `${role} (${options.name.replace(/[()*:]/g, "")})` : role;
  const lines = text.split(/\r?\n/).map((line, i) => {
    const trimmed = line.trimStart();
    return i > 0 &&
      (SPEAKER_LINE.test(line) || trimmed.startsWith("#") || REVIEW_NOTE_LINE.test(line))
      ? `\\${trimmed}`
      : line;
  });
  return `**${label}:** ${lines.join("\n")}${options.note ?? ""}`;
}

function parseMarkdown(text: string): ParsedTranscript {
  const turns: {
    speaker: TranscriptTurn["speaker"];
    name: string | undefined;
    lines: string[];
    cut: boolean;
    unanswered: boolean;
  }[] = [];
  const problems: string[] = [];
  const lines = text.split(/\r?\n/);
  // Lines before the first speaker are a preamble (a title, the outcome, the score, as the export
  // writes them); with no speaker line at all, the first of them is what is wrong.
  const first = lines.findIndex((line) => SPEAKER_LINE.test(line));
  const other = lines.findIndex((line, i) => i > first && END_HEADINGS.has(line.trim()));
  const end = other === -1 ? lines.length : other;
  // The export's score lines, in the preamble, name the patterns it was scored against.
  const patterns = lines
    .slice(0, Math.max(first, 0))
    .flatMap((line) => SCORE_LINE.exec(line.trim())?.[1] ?? []);
  lines.forEach((line, i) => {
    if (i < first || i >= end) return;
    const m = SPEAKER_LINE.exec(line);
    if (m) {
      const role = (m[1] as string).replace(NAMED, "").toLowerCase();
      const speaker = SPEAKERS[role];
      // Who spoke an employee turn, "Employee (Elena Voss)": in a mediation, who agreed.
      const name = speaker === "employee" ? NAMED.exec(m[1] as string)?.[1]?.trim() : undefined;
      if (!speaker) {
        problems.push(`line ${i + 1}: unknown speaker "${m[1]}" (expected Manager or Employee)`);
        return;
      }
      const said = m[2] as string;
      turns.push({
        speaker,
        name: name || undefined,
        lines: [said.replace(CUT_OFF_NOTE, "").replace(UNANSWERED_END, "").trim()],
        cut: CUT_OFF_NOTE.test(said),
        unanswered: speaker === "employee" && UNANSWERED_END.test(said),
      });
      return;
    }
    const trimmed = line.trim();
    // Headings, blank lines and reviewers' notes carry no speech; any other line continues the turn.
    if (trimmed === "" || trimmed.startsWith("#") || REVIEW_NOTE_LINE.test(line)) return;
    const current = turns[turns.length - 1];
    if (current) current.lines.push(trimmed.replace(CUT_OFF_NOTE, "").replace(ESCAPED, ""));
    else problems.push(`line ${i + 1}: expected a "**Manager:**" or "**Employee:**" line first`);
  });
  if (problems.length > 0) return { ok: false, problems };
  return finish(patterns, {
    turns: spokenTurns(
      turns.map((t) => {
        const text = t.lines.filter(Boolean).join("\n");
        return {
          speaker: t.speaker,
          text,
          ...(t.name ? { name: t.name } : {}),
          empty: (t.cut || t.unanswered) && text === "",
          unanswered: t.unanswered && text === "",
        };
      }),
    ),
  });
}

function parseJson(text: string): ParsedTranscript {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [`not valid JSON: ${(err as Error).message}`] };
  }
  const result = TranscriptFileSchema.safeParse(data);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map(
        (issue) => `${issue.path.map(String).join(".") || "(root)"}: ${issue.message}`,
      ),
    };
  }
  const cards = z
    .object({ scorecards: z.array(z.looseObject({ patternId: z.string() })) })
    .safeParse(data);
  return finish(cards.success ? cards.data.scorecards.map((c) => c.patternId) : [], {
    turns: spokenTurns(
      result.data.turns.map((t) => {
        const empty = t.status === "interrupted" && t.text.trim() === "";
        return {
          speaker: t.speaker,
          text: t.text,
          ...(t.speaker === "employee" && t.name ? { name: t.name } : {}),
          empty,
          unanswered: empty && t.speaker === "employee" && t.cause === "model",
        };
      }),
    ),
  });
}

function finish(patterns: readonly string[], transcript: Transcript): ParsedTranscript {
  if (transcript.turns.length === 0)
    return { ok: false, problems: ["the transcript has no turns"] };
  const empty = transcript.turns.findIndex((t) => t.text.trim() === "");
  if (empty >= 0) return { ok: false, problems: [`turns.${empty}.text: the turn is empty`] };
  return { ok: true, transcript, patterns: [...new Set(patterns)] };
}

/**
 * A transcript from a file's text: JSON `{"turns":[{"speaker","text"}]}` or Markdown with
 * `**Manager:**` / `**Employee:**` lines (a line without a speaker continues the turn above). The
 * format is sniffed from the first character when not given. Problems name the line or the field.
 */
export function parseTranscript(text: string, format?: TranscriptFormat): ParsedTranscript {
  const chosen = format ?? (text.trimStart().startsWith("{") ? "json" : "markdown");
  return chosen === "json" ? parseJson(text) : parseMarkdown(text);
}
