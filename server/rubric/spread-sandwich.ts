import { countWords, detectTopics, type Move, type MoveKind } from "../moves";
import { hot } from "../moves/hot-regexes";
import { mayPraise, type SandwichPart, sandwichParts } from "../moves/sandwich";
import type { TranscriptAnalysis } from "./analyse-transcript";

/**
 * The feedback sandwich spread over consecutive manager turns, with only the employee's short
 * replies in between:
 *
 *   Manager: Great work on the launch.        (praise)
 *   Employee: ok thanks
 *   Manager: One thing: the tests were skipped.  (criticism)
 *   Employee: …
 *   Manager: But honestly, you're one of our best.  (praise: the sandwich closes here)
 *
 * The move detectors read one turn at a time (the `sandwich` move, server/moves/sandwich.ts); this
 * reads the conversation, and the rubric flags the same anti-pattern as the one-turn sandwich on the
 * turn that closes it (flag-anti-patterns.ts). Not a sandwich:
 *
 * - when the criticism is followed by real discussion: the manager asks something (a question, their
 *   perspective) after it, or the employee answers with more than a short reply or asks something;
 * - when the praise and the criticism are separate topics: the criticism opens as a new item
 *   ("Separately, …", "On another note, …", "Moving on, …"), or each names a topic and they share
 *   none (detectTopics: "Thanks for covering on-call" and "the Q3 estimates slipped");
 * - when there is no criticism between the two praises;
 * - when all three parts are in one turn (the one-turn sandwich move reads those).
 */

/** An employee reply longer than this, or one that asks, is discussion, not a pause in a speech. */
export const SHORT_REPLY_WORDS = 12;
/** The praise, the criticism and the closing praise lie within this many consecutive manager turns. */
const WINDOW_TURNS = 3;

/** Moves that ask the employee something: after the criticism they open a discussion. */
const ASKING: ReadonlySet<MoveKind> = new Set([
  "open_question",
  "closed_question",
  "perspective_ask",
  "permission_ask",
]);

