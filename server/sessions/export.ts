import type { Content } from "../content";
import { markdownTurn, OTHER_VERSIONS_HEADING } from "../rubric";
import { type Scorecard, ScorecardSchema, type StepStatus } from "../rubric/scorecard.schema";
import { OUTCOME_LABELS, type WireSession, type WireTurn } from "./protocol.schema";

/**
 * `GET /api/sessions/:id/export`: the attempt being flown as a transcript `flightdeck score` reads
 * (its `turns`), and, for a conversation that was rewound, the other attempts after it, said as
 * such. Turn numbers in the words of an export count the manager's lines, as the debrief does.
 */

type Turn = Pick<WireTurn, "index" | "speaker" | "text">;

/** What an export needs of `SessionService.record` (GET /api/sessions/:id). */
export interface ExportRecord {
  session: WireSession;
  turns: WireTurn[];
  scorecards: readonly unknown[];
  /** The main pattern's counted score and verdict (server/people/verdict.ts); null unscored. */
  counted?: {
    overall: number;
    passed: boolean;
    machineOverall: number;
    machinePassed: boolean;
    reviewedOverall: number | null;
    verdictByReviewer: boolean;
    staleReview: { overall: number | null } | null;
    failReasons?: readonly string[];
    changedSteps?: readonly unknown[];
    /** Flags a counting review set aside, with why: struck in the Markdown, with the reason. */
    setAsideFlags?: readonly { id: string; turn: number; reason: string }[];
  } | null;
  branches: readonly {
    active: boolean;
    createdAt: unknown;
    outcome: string | null;
    turns: readonly unknown[];
  }[];
}

/** Manager turn index → its number as the manager counts it (1 for their first line). */
function managerNumbers(turns: readonly Turn[]): Map<number, number> {
  const out = new Map<number, number>();
  let n = 0;
  for (const t of turns) if (t.speaker === "manager") out.set(t.index, ++n);
  return out;
}

/**
 * A rubric note in the manager's numbering. The rubric names turns by 1-based position in the
 * transcript it scored (turns with text only); the debrief renumbers them the same way
 * (web/src/model/transcript.ts renumberNote; tests/session-export.test.ts holds the two together).
 */
export function renumberNote(note: string, turns: readonly Turn[]): string {
  const spoken = turns.filter((t) => t.text.length > 0);
  const numbers = managerNumbers(turns);
  const indexAt = (n: string) => spoken[Number(n) - 1]?.index;
  const numberAt = (n: string) => {
    const index = indexAt(n);
    return index === undefined ? undefined : numbers.get(index);
  };
  const answeredAt = (n: string) => {
    const index = indexAt(n);
    if (index === undefined) return undefined;
    const answered = turns.filter((t) => t.speaker === "manager" && t.index < index).at(-1);
    return answered === undefined ? undefined : numbers.get(answered.index);
  };
  return note
    .replace(/\bTurn (\d+)\b/g, (whole, n: string) => {
      const mine = numberAt(n);
      return mine === undefined ? whole : `Turn ${mine}`;
    })
    .replace(/\bon turn (\d+)\b/g, (whole, n: string) => {
      const mine = numberAt(n);
      if (mine !== undefined) return `on turn ${mine}`;
      const answered = answeredAt(n);
      return answered === undefined ? whole : `in the reply to turn ${answered}`;
    })
    .replace(/\(turn (\d+)\)/g, (whole, n: string) => {
      if (indexAt(n) === undefined) return whole;
      const mine = numberAt(n);
      if (mine !== undefined) return `(your turn ${mine})`;
      const answered = answeredAt(n);
      return answered === undefined ? whole : `(in their reply to your turn ${answered})`;
    });
}

/** A scorecard with its notes and fail reasons in the manager's numbering of `turns`. */
function renumbered(card: unknown, turns: readonly Turn[]): unknown {
  const c = card as { steps?: { note?: unknown }[]; failReasons?: unknown[] };
  if (!c || typeof c !== "object") return card;
  return {
    ...c,
    ...(Array.isArray(c.failReasons)
      ? {
          failReasons: c.failReasons.map((r) =>
            typeof r === "string" ? renumberNote(r, turns) : r,
          ),
        }
      : {}),
    ...(Array.isArray(c.steps)
      ? {
          steps: c.steps.map((s) =>
            typeof s.note === "string" ? { ...s, note: renumberNote(s.note, turns) } : s,
          ),
        }
      : {}),
  };
}

/** An attempt other than the one being flown, from where it parts from it. */
interface OtherAttempt {
  /** 1 for the first attempt, in the order they were started. */
  attempt: number;
  /** The manager's turn (their numbering) where this attempt and the one being flown part. */
  fromTurn: number;
  outcome: string | null;
  turns: WireTurn[];
}

