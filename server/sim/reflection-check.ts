import type { Move, TranscriptTurn } from "../moves/move.schema";
import { contentStems } from "../moves/overlap";

/**
 * Whether a reflection gets the employee right. The move detectors say a sentence *opens* like a
 * reflection; they do not say whether it reflects anything. A persona should not reward "So you're
 * saying you love on-call and want more shifts" from someone who is exhausted by it.
 *
 * - `contradicts`: it says they feel good about something (love, enjoy, happy …) while what they
 *   said, or how stressed they are, says the opposite;
 * - `invented`: it claims to repeat them ("you're saying", "what I'm hearing", "you said") but
 *   fewer than half of its content words were ever in their replies.
 *
 * A reflection that guesses at a feeling they did not name ("It sounds exhausting") is neither:
 * a good complex reflection uses other words than the speaker's, so only a claim to quote them is
 * held to their words. Deterministic and cheap: stems and two small word lists.
 */
export type ReflectionMisfit = "contradicts" | "invented";

const REFLECTING: ReadonlySet<string> = new Set(["reflection", "summary"]);

/** "you're saying", "what I'm hearing is", "you said", "if I understand you": a claim to quote them. */
const CLAIMS_TO_QUOTE =
  /\b(?:you(?:'re| are) saying|you(?:'ve| have)? said|you told me|what i(?:'m| am) hearing(?: is)?|i(?:'m| am) hearing that|if i (?:hear|understand) you(?: right| correctly)?,?|you mean)\b/i;

/**
 * "So your concern is …", "for you the real problem is …", "what worries you is …": a claim about
 * what *their* view is. Looser than a claim to quote them, since it may paraphrase; but a view
 * claimed for them that shares almost nothing with anything they said misstates it (in a
 * mediation, typically the other person's concern handed to them).
 */
const CLAIMS_THEIR_VIEW =
  /\b(?:your (?:real |main |biggest |actual |whole )?(?:concern|worry|problem|issue|objection|point|fear|priority)(?: here)? (?:is|was|isn't|is not)|for you,? the (?:real |main |actual |biggest )?(?:problem|issue|concern|worry|point) (?:is|was)|what (?:really )?(?:worries|bothers|concerns) you(?: most)? is|you(?:'re| are) (?:mostly |mainly |really |more )?(?:worried|concerned) (?:about|that))\b/i;

/**
 * Words that frame a view rather than state it ("less about Kafka itself and more about whether
 * …"), which the content-word list keeps.
 */
const VIEW_FRAME: ReadonlySet<string> = new Set([
  "less",
  "itself",
  "themselve",
  "whether",
  "rather",
  "mostly",
  "mainly",
  "actually",
  "fair",
  "right",
]);

/** Where "less about X" or "not X" turns to the view itself: "… and more about Y", "… but Y". */
const CONTRAST =
  /\b(?:(?:and |but )?(?:more|rather) (?:about|that|to do with|on)|but (?:about |that |rather )?)/;

/** Words of the reflection's frame, not its content. */
const FRAME: ReadonlySet<string> = new Set([
  "saying",
  "sound",
  "sounds",
  "hear",
  "hearing",
  "told",
  "understand",
  "correctly",
  "seem",
  "seems",
]);

/**
 * Feeling good about it, wanting more of it, or it made small: "everything is fine and you're
 * just a bit tired" tells someone running on fumes they are fine.
 */
