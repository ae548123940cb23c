import { fillSlots, slotsIn } from "../content/common.schema";
import type { Concern, Intent, Persona } from "../content/persona.schema";
import { MOVE_INFO } from "../moves";
import type { MoveKind, Topic } from "../moves/move.schema";
import { describeState } from "./describe-state";
import type { PersonaSim, Stage } from "./sim.schema";
import type { ExtraBanks } from "./voice-extra";

/**
 * What the LLM responder is told to say: the engine's decision in words. The model chooses only the
 * words. Plain JSON. Concerns not yet earned are never in it, so no prompt can leak them.
 */
export interface ReplyPlan {
  personaId: string;
  personaName: string;
  intent: Intent;
  /** What the intent asks of the reply, in words. */
  intentGuide: string;
  /** The topic the manager asked about, if any. */
  topic: Topic | null;
  stage: Stage;
  /** The hidden state in plain words. */
  stateInWords: string;
  /** What the manager's turn did, in words (one per move kind). */
  reactingTo: string[];
  /** The concern to reveal in this reply, with the substance of its lines; null: reveal nothing. */
  reveal: { concernId: string; summary: string; substance: string[] } | null;
  /** Concerns already said, which the reply may refer to. */
  alreadyRevealed: Array<{ concernId: string; summary: string }>;
  /** How many concerns are still kept back (their content is deliberately absent). */
  withheldCount: number;
  /**
   * The line of theirs that answers the manager's direct question (slots filled), or null. Theirs to
   * say, so the prompt puts it with what they know, not in the instructions: saying it is no leak.
   */
  answer: string | null;
  /** Facts the employee knows and may use: public facts, plus hidden ones already revealed. */
  facts: Record<string, string>;
  /**
   * The scenario's news for them (`overrides.<persona>.newsAbout`, slots filled) and whether they
   * have heard it: "no" (their lines that presume it are not said), "now" (this turn told it),
   * "before"; null where the scenario brings no news.
   */
  news: { about: string; heard: "no" | "now" | "before" } | null;
  /** The other people in the room (a mediation): ids, names and roles; empty in a 1-on-1. */
  others: Array<{ id: string; name: string; role: string }>;
  /** The offline responder's reply: the fallback. */
  offlineText: string;
  /**
   * The offline reply as the system prompt's register example: the manager's own words in it (a
   * step said back, "Fine. I'll {step}.") replaced, since manager text never enters the system prompt.
   */
  example: string;
  maxSentences: number;
}

const INTENT_GUIDE: Readonly<Record<Intent, string>> = {
  deflect: "Steer away from the subject (point at the process, other people, or change topic).",
  justify: "Explain or defend what you did, with concrete reasons that put you in the right.",
  push_back: "Disagree openly with the manager's facts or framing.",
  vent: "Let out frustration or tiredness; you are not looking for a solution yet.",
  go_quiet: "Withdraw: a minimal answer that offers nothing. One short sentence at most.",
  ask_back: "Answer with a question: test the manager, ask what they mean or what is at stake.",
  open_up: "Share how this feels or some context, without naming anything you are holding back.",
  reveal: "Say the thing you have been holding back (given above), in your own words.",
  propose: "Offer one concrete idea or way forward.",
  agree: "Accept the manager's point or suggestion, briefly.",
  commit: "Commit to one specific next step: what you will do and by when.",
  acknowledge: "Receive what was said with a short recognition, neither warm nor cold.",
  escalate: "Take it above the manager or toward the door (skip-level, HR, leaving). Be brief.",
};

