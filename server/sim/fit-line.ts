import { readTurn, type TurnAsk } from "./turn-kind";

/**
 * Which of a persona's short, withdrawn lines fits the manager's turn. A guarded person says
 * little, but what little they say still answers *that* turn: a statement of facts is taken in
 * ("Okay. Noted, I guess."), an open question gets a guarded answer ("I don't know. Hard to
 * say."), a plan gets a reluctant yes ("If you want."), a put-down gets silence ("..."). Without
 * this, the line was picked by (seed, turn) alone, and three very different managers heard the
 * same three replies.
 */

/** The manager put something to them: a plan, a request, a decision, a suggestion. */
export const PUTS_FORWARD =
  /\b(?:let's|let us|i'll|i will|we'll|we will|i'm going to|we're going to|can you|could you|would you|will you|please|how about|what if|i'd like you|i want you|i need you|i suggest|i propose|i've decided|we've decided|why don't|does that work|sound good|shall we|you should|you need to|from now on|going forward|next step)\b/i;

/** A line that thanks back or takes the thanks ("Thanks. That's kind.", "Appreciated.", "Okay, thanks."). */
const THANKS_BACK = /\b(?:thanks?|thank you|appreciated?|kind|means something)\b/i;
const SILENT = /^(?:\.\.\.|…|mm+\.?|\.\.\.\s*yeah\.?|\.\.\.\s*okay\.?)$/i;
const TAKES_IN =
  /\b(?:noted|i know|something like that|understood|fair enough)\b|^(?:okay|ok|right)\.?$/i;
const DONT_KNOW =
  /\b(?:i don't know|dunno|hard to say|not much to say|nothing to say|don't really have anything|no idea|not sure)\b/i;
const FEELING_LINE =
  /\b(?:tired|it's whatever|weird|rough|been better|exhausted|fine, i guess|okay, i guess)\b/i;
const ACCEPTS =
  /\b(?:if you want|if that's|whatever you think|i can do that|i'll add it|fine by me|will do|i can try|sure|okay|i guess)\b/i;
const YES_NO = /^(?:not really|no|nope|yes|yeah|yep|sure|i guess|fine)\b/i;
/** A line that says how they are ("Tired, I guess.", "Been better."). */
const HOW_I_AM = /\b(?:tired|exhausted|rough|been better|weird|it's whatever)\b/i;
/** A question about how they are, or how it feels. */
const FEELING_QUESTION =
  /\b(?:how (?:are|have|has|is|was) (?:you|it|things)|feel|feeling|doing|holding up|coping)\b/i;

/** Five-letter prefixes of the words of four letters or more: cheap, and enough to meet "slipped"/"slip". */
function prefixesOf(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z]{4,}/g) ?? []).map((w) => w.slice(0, 5)));
}

function overlapWith(line: string, words: ReadonlySet<string>): number {
  let n = 0;
  for (const w of line.toLowerCase().match(/[a-z]{4,}/g) ?? []) if (words.has(w.slice(0, 5))) n++;
  return Math.min(n, 2);
}

/** What lineFit needs of the turn, read once for all the candidate lines. */
export interface TurnReading {
  ask: TurnAsk;
  words: ReadonlySet<string>;
}

export function readForFit(turn: string, ask?: TurnAsk): TurnReading {
  return { ask: ask ?? readTurn(turn), words: prefixesOf(turn) };
}

/** How well a line answers the turn: higher is better; equal scores are the RNG's to choose. */
export function lineFit(line: string, turn: string, hurt = false, read?: TurnReading): number {
  const { ask: t, words } = read ?? readForFit(turn);
  const text = line.trim();
  const asks = text.endsWith("?");
  const overlap = overlapWith(text, words);
  if (hurt)
    return (SILENT.test(text) ? 3 : /^(?:okay|ok|right|fine)\.?$/i.test(text) ? 1 : 0) + overlap;
  // "Tired, I guess." says how they are: an answer to a how-are-you, not to a plan or a statement.
  if (HOW_I_AM.test(text) && !(t.question !== "" && FEELING_QUESTION.test(t.question)))
    return overlap - 1;
  // Thanks or a goodbye: thanks back ("Thanks. That's kind."), not "Noted." (a warm line is only
  // offered when the moment allows gratitude: offline-responder.ts).
  if (t.closing || t.courtesy)
    return (THANKS_BACK.test(text) ? 3 : TAKES_IN.test(text) ? 1 : 0) + overlap;
  if (t.proposal || PUTS_FORWARD.test(turn))
    return (
      (ACCEPTS.test(text)
        ? 3
        : YES_NO.test(text)
          ? 2
          : SILENT.test(text) || TAKES_IN.test(text)
            ? 1
            : 0) + overlap
    );
  if (t.question !== "") {
    const feeling = FEELING_QUESTION.test(t.question);
    const score = t.yesNo
      ? YES_NO.test(text)
        ? 3
        : DONT_KNOW.test(text) || (feeling && FEELING_LINE.test(text))
          ? 2
          : SILENT.test(text)
            ? 1
            : 0
      : feeling && FEELING_LINE.test(text)
        ? 3
        : DONT_KNOW.test(text) || SILENT.test(text)
          ? 2
          : asks || FEELING_LINE.test(text)
            ? 1
            : 0;
    return score + overlap;
  }
  // A statement about them or their work: taken in, or questioned back.
  return (TAKES_IN.test(text) ? 3 : asks ? 2 : SILENT.test(text) ? 1 : 0) + overlap;
}
