import { MOVE_INFO } from "../moves";
import type { Move, MoveKind, TranscriptTurn } from "../moves/move.schema";
import { contentStems } from "../moves/overlap";
import { checksBack, readTurn } from "./turn-kind";

/**
 * How the persona hears a manager turn, beyond the moves the detectors name. The hurts (a threat,
 * a label, a dismissal …) are the detectors' own moves of negative polarity: one reader of them,
 * for the scorecard and the persona alike (server/moves/rules-judging.ts). Here:
 *
 * - `invites`: the moves of a turn that really invite the truth. Fillers ("Okay. I understand."),
 *   open-ended offers ("let me know if you need anything") and the manager's own statements dressed
 *   as reflections ("You have carried over quite a lot of work lately") invite nothing;
 * - `concedes`: whether "That's fair. I hadn't thought of it that way." can answer the turn.
 */

interface Sentence {
  text: string;
  start: number;
}

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?]+[.!?]*/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== "") out.push({ text: trimmed, start: (m.index ?? 0) + lead });
  }
  return out;
}

// --- What invites the truth ---------------------------------------------------------------------

/** A question or a request to them: they are in it. */
const ABOUT_THEM =
  /\b(?:you|your|yours|yourself|u|ur)\b|^(?:\w+,\s*)?(?:tell me|walk me|talk me|say more|go on|keep going)\b/i;
/** A feeling or a state named: a reflection of how they are, not of the manager's facts. */
const FEELING =
  /\b(?:(?:you|it|that) (?:must )?(?:feel|felt|feels)\b|tired|exhaust\w*|frustrat\w*|hurt\w*|disappoint\w*|angry|anger|upset|worr\w*|anxious|stress\w*|overwhelm\w*|drain\w*|burn(?:t|ed)? out|burnout|stuck|overlooked|unfair|alone|lonely|sad|afraid|scared|nervous|annoyed|sick of|fed up|demoralis\w*|demoraliz\w*|gutted|embarrass\w*|proud|relieved|running on empty|worn (?:down|out)|on edge|invisible|unseen|undervalued|unappreciated|dread\w*|blow|sting\w*|gutting|hard on you|a lot to carry|heavy)\b/i;
