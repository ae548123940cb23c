import { scoredTurns } from "../../../server/sessions/conversation";
import type { WireTurn } from "../../../server/sessions/protocol.schema";

/** The element id of a turn in a transcript, for evidence links. */
export const turnAnchor = (index: number, prefix = "turn") => `${prefix}-${index}`;

/** Manager turn index → its number as the manager counts it (1 for their first line). */
export function managerNumbers(turns: readonly WireTurn[]): Map<number, number> {
  const out = new Map<number, number>();
  let n = 0;
  for (const t of turns) if (t.speaker === "manager") out.set(t.index, ++n);
  return out;
}

/**
 * The rubric numbers turns by position in the transcript it scored, which leaves out turns with no
 * text and a line left unanswered (`scoredTurns`). This maps that position back to the turn's index.
 */
export function scoredTurnIndex(
  turns: readonly WireTurn[],
): (position: number) => number | undefined {
  const spoken = scoredTurns(turns);
  return (position) => spoken[position]?.index;
}

/** The manager number of the line that an employee turn answered. */
export function answeredManagerTurn(
  turns: readonly WireTurn[],
  employeeIndex: number,
): WireTurn | undefined {
  return turns.filter((t) => t.speaker === "manager" && t.index < employeeIndex).at(-1);
}

/**
 * Step notes from the rubric name turns by 1-based transcript position ("Turn 5: …"); the client
 * numbers the manager's own lines. Renumbers each "Turn N" that points at a manager line, leaves
 * the rest as written (docs/requests/web-server.md asks the server for the manager's numbering).
 */
/**
 * Whether a step's note only repeats its first quote ("Turn 3: \"…\" (a specific observation).",
 * the note of a hit step): the evidence list below it shows the same quote and move, so the debrief
 * leaves the note out. Other notes (a missed step, one done out of order) say why.
 */
export function quotesItsNote(step: {
  status: string;
  note: string;
  evidence: readonly { quote: string }[];
}): boolean {
  return step.status === "hit" && step.evidence.length > 0 && /^Turn \d+: "/.test(step.note);
}

export function renumberNote(
  note: string,
  turnOf: (position: number) => number | undefined,
  numberOf: (index: number) => number | undefined,
  replyTo?: (index: number) => number | undefined,
): string {
  return (
    note
      .replace(/\bTurn (\d+)\b/g, (whole, n: string) => {
        const index = turnOf(Number(n) - 1);
        const mine = index === undefined ? undefined : numberOf(index);
        return mine === undefined ? whole : `Turn ${mine}`;
      })
      // Why a sentence counted only partly, or not at all: "Counted as partial: turn 3, "…", the
      // same sentence was flagged as …" (server/rubric/score-steps.ts): a manager line.
      .replace(/: turn (\d+), "/g, (whole, n: string) => {
        const index = turnOf(Number(n) - 1);
        const mine = index === undefined ? undefined : numberOf(index);
        return mine === undefined ? whole : `: turn ${mine}, "`;
      })
      // A fail reason names the turn of a critical flag mid-sentence ("Critical anti-pattern "…"
      // on turn 3."): a manager line, numbered among the manager's own as the transcript and
      // "Rewind to turn N" number it. Neutral words: the reviewer's page shows it too.
      .replace(/\bon turn (\d+)\b/g, (whole, n: string) => {
        const index = turnOf(Number(n) - 1);
        const mine = index === undefined ? undefined : numberOf(index);
        if (mine !== undefined) return `on turn ${mine}`;
        const answered = index === undefined ? undefined : replyTo?.(index);
        return answered === undefined ? whole : `in the reply to turn ${answered}`;
      })
      // "(turn 8)" after a reason a step did not apply points at an employee line, which the
      // client does not number: it is said as the reply to one of the manager's lines.
      .replace(/\(turn (\d+)\)/g, (whole, n: string) => {
        const index = turnOf(Number(n) - 1);
        if (index === undefined) return whole;
        const mine = numberOf(index);
        if (mine !== undefined) return `(your turn ${mine})`;
        const answered = replyTo?.(index);
        return answered === undefined ? whole : `(in their reply to your turn ${answered})`;
      })
  );
}

/** The manager number of the line each employee line answers, by transcript index. */
export function replyNumbers(turns: readonly WireTurn[]): (index: number) => number | undefined {
  const numbers = managerNumbers(turns);
  return (index) => {
    const answered = answeredManagerTurn(turns, index);
    return answered === undefined ? undefined : numbers.get(answered.index);
  };
}

/**
 * A line as a button's accessible name says it, unique on the page: the manager's own lines by
 * number ("turn 5"), the employee's by the line they answer ("Elena Voss's reply to turn 5"), or
 * "Elena Voss's opening line" before the manager said anything.
 */
export function lineLabel(turns: readonly WireTurn[], turn: WireTurn, who: string): string {
  const numbers = managerNumbers(turns);
  const own = numbers.get(turn.index);
  if (turn.speaker === "manager" && own !== undefined) return `turn ${own}`;
  const answered = answeredManagerTurn(turns, turn.index);
  const n = answered === undefined ? undefined : numbers.get(answered.index);
  return n === undefined ? `${who}'s opening line` : `${who}'s reply to turn ${n}`;
}

/**
 * A link's accessible name for a quoted line: its label and the start of the quote ("Turn 1: I've
 * noticed you've been on call…"), so a screen reader's list of links tells the debrief's many
 * "Turn 1" links apart (review 7 #10). What sighted readers see stays the label alone.
 */
export function quotedLinkName(label: string, quote: string, words = 6): string {
  const start = quoteStart(quote, words);
  return start ? `${label}: ${start}` : label;
}

/** The first `words` words of a text, "…" after them when there is more ("" for no words). */
export function quoteStart(text: string, words = 6): string {
  const all = text.trim().split(/\s+/).filter(Boolean);
  const start = all.slice(0, words).join(" ");
  return all.length > words ? `${start.replace(/[\s,;:.!?…]+$/u, "")}…` : start;
}