const POSITIVE =
  /\b(?:lov(?:e|es|ed|ing)|enjoy(?:s|ed|ing)?|happy|glad|excited|thrilled|fun|relaxed|rested|easy|don't mind|want(?:s|ing)? more|more shifts|(?:is|are|'s|'re|seems?|feels?) (?:all )?(?:fine|okay|ok|all good|under control)|just a (?:bit|little|touch) \w+|nothing (?:serious|much|major|to worry about)|not (?:a|that) big (?:a )?deal)\b/gi;
/**
 * A drastic claim about what they want or will do: held to their words even when it is the only
 * content of the paraphrase ("So you're saying you want to quit?").
 */
const DRASTIC =
  /\b(?:quit\w*|resign\w*|leav(?:e|ing)|hand(?:ing)? in (?:your|my) notice|want(?:s|ing)? out|walk(?:ing)? away|give up|hate)\b/i;
/** "not loving", "don't enjoy", "never happy": the positive word is negated. */
const NEGATED_BEFORE =
  /\b(?:not|never|no longer|don't|doesn't|didn't|isn't|aren't|wasn't|hardly)\s+(?:\w+\s+){0,2}$/i;
/** What an unhappy employee says. */
const NEGATIVE =
  /\b(?:tired|exhaust\w*|fumes|burn(?:t|ed)? out|burnout|drained|overwhelm\w*|can't|cannot|hate|awful|bad|hard|unfair|blamed|stress\w*|sleep\w*|nights?|frustrat\w*|angry|worst|too much|a lot)\b/gi;

/** A clause says something good about how *they* feel (not "I'm glad you told me"). */
function soundsPositive(text: string): boolean {
  for (const clause of text.split(/[,;]|\band\b|\bbut\b/i)) {
    if (!/\byou/i.test(clause) || /\bi(?:'m| am)\b/i.test(clause)) continue;
    for (const m of clause.matchAll(POSITIVE)) {
      if (!NEGATED_BEFORE.test(clause.slice(0, m.index))) return true;
    }
  }
  return false;
}

/**
 * "At the postmortem on 16 May … you said 'this is what happens when juniors touch the ledger'",
 * "Last week in planning you said…": the claim reports something said on another occasion, not a
 * paraphrase of their replies here, so it is not held to what they said in this conversation.
 */
const ANOTHER_OCCASION =
  /\b(?:(?:at|in|during|after|before) (?:the|that|our|last|yesterday's|monday's|tuesday's|wednesday's|thursday's|friday's) (?:\w+[- ])?(?:postmortem|post-mortem|meeting|review|retro|retrospective|stand-?up|planning|incident|all-hands|call|channel|thread|1-on-1|one-on-one|demo|standup|sync|offsite|interview|calibration|design review)|on (?:\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (?:week|sprint|month|time|quarter|year|cycle|friday|monday|tuesday|wednesday|thursday)|yesterday|(?:\w+ )?(?:days|weeks|months) ago|in front of|in (?:the|a) (?:slack|email|message|doc|comment|pr|review))\b/i;

/**
 * What they like, want or dread, stated for them as a fact: "X is what lights you up", "the meetings
 * wear you out", "you love the deep work", "what you care about is …". Like a claim to quote them,
 * it is held to their words: a person can confirm what they said, not a taste they never named.
 */
const CLAIMS_THEIR_TASTE =
  /\b(?:lights? (?:you|u) up|gives? (?:you|u) (?:energy|a buzz|life)|(?:energi[sz]es|excites?|motivates?|drains?|bores?) (?:you|u)|wears? (?:you|u) (?:out|down)|(?:what|the (?:thing|part|bit)s?) (?:that )?(?:you|u) (?:love|enjoy|like|want|care about|hate|dread|can't stand)|(?:you|u) (?:really |most )?(?:love|enjoy|hate|dread|can't stand|care (?:most )?about)|(?:what|the thing that) (?:matters|counts) (?:most )?to (?:you|u)|(?:you|u)(?:'re| are) (?:most )?(?:passionate about|happiest|at your best))\b/i;
/** The claim is offered as a guess, or asked: it may miss without inventing. */
const HEDGED =
  /\b(?:sounds? (?:like|as if)|seems? (?:like|as if)|i (?:imagine|wonder|guess|suspect)|i'd guess|my (?:guess|sense|hunch)|maybe|perhaps|correct me|am i right|is that right|did i get that)\b|\?\s*$/i;
/** Words of the taste claim itself, not of what it is about. */
const TASTE_WORDS: ReadonlySet<string> = contentStems(
  "lights light up gives energy buzz life energises energizes excites motivates wears drains bores love enjoy like want care hate dread stand matters counts passionate happiest best thing part bit",
);

/** The sentence of the turn a span sits in (its hedge may sit outside the span). */
function sentenceOf(text: string, span: string): string {
  return text.split(/(?<=[.!?])\s+/).find((s) => s.includes(span.slice(0, 40))) ?? span;
}

/**
 * Whether a turn claims to restate them at all (to quote them, their view, their tastes): only
 * such a claim can be `invented`. Cheap, so a scorer can skip the rest.
 */
export function claimsToRestate(text: string): boolean {
  return (
    CLAIMS_TO_QUOTE.test(text) || CLAIMS_THEIR_VIEW.test(text) || CLAIMS_THEIR_TASTE.test(text)
  );
}

function countMatches(text: string, re: RegExp): number {
  return [...text.matchAll(re)].length;
}

/**
 * Judges the turn's reflections against what the employee said (the transcript so far) and how
 * stressed they are (0–1). Null: no reflection, or every reflection fits. `known`: what the
 * manager was told before the conversation (the scenario's situation); a view claimed for them
 * may draw on it as well as on their words.
 */
export function judgeReflection(
  managerText: string,
  moves: readonly Move[],
  history: readonly TranscriptTurn[] | undefined,
  stress: number,
  known = "",
): ReflectionMisfit | null {
  const spans = moves
    .filter((m) => REFLECTING.has(m.move))
    .map((m) => managerText.slice(m.start, m.end));
  if (spans.length === 0) return null;
  const said = (history ?? []).filter((t) => t.speaker === "employee").map((t) => t.text);
  const saidText = said.join(" ");
  const saidStems = contentStems(saidText.toLowerCase());
  const unhappy =
    countMatches(saidText, NEGATIVE) > countMatches(saidText, POSITIVE) || stress >= 0.45;
  for (const span of spans) {
    if (soundsPositive(span) && unhappy && !soundsPositive(saidText.replace(/\bI\b/g, "you")))
      return "contradicts";
    const quote = CLAIMS_TO_QUOTE.exec(span);
    // The sentence the claim is in: its time and place may sit outside the detected span.
    const sentence =
      managerText
        .split(/(?<=[.!?])\s+/)
        .find(
          (s) =>
            quote !== null && s.includes(span.slice(quote.index, quote.index + quote[0].length)),
        ) ?? span;
    if (quote && said.length > 0 && !ANOTHER_OCCASION.test(sentence)) {
      const claim = span.slice(quote.index + quote[0].length).toLowerCase();
      const stems = [...contentStems(claim)].filter((w) => !FRAME.has(w));
      const shared = stems.filter((w) => saidStems.has(w)).length;
      if (stems.length >= 2 && shared * 2 < stems.length) return "invented";
      const drastic = DRASTIC.exec(claim);
      if (drastic && !new RegExp(`\\b${drastic[0].slice(0, 4)}`, "i").test(saidText))
        return "invented";
    }
    // "So the deep work is what lights you up, and the meetings wear you out": their tastes,
    // stated as fact, in words they never used.
    if (
      !quote &&
      said.length > 0 &&
      CLAIMS_THEIR_TASTE.test(span) &&
      !HEDGED.test(sentenceOf(managerText, span))
    ) {
      const stems = [...contentStems(span.toLowerCase())].filter(
        (w) => !FRAME.has(w) && !TASTE_WORDS.has(w),
      );
      const shared = stems.filter((w) => saidStems.has(w)).length;
      if (stems.length >= 3 && shared * 2 < stems.length) return "invented";
    }
    const view = quote ? null : CLAIMS_THEIR_VIEW.exec(span);
    if (view && said.length > 0) {
      // "less about Kafka itself and more about who operates it": the view claimed is the second
      // half; the first is what their view is said not to be.
      const whole = span.slice(view.index + view[0].length).toLowerCase();
      const turn = CONTRAST.exec(whole);
      const claim =
        turn && /\b(?:less|not)\b/.test(whole.slice(0, turn.index))
          ? whole.slice(turn.index + turn[0].length)
          : whole;
      const stems = [...contentStems(claim)].filter((w) => !FRAME.has(w) && !VIEW_FRAME.has(w));
      const knownStems = contentStems(known.toLowerCase());
      const shared = stems.filter((w) => saidStems.has(w) || knownStems.has(w)).length;
      if (stems.length >= 3 && shared * 4 < stems.length) return "invented";
    }
  }
  return null;
}
