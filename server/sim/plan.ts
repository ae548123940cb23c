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
  /** Facts the employee knows and may use: public facts, plus hidden ones already revealed. */
  facts: Record<string, string>;
  /** The offline responder's reply: a register example, and the fallback. */
  offlineText: string;
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
  reveal: "Say the thing you have been holding back (given below), in your own words.",
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
}

/** What each lead asks of the reply's first words. */
const LEAD_GUIDE: Readonly<Record<keyof ExtraBanks, string>> = {
  correct:
    "They paraphrased you wrongly: correct them first (that is not what you said), and earn them nothing.",
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
};

/** A commitment to what the manager proposed, never to a plan of the model's own. */
function commitGuide(step: string | null): string {
  return step === null
    ? "Agree to the plan the manager just proposed, briefly. Do not add a task or deliverable of your own."
    : `Commit to the step the manager proposed, in your words: you will ${step}. Promise nothing else.`;
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
      input.intent === "commit" && input.commitTo !== undefined
        ? commitGuide(input.commitTo)
        : INTENT_GUIDE[input.intent],
      input.answer ? `Answer their question with this fact: ${input.answer}` : "",
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
    facts,
    offlineText: input.offlineText,
    maxSentences: input.intent === "go_quiet" ? 1 : 4,
  };
}