function otherAttempts(record: ExportRecord): OtherAttempt[] {
  const branches = [...record.branches].sort((a, b) => Number(a.createdAt) - Number(b.createdAt));
  if (branches.length < 2) return [];
  const flown = record.turns;
  return branches.flatMap((b, i) => {
    if (b.active) return [];
    const turns = b.turns as WireTurn[];
    // The first turn of this attempt that the one being flown does not share.
    let split = 0;
    while (split < turns.length && turns[split]?.id === flown[split]?.id) split++;
    const before = turns.slice(0, split).filter((t) => t.speaker === "manager").length;
    return [
      {
        attempt: i + 1,
        fromTurn: before + 1,
        outcome: b.outcome,
        turns: turns.slice(split),
      },
    ];
  });
}

const outcomeWords = (outcome: string | null) =>
  outcome && outcome in OUTCOME_LABELS
    ? OUTCOME_LABELS[outcome as keyof typeof OUTCOME_LABELS]
    : "left unfinished";

/**
 * The transcript format `flightdeck score` reads (`turns`: the attempt being flown), plus the
 * session's metadata, its scorecards (notes in the manager's numbering), and for a rewound
 * conversation `attempts`: the other attempts, each from the turn where it parts from this one.
 */
export function exportJson(record: ExportRecord) {
  const others = otherAttempts(record);
  return {
    session: record.session,
    turns: record.turns.map((t) => ({
      speaker: t.speaker,
      text: t.text,
      ...(t.status !== "complete" ? { status: t.status } : {}),
    })),
    turnNumbers: "Turn numbers in notes count the manager's lines: turn 1 is their first line.",
    scorecards: record.scorecards.map((c) => renumbered(c, record.turns)),
    counted: record.counted ?? null,
    ...(others.length > 0
      ? {
          rewound: others.length,
          attempts: others.map((a) => ({
            attempt: a.attempt,
            fromTurn: a.fromTurn,
            outcome: a.outcome,
            turns: a.turns.map((t) => ({
              speaker: t.speaker,
              text: t.text,
              ...(t.status !== "complete" ? { status: t.status } : {}),
            })),
          })),
        }
      : {}),
  };
}

const STATUS_WORDS: Readonly<Record<StepStatus, string>> = {
  hit: "✓ Done",
  partial: "◐ Partly",
  missed: "✗ Missed",
  not_applicable: "– Not applicable",
};

/** A quote on one line, as Markdown shows it. */
const inline = (text: string) => `“${text.replace(/\s+/g, " ").trim()}”`;

/**
 * One scorecard as a crib to read before the real conversation: the verdict and why, each step of
 * the pattern with the manager's own words that showed it (or why it is missing), and each flag with
 * its better phrasing. Turn numbers count the manager's lines, as the debrief does. It sits before
 * the first speaker line, where `flightdeck score` reads nothing.
 */
function scorecardMarkdown(
  card: Scorecard,
  turns: readonly WireTurn[],
  content: Content,
  position: number,
  several: boolean,
  /** The counted verdict of the main pattern, when a finished review re-decided it. */
  reviewed?: {
    failReasons: readonly string[];
    setAside: readonly { id: string; turn: number; reason: string }[];
  },
): string[] {
  const spoken = turns.filter((t) => t.text.length > 0);
  const numbers = managerNumbers(turns);
  const numberAt = (position: number) => {
    const index = spoken[position]?.index;
    return index === undefined ? undefined : numbers.get(index);
  };
  const title = content.patterns.get(card.patternId)?.title ?? card.patternId;
  const role = !several
    ? ""
    : position === 0
      ? " (the main pattern: this score counts)"
      : " (also practised here: this score does not count)";
  const out = [`### ${title}${role}`, ""];
  const failReasons = reviewed?.failReasons ?? card.failReasons;
  if (failReasons.length > 0) {
    out.push("Why it did not pass:", "");
    for (const reason of failReasons) out.push(`- ${renumberNote(reason, turns)}`);
    out.push("");
  }
  out.push("Steps:", "");
  for (const step of card.steps) {
    const head = `- ${STATUS_WORDS[step.status]}: ${step.title}${step.required ? " (required)" : ""}`;
    const shown = step.evidence.flatMap((e) => {
      const n = numberAt(e.turn);
      return n === undefined ? [] : [`turn ${n} ${inline(e.quote)}`];
    });
    const words = shown.length > 0 ? `: ${shown.join("; ")}` : "";
    out.push(
      step.status === "hit" && words
        ? `${head}${words}`
        : `${head}${words}. ${renumberNote(step.note, turns)}`,
    );
  }
  out.push("");
  if (card.antiPatterns.length > 0) {
    out.push("Flags:", "");
    for (const f of card.antiPatterns) {
      const n = numberAt(f.turn);
      const spread = (f.across ?? []).flatMap((p) => numberAt(p.turn) ?? []);
      const where =
        n === undefined
          ? ""
          : spread.length > 0
            ? `Turns ${[...spread, n].join(", ")}: `
            : `Turn ${n}: `;
      const critical = f.critical && !f.sameSentenceAs ? " (critical)" : "";
      const setAside = reviewed?.setAside.find((a) => a.id === f.id && a.turn === f.turn);
      const title = setAside ? `~~${f.title}~~` : f.title;
      const why = setAside ? ` Set aside by your reviewer: ${setAside.reason.trim()}` : "";
      out.push(
        `- ${where}${title}${critical}: ${inline(f.quote)} Better: ${f.better.trim()}${why}`,
      );
    }
    out.push("");
  }
  return out;
}