export interface PlanInput {
  persona: Persona;
  p: PersonaSim;
  intent: Intent;
  topic: Topic | null;
  stage: Stage;
  kinds: readonly MoveKind[];
  reveal: Concern | undefined;
  publicFacts: Readonly<Record<string, string>>;
  allFacts: Readonly<Record<string, string>>;
  offlineText: string;
  /** The reaction the reply leads with (a correction, a reaction to a proposal, a "not yet"). */
  lead?: keyof ExtraBanks;
  /** The line that answers the manager's direct question, when there is one to give. */
  answer?: string;
  /**
   * A commitment: the step the manager proposed for them, in their words ("split the work into
   * smaller tickets"), or null when the plan asks nothing of them (then they agree to it).
   */
  commitTo?: string | null;
  /** The scenario's news in words, whether it has been told, and whether this turn told it. */
  news?: { about: string; told: boolean; now: boolean };
  /** This turn told the news and the reply reacts to it (the engine's `newsReactions` turn). */
  reactsToNews?: boolean;
  /** The turn closes the conversation (a goodbye, or thanks after a commitment): answered in kind. */
  closes?: boolean;
  /** The turn was warm and they trust enough to thank back. */
  warm?: boolean;
  /** Something was put to them that they may concede to (heard.ts `concedes`); false: give no ground. */
  concede?: boolean;
  /** The other people in the room (a mediation). */
  others?: ReadonlyArray<{ id: string; name: string; role: string }>;
}

/** What each lead asks of the reply's first words. */
const LEAD_GUIDE: Readonly<Record<keyof ExtraBanks, string>> = {
  correct:
    "They paraphrased you wrongly: correct them first (that is not what you said), then say again what you did tell them. Earn them nothing.",
  accept: "They proposed something: say first that you will take it.",
  hedge: "They proposed something: say first that you are unsure, and what it depends on.",
  reject: "They proposed something: say first that you don't think it helps.",
  notYet:
    "They asked for a fact you know but are not ready to share: acknowledge the question, do not give the fact.",
  greet:
    "They greeted you or asked how it's going: answer briefly, in character. Do not launch into the issue yet.",
  leave:
    "They asked whether now is a good time, or whether they may raise something: say yes briefly, in character. Do not launch into the issue yet.",
  named:
    "They mentioned something private you never told them: react to that first (surprise, wariness), and do not confirm details.",
  sided:
    "They took the other person's side before hearing you out: say first, briefly, that the decision seems made without you. Do not argue the technical point.",
  vague:
    "They told you to do better (or to make sure it doesn't happen again) without saying how: do not agree. Ask how, briefly, in character; if you explained what gets in the way, say so.",
  unheard:
    "They are moving to close without a word about the last thing you told them: do not thank them or sign off. Name it again in a few words and ask whether it is just staying as it is (after taking on their step, if you do).",
  confirm:
    "They said back what you told them and asked whether they got it right, and they did: say so first, briefly (yes, that's about it), then go on if you have more to say. Do not challenge them.",
  odd: "They asked you something odd about yourself (whether you are a bot, a person, a model): react as you would to a strange remark from your manager, briefly and in character, and steer back to what this conversation is about. Do not answer the question as asked.",
  turnBack:
    "They asked what you would do in their place: do not take on their part. Turn it back to them briefly, in character (it is their call; what are they going to do?).",
  repeated:
    "They said the same line again, word for word: say first, briefly, that they already said it, and ask what about it (or, if it was a question, answer it again without pretending it is new).",
  parked:
    "The plan is agreed, and they are saying goodbye without a word about what you told them after it: take the goodbye as you would, then ask in a few words to come back to it another time. Do not reopen the plan or press for an answer now.",
};

/**
 * A commitment to what the manager proposed, never to a plan of the model's own. The step is their
 * words turned round, so it stays in their message: the system prompt only says there is one.
 */
function commitGuide(step: string | null): string {
  return step === null
    ? "Agree to the plan the manager just proposed, briefly. Do not add a task or deliverable of your own."
    : "Commit to the step the manager proposed for you: say back, in your own words, what you will do (and by when, if they said). Promise nothing else.";
}

/** What stands for the manager's step in the example line. */
const STEP_PLACEHOLDER = "[the step they proposed]";