/** A criticism announced as a new item of the conversation, not wrapped in the praise around it. */
const NEW_TOPIC = hot(
  /^[\s"'(-]*(?:(?:ok(?:ay)?|so|and|now|right|also)[,.]?\s+)*(?:separately|on (?:a|an)(?:other| different| separate| unrelated) (?:note|topic|subject|matter)|(?:a |one )?(?:different|separate|unrelated|second|other) (?:topic|thing|matter|subject|item)|moving on|next (?:topic|item|thing on (?:my|the) list)|switching (?:gears|topics)|changing (?:the )?(?:subject|topic)|unrelated(?:ly)?|another (?:topic|thing|matter|item)|(?:now|next),? (?:about|on|regarding)|(?:now|next) i (?:want|need|wanted) to (?:talk|raise|bring up))\b/i,
);

/**
 * Praise words that praise no work across turns: courtesy ("Thanks for coming", "thank you for
 * making the time") and a reply to what the employee just said ("I appreciate that", "thanks for
 * being honest", "good to hear", a bare "Great."), also after a greeting ("Hi Jun, thanks for making
 * time.", review 9a #11). Between turns they answer the employee; they
 * neither open nor close a wrapper around criticism.
 */
const COURTESY = hot(
  /^[\s"'(-]*(?:(?:hi|hey|hello|morning|afternoon|good (?:morning|afternoon))(?: [a-zà-öø-ÿ'-]+)?[,.!]?\s+)?(?:(?:ok(?:ay)?|right|yeah|yes|well|and|so)[,.!]?\s+)*(?:(?:thanks|thank you)(?: (?:so|very) much)?(?: again)? for (?:coming|joining|making (?:the )?time|taking (?:the )?time|your time|the time|meeting|hopping on|being here|jumping on|saying (?:that|so|it)|telling me|sharing (?:that|this|it)|being (?:honest|open|candid|straight)|raising (?:it|that|this)|(?:hearing|listening to) me|listening|owning (?:it|that))|(?:i )?(?:really |do )?appreciate (?:that|it|this|you (?:saying|telling|sharing|owning|being)|your honesty|the honesty)|(?:that's |it's )?(?:good|great|glad) to (?:hear|know)|(?:i'm )?glad (?:you (?:said|told|raised|mentioned|shared)|to hear)|(?:thanks|thank you|good|great|cool|nice|perfect|fair enough|got it)(?=[\s.!,]*$))/i,
);

/** One part of a spread sandwich: the span of a sentence in a manager turn. */
export interface SandwichPiece {
  readonly turn: number;
  readonly start: number;
  readonly end: number;
}

/** A sandwich spread over turns: flagged on `closing`, with the praise and criticism before it. */
export interface SpreadSandwich {
  readonly opening: SandwichPiece;
  readonly criticism: SandwichPiece;
  readonly closing: SandwichPiece;
}

interface Item {
  readonly kind: "praise" | "critique" | "ask";
  readonly turn: number;
  readonly start: number;
  readonly end: number;
}

/** A turn's praise, criticism and questions, in order. */
function itemsOf(turn: number, text: string, moves: readonly Move[]): Item[] {
  const parts: readonly SandwichPart[] = sandwichParts(text, moves);
  const items: Item[] = [];
  for (const p of parts) {
    if (p.role === "praise" && COURTESY.test(text.slice(p.start, p.end))) continue;
    items.push({ kind: p.role, turn, start: p.start, end: p.end });
  }
  const asked = new Set<number>();
  for (const m of moves) {
    if (!ASKING.has(m.move) || asked.has(m.start)) continue;
    asked.add(m.start);
    items.push({ kind: "ask", turn, start: m.start, end: m.end });
  }
  // A sentence that both praises or criticises and asks is read in that order: the ask after.
  return items.sort(
    (a, b) => a.start - b.start || Number(a.kind === "ask") - Number(b.kind === "ask"),
  );
}

/** Whether an employee reply leaves the manager's speech going: short, and asking nothing. */
function isShortReply(text: string): boolean {
  return !text.includes("?") && countWords(text) <= SHORT_REPLY_WORDS;
}

/** Whether the criticism is a separate topic from the praise before it. */
function isSeparateTopic(praise: string, criticism: string): boolean {
  if (NEW_TOPIC.test(criticism)) return true;
  const praised = detectTopics(praise);
  const criticised = detectTopics(criticism);
  return (
    praised.length > 0 && criticised.length > 0 && !praised.some((t) => criticised.includes(t))
  );
}

/**
 * Every sandwich spread over two or three consecutive manager turns, in turn order, at most one per
 * closing turn; a turn that already holds a one-turn sandwich move is left to that move.
 */
export function spreadSandwiches(analysis: TranscriptAnalysis): SpreadSandwich[] {
  const { turns, managerMoves } = analysis;
  const out: SpreadSandwich[] = [];
  const items = new Map<number, Item[]>();
  const itemsAt = (turn: number): Item[] => {
    let list = items.get(turn);
    if (list === undefined) {
      list = itemsOf(turn, (turns[turn] as { text: string }).text, managerMoves[turn] ?? []);
      items.set(turn, list);
    }
    return list;
  };
  const textOf = (p: Item) => (turns[p.turn] as { text: string }).text.slice(p.start, p.end);

  /** Manager turns since the last break (a discussion, or the last sandwich's closing turn). */
  let window: number[] = [];
  for (let turn = 0; turn < turns.length; turn++) {
    const t = turns[turn] as { speaker: string; text: string };
    if (t.speaker !== "manager") {
      if (!isShortReply(t.text)) window = [];
      continue;
    }
    window.push(turn);
    if (window.length > WINDOW_TURNS) window = window.slice(-WINDOW_TURNS);
    if (window.length < 2) continue;
    if (managerMoves[turn]?.some((m) => m.move === "sandwich") || !mayPraise(t.text)) continue;
    const found = closesSandwich(window.flatMap(itemsAt), turn, textOf);
    if (found) {
      out.push(found);
      // The closing praise may open the next one.
      window = [turn];
    }
  }
  return out;
}

/** The sandwich the items close in `turn`, read in order, or null. */
function closesSandwich(
  items: readonly Item[],
  turn: number,
  textOf: (p: Item) => string,
): SpreadSandwich | null {
  let opening: Item | undefined;
  let criticism: Item | undefined;
  for (const item of items) {
    if (item.kind === "praise") {
      if (opening === undefined) opening = item;
      else if (criticism !== undefined) {
        if (item.turn === turn && opening.turn < turn) {
          return { opening, criticism, closing: item };
        }
        // Closed before this turn, or within one turn: start again from this praise.
        opening = item;
        criticism = undefined;
      }
    } else if (item.kind === "critique") {
      if (opening !== undefined && criticism === undefined) {
        criticism = isSeparateTopic(textOf(opening), textOf(item)) ? undefined : item;
      }
    } else if (criticism !== undefined) {
      // Asked about after the criticism: a discussion, not a wrapper. Start again after it.
      opening = undefined;
      criticism = undefined;
    }
  }
  return null;
}
