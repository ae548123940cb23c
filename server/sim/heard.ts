import { MOVE_INFO } from "../moves";
import type { Move, MoveKind, TranscriptTurn } from "../moves/move.schema";
import { contentStems } from "../moves/overlap";
import { readTurn } from "./turn-kind";

/**
 * How the persona hears a manager turn, beyond the moves the detectors name. The detectors decide
 * what gets scored; the persona also has to react like a person to what the line *does* to them:
 *
 * - `heardHurts`: a veiled threat (a loss of standing made conditional), a pejorative word for
 *   them, and their grievance made small are hurts, whatever move (or none) the detectors saw;
 * - `invites`: the moves of a turn that really invite the truth. Fillers ("Okay. I understand."),
 *   open-ended offers ("let me know if you need anything") and the manager's own statements dressed
 *   as reflections ("You have carried over quite a lot of work lately") invite nothing;
 * - `concedes`: whether "That's fair. I hadn't thought of it that way." can answer the turn.
 *
 * Each rule is a small grammar of the class (a condition + a consequence to their standing; a
 * pejorative predicate with them as its subject), not a list of reported sentences.
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

// --- Veiled threats -----------------------------------------------------------------------------

/** A condition on what they do: "if…", "unless…", "keep this up and…", "it would be a shame if…". */
const CONDITION =
  /\b(?:if|unless|otherwise|or else|keep (?:this|that|it|doing|\w+ing)\b[^,.;]*\b(?:and|or)|would be a shame|i'd hate for|i would hate for)\b/i;
/** Their standing: review, promotion, reputation, how people see them, staying here at all. */
const STANDING =
  /\b(?:your (?:\w+ )?(?:review|rating|calibration|promotion|case|chances|standing|reputation|career|future|bonus|raise|job|role|position|place)|(?:see|think of|know|remember|view|label|regard|talk about) you as|(?:in|into|on|up in|at|for|during) (?:your |the )?(?:review|calibration|performance review|file|record|review time)|against you|on you\b|forcing you to stay|free to (?:leave|go)|the door is|replace(?:able|d)?\b|plenty of (?:people|engineers|others))/i;
/** What they stand to lose. */
const LOSS =
  /\b(?:shame|hate for|won't help|wouldn't help|will not help|doesn't help|not going to help|count(?:s)? against|against you|badly|poorly|look bad|hurt|damage|forcing you|free to (?:leave|go)|replace|leaves when|difficult|door is)\b/i;
/** "It won't hurt your review": a loss denied is reassurance. */
const LOSS_DENIED =
  /\b(?:won't|wouldn't|doesn't|does not|will not|not going to|never) (?:hurt|count against|affect|damage|show up)\b/i;

// --- Labels -------------------------------------------------------------------------------------

/** Pejorative words for a person or their conduct. */
const PEJORATIVE =
  "(?:selfish|lazy|sloppy|careless|dramatic|entitled|arrogant|rude|immature|unprofessional|disloyal|ungrateful|whin(?:y|ing|er)|complainer|naive|stubborn|toxic|abrasive|negative|difficult|defensive|checked out|disengaged|a prima donna|precious|flaky|unreliable|lazy|passive)";
/** Them as the subject of a pejorative predicate, or their act judged by one. */
const LABELS: readonly RegExp[] = [
  new RegExp(
    `\\byou(?:'re| are|'ve been| have been| were|'ll be| seem| sound| come across as| look| act| can be|'re being| are being| get)\\b(?:\\s+[\\w']+){0,3}?\\s+${PEJORATIVE}\\b`,
    "i",
  ),
  new RegExp(
    `\\byour \\w+(?: \\w+)? (?:is|are|has been|have been|was|were|looks?|seems?)(?:\\s+[\\w']+){0,2}?\\s+${PEJORATIVE}\\b`,
    "i",
  ),
  new RegExp(`\\b${PEJORATIVE} (?:of you|from you)\\b`, "i"),
  // "Leaving now would be pretty selfish": their act, judged.
  new RegExp(
    `\\b(?:leaving|quitting|moving|asking|going|complaining|pushing back|walking away)\\b[^,.;]{0,40}\\b(?:would be|is|was|seems|feels|looks)(?:\\s+[\\w']+){0,2}?\\s+${PEJORATIVE}\\b`,
    "i",
  ),
  // "It comes across as quite entitled": the impression they give.
  new RegExp(
    `\\b(?:it|that|this) (?:comes across as|sounds|looks|reads as)(?:\\s+[\\w']+){0,2}?\\s+${PEJORATIVE}\\b`,
    "i",
  ),
  // "the one who complains", "someone who leaves when things get hard"
  /\b(?:the one|someone|somebody|a person|the kind of person|the type) (?:who|that) (?:\w+ ){0,2}(?:complains?|moans?|whines?|leaves when|quits when|gives up|makes excuses|can't handle)\b/i,
  // A fixed trait or a verdict on their conduct: "that's just who you are", "That's not leadership."
  /\b(?:that's|that is|it's) (?:just )?(?:who|what|how) you are\b/i,
  /^(?:and )?(?:that's|that is) (?:not|no) (?:leadership|professional|senior|good enough|acceptable|how a senior)\b/i,
];

// --- Dismissals ---------------------------------------------------------------------------------

/** Their grievance made small or closed: "it's not personal", "3% is actually reasonable". */
const DISMISSALS: readonly RegExp[] = [
  /\b(?:(?:it's|it is|this is|that's|that is) not|(?:it|this|that) isn't|nothing|there is nothing|there's nothing) personal\b/i,
  /\b(?:the same (?:process|rules?|policy|criteria) for (?:everyone|everybody|all)|(?:it's|it is) the same (?:process|rules?|policy|for everyone|for everybody)|(?:everyone|everybody) got the same|same as (?:everyone|everybody) else)\b/i,
  /\b(?:that's|that is|it's|it is) not (?:a (?:good |real |valid )?reason|an excuse|my problem)\b/i,
  /\b(?:simply|just) (?:how|the way) (?:the \w+|it|things) (?:works?|is|are|goes)\b/i,
  /\b(?:mostly|mainly|only|just|largely) because (?:the|of the|of|we got)\b|\bdid (?:the|most of the) heavy lifting\b|\bgot lucky\b|\b(?:just|pure|mostly) luck\b/i,
];
/** "3% is actually reasonable", "the number is pretty standard": a verdict that their grievance is none. */
const FINE_VERDICT =
  /\b(?:is|was|'s|are) (?:actually |perfectly |pretty |totally |completely |really |quite |very )?(?:reasonable|normal|standard|generous|a (?:good|fair|decent|solid|perfectly good) (?:raise|number|outcome|result|increase))\b/i;
/** …unless it is their view that is called reasonable, or the manager then owns the problem. */
const THEIR_VIEW_OR_OWNED =
  /\b(?:your (?:\w+ )?(?:reaction|response|view|point|question|concern|frustration|disappointment|anger|feeling)s?|you(?:'re| are) (?:right|not wrong))\b|\b(?:failed you|unfair|on me|my fault|i should have|i got (?:it|this) wrong)\b/i;

/** The hurts of a turn the detectors did not already name, as moves over their sentences. */
export function heardHurts(text: string, detected: readonly Move[] = []): Move[] {
  const out: Move[] = [];
  const has = (kind: MoveKind, s: Sentence) =>
    detected.some((m) => m.move === kind && m.start < s.start + s.text.length && s.start < m.end);
  for (const s of sentencesOf(text)) {
    const end = s.start + s.text.length;
    const add = (move: MoveKind) => {
      if (!has(move, s) && !out.some((m) => m.move === move && m.start === s.start))
        out.push({ move, start: s.start, end });
    };
    if (
      CONDITION.test(s.text) &&
      STANDING.test(s.text) &&
      LOSS.test(s.text) &&
      !LOSS_DENIED.test(s.text)
    )
      add("threat");
    if (LABELS.some((re) => re.test(s.text))) add("character_label");
    const question = s.text.endsWith("?");
    if (
      !question &&
      !THEIR_VIEW_OR_OWNED.test(s.text) &&
      (DISMISSALS.some((re) => re.test(s.text)) || FINE_VERDICT.test(s.text))
    )
      add("dismissal");
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
 * support must name the help. Everything else passes as detected.
 */
export function invites(
  text: string,
  moves: readonly Move[],
  history: readonly TranscriptTurn[] | undefined,
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
  /** Already known: the turn is a proposal (turn-kind.ts), and `moves` include `heardHurts`. */
  read?: { proposal: boolean; hurtsHeard: true },
): boolean {
  if (p.trust < 0.5 || p.guard > 0.45) return false;
  const hurts =
    moves.some((m) => MOVE_INFO[m.move].polarity === "negative") ||
    (read === undefined && heardHurts(text, moves).length > 0);
  if (hurts) return false;
  return (
    (read?.proposal ?? readTurn(text).proposal) || moves.some((m) => PUT_FORWARD.includes(m.move))
  );
}

/** A line that gives ground: "That's fair", "Agreed.", "I'll take that", "I hadn't thought of it". */
export const CONCEDING =
  /\b(?:that's (?:actually )?fair|fair enough|agreed|i'll take that|you're right|i hadn't thought of (?:it|that)|makes sense|good point|that's reasonable|(?:that|it) i can live with|i can live with (?:that|it)|i see your point|i'll give you that)\b|^fair\b/i;