/** The offline line without the manager's words in it: a step said back becomes a placeholder. */
function exampleOf(offlineText: string, step: string | null | undefined): string {
  if (!step) return offlineText;
  const at = offlineText.toLowerCase().indexOf(step.toLowerCase());
  return at < 0
    ? offlineText
    : `${offlineText.slice(0, at)}${STEP_PLACEHOLDER}${offlineText.slice(at + step.length)}`;
}

/**
 * What the engine decided about this turn beyond the lead and the intent, as the offline reply
 * does it: react to news just told, close in kind, give no ground when nothing was put to them.
 */
function turnGuides(input: PlanInput): string[] {
  const guides: string[] = [];
  if (input.reactsToNews)
    guides.push("They have just told you the news: react to it first, as someone hearing it now.");
  if (input.closes && (input.intent === "acknowledge" || input.intent === "agree"))
    guides.push(
      // Beside a concern said after the agreement (lead "parked"), which is not new.
      `${input.warm ? "They are wrapping up: thank them back briefly" : "They are wrapping up: answer briefly in kind"}${input.lead === "parked" ? "." : ", and raise nothing new."}`,
    );
  // Where the engine refused a concession (an agree turned into taking it in or pushing back).
  if (
    input.concede === false &&
    !input.closes &&
    (input.lead === undefined || !["accept", "greet", "leave"].includes(input.lead)) &&
    (input.intent === "acknowledge" || input.intent === "push_back")
  )
    guides.push(
      "Give no ground (no 'that's fair', 'agreed', 'you're right'): nothing was put to you to accept.",
    );
  return guides;
}

export function buildPlan(input: PlanInput): ReplyPlan {
  const { persona, p, reveal } = input;
  const revealed = persona.concerns.filter((c) => p.revealed.includes(c.id));
  const spoken = reveal ? [...revealed.filter((c) => c.id !== reveal.id), reveal] : revealed;
  // Hidden facts enter the plan only through concerns that are out (or coming out) this turn.
  const facts: Record<string, string> = { ...input.publicFacts };
  for (const c of spoken) {
    for (const line of c.revealLines) {
      for (const slot of slotsIn(line)) {
        const value = input.allFacts[slot];
        if (value !== undefined) facts[slot] = value;
      }
    }
  }
  return {
    personaId: persona.id,
    personaName: persona.name,
    intent: input.intent,
    intentGuide: [
      input.lead ? LEAD_GUIDE[input.lead] : "",
      ...turnGuides(input),
      input.intent === "commit" && input.commitTo !== undefined
        ? commitGuide(input.commitTo)
        : // A reaction to news is not a neutral "noted": the reaction says what the reply does.
          input.reactsToNews && (input.intent === "acknowledge" || input.intent === "agree")
          ? ""
          : INTENT_GUIDE[input.intent],
      input.answer ? "Answer their question with the fact that answers it (given above)." : "",
    ]
      .filter(Boolean)
      .join(" "),
    topic: input.topic,
    stage: input.stage,
    stateInWords: describeState(p),
    reactingTo: input.kinds.map((k) => MOVE_INFO[k].description),
    reveal: reveal
      ? {
          concernId: reveal.id,
          summary: fillSlots(reveal.summary, input.allFacts),
          substance: reveal.revealLines.map((l) => fillSlots(l, input.allFacts)),
        }
      : null,
    alreadyRevealed: revealed
      .filter((c) => c.id !== reveal?.id)
      .map((c) => ({ concernId: c.id, summary: fillSlots(c.summary, input.allFacts) })),
    withheldCount: persona.concerns.length - spoken.length,
    answer: input.answer ?? null,
    facts,
    news: input.news
      ? {
          about: fillSlots(input.news.about, input.allFacts),
          heard: input.news.now ? "now" : input.news.told ? "before" : "no",
        }
      : null,
    others: (input.others ?? []).map((o) => ({ id: o.id, name: o.name, role: o.role })),
    offlineText: input.offlineText,
    example: exampleOf(input.offlineText, input.intent === "commit" ? input.commitTo : undefined),
    maxSentences: input.intent === "go_quiet" ? 1 : 4,
  };
}