/** "It sounds like…", "I imagine…": a guess at how it is for them, offered as a guess. */
const EMPATHIC_FRAME =
  /\b(?:sounds like|sounds as if|seems like|i imagine|i'd imagine|i guess you|must (?:be|have been|feel)|i wonder if|feels like|looks like you|i get the sense|my sense is)\b/i;
/**
 * "So for you the real problem is…", "your concern is…": their view, stated for them to confirm.
 * Whether it states it right is reflection-check.ts's judgement (which knows the briefing too).
 */
const THEIR_VIEW =
  /\b(?:for you\b|your (?:real |main |biggest |actual )?(?:concern|worry|problem|issue|objection|point|view|fear|priority|frustration)\b|you(?:'re| are) (?:mostly |mainly |really )?(?:worried|concerned)\b|you (?:want|care about|'d rather|would rather)\b)/i;
/** Words of acknowledgement that carry no content about them. */
const ACK: ReadonlySet<string> = contentStems(
  "understand understood hear hearing see totally absolutely fair makes make sense valid point course agree true definitely completely appreciate honest honestly sorry gotcha noted",
);
/** Words of an open-ended offer that names nothing: "let me know if you need anything". */
const GENERIC_OFFER: ReadonlySet<string> = contentStems(
  "tell need needs help let know door open always here support available reach ask happy free whatever ping shout give",
);
/** Owning their side of it: "it's on me", "no wonder", "I'd feel the same". */
const OWNS =
  /\b(?:on me|my fault|my bad|i should have|i missed (?:it|that|this)|i didn't see|no wonder|of course you|anyone would|i'd feel the same|i would feel the same|in your (?:shoes|position))\b/i;

function stemsOf(text: string, drop: ReadonlySet<string> = new Set()): string[] {
  return [...contentStems(text.toLowerCase())].filter((w) => !drop.has(w));
}

/**
 * The move kinds of a turn that invite a concern out. An open question invites; a closed one
 * must be about them ("Is everything ok?" is, "Is the board up to date?" is not); reflections
 * and summaries must give back their words (two shared, or one of a two-word paraphrase) or a
 * feeling, or offer a guess as a guess ("it sounds like…"); validation must say what it validates;
 * support must name the help. Everything else passes as detected. A reflection checked with them
 * ("…Did I get that right?") is a guess offered as one: it invites when two of its content words
 * are in what they said or in `grounds` (what the manager was briefed on, and what is true of them).
 */
export function invites(
  text: string,
  moves: readonly Move[],
  history: readonly TranscriptTurn[] | undefined,
  grounds = "",
): MoveKind[] {
  // What they said, read only when a reflection or a validation needs it.
  let saidStems: ReadonlySet<string> | undefined;
  const said = {
    has: (w: string) => {
      saidStems ??= contentStems(
        (history ?? [])
          .filter((t) => t.speaker === "employee")
          .map((t) => t.text)
          .join(" ")
          .toLowerCase(),
      );
      return saidStems.has(w);
    },
  };
  let groundStems: ReadonlySet<string> | undefined;
  let checked: boolean | undefined;
  const out = new Set<MoveKind>();
  let sentences: Sentence[] | undefined;
  for (const m of moves) {
    if (!CHECKED.has(m.move)) {
      out.add(m.move);
      continue;
    }
    const span = text.slice(m.start, m.end);
    sentences ??= sentencesOf(text);
    const sentence =
      sentences.find((s) => s.start <= m.start && m.start < s.start + s.text.length + 1)?.text ??
      span;
    let ok: boolean;
    switch (m.move) {
      case "closed_question":
        ok = ABOUT_THEM.test(sentence);
        break;
      case "reflection":
      case "summary": {
        const stems = stemsOf(span, ACK);
        const shared = stems.filter((w) => said.has(w)).length;
        // Their words given back *as theirs*: about them, not the manager's plan reusing them.
        ok =
          FEELING.test(span) ||
          EMPATHIC_FRAME.test(span) ||
          THEIR_VIEW.test(span) ||
          (ABOUT_THEM.test(span) && (shared >= 2 || (shared >= 1 && stems.length <= 2)));
        if (!ok && ABOUT_THEM.test(span)) {
          checked ??= checksBack(readTurn(text).question);
          if (checked) {
            groundStems ??= contentStems(grounds.toLowerCase());
            ok = stems.filter((w) => said.has(w) || groundStems?.has(w)).length >= 2;
          }
        }
        break;
      }
      case "validation": {
        const stems = stemsOf(span, ACK);
        ok =
          FEELING.test(span) ||
          OWNS.test(sentence) ||
          stems.some((w) => said.has(w)) ||
          stems.length >= 2;
        break;
      }
      case "support_offer":
        ok = stemsOf(span, GENERIC_OFFER).length > 0;
        break;
      default:
        ok = true;
    }
    if (ok) out.add(m.move);
  }
  return [...out];
}

/** The moves `invites` looks into; the rest pass as detected. */
const CHECKED: ReadonlySet<MoveKind> = new Set<MoveKind>([
  "closed_question",
  "reflection",
  "summary",
  "validation",
  "support_offer",
]);

/** Moves that put something to them a person can agree with: a plan, advice, a summary. */
const PUT_FORWARD: readonly MoveKind[] = [
  "advice",
  "solution_collab",
  "next_step",
  "support_offer",
  "follow_up",
  "summary",
];

/**
 * Whether a conceding line ("That's fair. I hadn't thought of it that way.", "Agreed.", "Okay. I'll
 * take that.") can answer the turn: something was put to them to agree with, nothing in the turn
 * hurts, and they trust enough to give ground. A statement of the manager's position ("They want
 * to see a bit more leadership") is not a point they concede.
 */
export function concedes(
  text: string,
  moves: readonly Move[],
  p: { trust: number; guard: number },
  /** Already known: the turn is a proposal (turn-kind.ts). */
  read?: { proposal: boolean },
): boolean {
  if (p.trust < 0.5 || p.guard > 0.45) return false;
  if (moves.some((m) => MOVE_INFO[m.move].polarity === "negative")) return false;
  return (
    (read?.proposal ?? readTurn(text).proposal) || moves.some((m) => PUT_FORWARD.includes(m.move))
  );
}

/** A line that gives ground: "That's fair", "Agreed.", "I'll take that", "I hadn't thought of it". */
export const CONCEDING =
  /\b(?:that's (?:actually )?fair|fair enough|agreed|i'll take that|you're right|i hadn't thought of (?:it|that)|makes sense|good point|that's reasonable|(?:that|it) i can live with|i can live with (?:that|it)|i see your point|i'll give you that)\b|^fair\b/i;