/**
 * The conversation as Markdown `flightdeck score` reads: the attempt being flown, then (for a
 * rewound conversation) the other attempts under their own heading, which the parser stops at.
 */
export function exportMarkdown(record: ExportRecord, content: Content): string {
  const scenario = content.scenarios.get(record.session.scenarioId);
  const lines = [`# ${scenario?.title ?? record.session.scenarioId}`, ""];
  const outcome = record.session.outcome;
  lines.push(`Outcome: ${outcome ? OUTCOME_LABELS[outcome] : "in progress"}`, "");
  const others = otherAttempts(record);
  if (others.length > 0) {
    const times = others.length === 1 ? "once" : `${others.length} times`;
    lines.push(
      `This conversation was rewound ${times}. Below is the version being flown; the other ${others.length === 1 ? "version follows" : "versions follow"} it, under "Other versions".`,
      "",
    );
  }
  // The score before the turns: `flightdeck score` reads what follows the first speaker as speech.
  // The main pattern's line says what counts, as every screen does: a finished review's score and
  // verdict in place of the machine's, and a review of an earlier version as such.
  const main = scenario?.patterns[0];
  const counted = record.counted ?? null;
  const verdict = (passed: boolean | undefined) => (passed ? "passed" : "not passed");
  const several = record.scorecards.length > 1;
  record.scorecards.forEach((raw, i) => {
    const card = raw as { patternId?: string; overall?: number; passed?: boolean };
    const reviewed =
      counted &&
      card.patternId === main &&
      (counted.reviewedOverall !== null || counted.verdictByReviewer);
    lines.push(
      reviewed
        ? `Score (${card.patternId}): ${counted.overall}/100 — ${verdict(counted.passed)}, as your reviewer counted it (the machine: ${counted.machineOverall}/100 — ${verdict(counted.machinePassed)})`
        : `Score (${card.patternId}): ${card.overall}/100 — ${verdict(card.passed)}`,
      "",
    );
    if (counted?.staleReview && card.patternId === main)
      lines.push(
        `Your reviewer's review${counted.staleReview.overall !== null ? ` (${counted.staleReview.overall}/100)` : ""} was of an earlier version of this conversation, before it was rewound; this version counts with the machine's score until they review it again.`,
        "",
      );
    // The machine's steps and flags: a reviewer's adjustments are on the debrief, beside them.
    const parsed = ScorecardSchema.safeParse(raw);
    const redecided =
      counted &&
      card.patternId === main &&
      counted.failReasons !== undefined &&
      ((counted.changedSteps ?? []).length > 0 || (counted.setAsideFlags ?? []).length > 0)
        ? { failReasons: counted.failReasons, setAside: counted.setAsideFlags ?? [] }
        : undefined;
    if (parsed.success)
      lines.push(...scorecardMarkdown(parsed.data, record.turns, content, i, several, redecided));
  });
  if (record.turns.length > 0) lines.push("## Transcript", "");
  const turn = (t: WireTurn) => {
    const name = t.personaId ? content.personas.get(t.personaId)?.name : undefined;
    const note = t.status === "interrupted" ? " _(cut off)_" : "";
    return markdownTurn(t.speaker, t.text, { name, note });
  };
  for (const t of record.turns) lines.push(turn(t), "");
  if (others.length > 0) {
    lines.push(OTHER_VERSIONS_HEADING, "");
    for (const a of others) {
      lines.push(
        `### Version ${a.attempt}${a.attempt === 1 ? " (first try)" : ""}: from your turn ${a.fromTurn} (${outcomeWords(a.outcome)})`,
        "",
        a.fromTurn === 1
          ? "This version went another way from the first line."
          : a.fromTurn === 2
            ? "Your turn 1 and the reply to it are as above; this version went on from there."
            : `Your turns 1 to ${a.fromTurn - 1} and the replies to them are as above; this version went on from there.`,
        "",
      );
      for (const t of a.turns) lines.push(turn(t), "");
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
