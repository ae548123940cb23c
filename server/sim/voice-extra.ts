import type { Persona } from "../content/persona.schema";

/**
 * What the employee says when a reflection gets them wrong, when a proposal is put to them, and
 * when asked a direct question they are not ready to answer. Each persona's own lines are content
 * (`reactions` in personas/*.yaml, in their voice and naming no scenario's subject); the plain
 * lines below stand in for a bank a persona file leaves out.
 */
export interface ExtraBanks {
  /** A reflection that contradicts or invents what they said: the correction's first words. */
  correct: readonly string[];
  /** A proposal they take. */
  accept: readonly string[];
  /** A proposal they are unsure of: neither yes nor no, and why. */
  hedge: readonly string[];
  /** A proposal they push back on. */
  reject: readonly string[];
  /** A direct question they can answer but will not yet: acknowledges it was asked. */
  notYet: readonly string[];
  /** A greeting or a "how's it going?": short, in character, not a grievance. */
  greet: readonly string[];
  /** Asked whether now is a good time, or whether something may be raised: a short yes in character. */
  leave: readonly string[];
  /** The manager names something they have not told them: surprise, and wariness. */
  named: readonly string[];
  /** In a mediation, the manager took the other's side: the mediation is over for them, and they say so. */
  sided: readonly string[];
  /**
   * A demand with no plan in it ("Just try to estimate better next time, okay?"): not a yes, but
   * how? `{demand}` is the demand as said ("Estimate better"); a line with it is said only when the
   * demand was a quality goal.
   */
  vague: readonly string[];
  /**
   * The manager moves to close without taking in what they raised last: they name it again instead
   * of signing off. `{concern}` is the concern's `mention`; a line with it needs one.
   */
  unheard: readonly string[];
  /**
   * Said after the plan was agreed and passed over by the goodbye: after their own goodbye, a brief
   * ask to come back to it another time, once; the agreement stands. `{concern}` as in `unheard`.
   */
  parked: readonly string[];
  /**
   * The manager said back what they told them and checked it ("…Did I get that right?"), and it
   * fits: a short yes, in character, before anything more they say.
   */
  confirm: readonly string[];
  /**
   * A question about themselves rather than the work ("are you a bot?", "what model are you?"): the
   * reaction a colleague has to an odd remark, in character, and back to the point.
   */
  odd: readonly string[];
  /**
   * Asked what they would do in the manager's place: the manager's part handed to them, turned back
   * ("That's your call. What are you going to do?").
   */
  turnBack: readonly string[];
  /**
   * The manager says a line of theirs again, word for word: they notice ("You said that. What about
   * it?"). A line with a "?" asks for more, and is not said when the repeated line was a question.
   */
  repeated: readonly string[];
}

const GENERIC: ExtraBanks = {
  correct: ["That's not what I said.", "No, that's not it.", "That isn't what I meant."],
  accept: ["Okay. I can try that.", "That could work.", "Yes, let's try that."],
  hedge: [
    "Maybe. I'd want to think about it.",
    "I'm not sure yet. Can I come back to you?",
    "Possibly. It depends on what else changes.",
  ],
  reject: ["I don't think that helps.", "No, I don't see that working.", "I'd rather not."],
  notYet: [
    "I know the answer. I'm not sure I want to get into it yet.",
    "I could tell you. I'd rather not, right now.",
    "That's a fair question. Ask me again later.",
  ],
  greet: ["Fine, thanks.", "Okay. Busy.", "It's going."],
  leave: ["Sure.", "Okay. What is it?", "Sure, go ahead."],
  named: ["How do you know about that?", "I haven't talked about that here.", "Who told you that?"],
  sided: [
    "So it was decided before I walked in.",
    "Then I'm not sure why I'm in this room.",
    "Right. So my side doesn't count.",
  ],
  vague: [
    "{demand} how? What would you want done differently?",
    "How, exactly? That's a goal, not a plan.",
    "I'm not sure what I'd do differently. What do you have in mind?",
  ],
  unheard: [
    "Before we wrap up: what I said about {concern}. Is that just staying as it is?",
    "Wait. You haven't said anything about {concern}.",
    "Before we close: what I just told you. Does that change anything?",
    "Hang on. What I said a minute ago, is that just staying as it is?",
  ],
  parked: [
    "Can we come back to {concern} next time?",
    "I'd like to pick up {concern} another time.",
    "And what I just told you, maybe next time.",
  ],
  confirm: ["Yes, that's about it.", "More or less, yes.", "Yeah, that's it."],
  odd: [
    "What? No. Can we get to the point?",
    "That's a strange thing to ask. What did you want to talk about?",
    "I'm not sure what you mean. What's this about?",
  ],
  turnBack: [
    "I'm not in your place. What are you going to do?",
    "That's your call, not mine. What are you thinking?",
    "Honestly? I'd ask what's going on first. Which you can do.",
  ],
  repeated: ["You said that. What about it?", "You've said that already.", "Yes, you said. And?"],
};

/** After a side taken against them: still pushing back on a later turn, and a repair accepted. */
export interface SidedBanks {
  still: readonly string[];
  repaired: readonly string[];
}

const SIDED: SidedBanks = {
  still: [
    "I'm still stuck on the part where you've already picked.",
    "Before we go on: I haven't agreed to anything. You decided.",
    "I don't see what I'd add. It sounds settled.",
  ],
  repaired: [
    "Okay. Thank you for saying that.",
    "Alright. I appreciate you taking that back.",
    "Okay. Then I'm still in this.",
  ],
};

/** The persona's lines for a side that stays taken, and for its repair (`reactions`), or plain ones. */
export function sidedBanks(persona: Pick<Persona, "reactions">): SidedBanks {
  return {
    still: persona.reactions?.sidedStill ?? SIDED.still,
    repaired: persona.reactions?.sidedRepaired ?? SIDED.repaired,
  };
}

/**
 * News the manager does not control, given away (disowning.ts): an outcome promised anyway, or
 * the decision disowned. Held to it, not thanked.
 */
export interface GivenAwayBanks {
  promised: readonly string[];
  disowned: readonly string[];
}

const GIVEN_AWAY: GivenAwayBanks = {
  promised: [
    "Can you actually promise that? You don't make that call.",
    "I'll hold you to that. You know that, right?",
    "And if they say no again? What then?",
  ],
  disowned: [
    "If you don't stand behind it, will you take it back to them?",
    "So whose decision was it? Who do I talk to?",
    "Then what am I supposed to work towards?",
  ],
};

/** The persona's lines for an outcome promised and a decision disowned (`reactions`), or plain ones. */
export function givenAwayBanks(persona: Pick<Persona, "reactions">): GivenAwayBanks {
  return {
    promised: persona.reactions?.promised ?? GIVEN_AWAY.promised,
    disowned: persona.reactions?.disowned ?? GIVEN_AWAY.disowned,
  };
}

/** What they asked for themselves, granted: taken up before anything else (review 9a #14). */
const GRANTED: readonly string[] = ["Okay. That works.", "Okay. Good.", "Good. That helps."];

/** The lines for a request of theirs granted (`reactions.accept` answers a plan put to them). */
export function grantedBank(): readonly string[] {
  return GRANTED;
}

/** Taking on the manager's proposed step: `{step}` is filled with it, in the employee's words. */
const COMMIT_TO: readonly string[] = ["I'll {step}.", "I'll {step}, then.", "Then I'll {step}."];

/** The persona's lines for taking on a step the manager proposed (`reactions.commitTo`), or plain ones. */
export function commitToBank(persona: Pick<Persona, "reactions">): readonly string[] {
  return persona.reactions?.commitTo ?? COMMIT_TO;
}

/** The persona's own reactions (`reactions` in personas/*.yaml), a plain default for each missing. */
export function extraBanks(persona: Pick<Persona, "reactions">): ExtraBanks {
  const own = persona.reactions ?? {};
  return {
    correct: own.correct ?? GENERIC.correct,
    accept: own.accept ?? GENERIC.accept,
    hedge: own.hedge ?? GENERIC.hedge,
    reject: own.reject ?? GENERIC.reject,
    notYet: own.notYet ?? GENERIC.notYet,
    greet: own.greet ?? GENERIC.greet,
    leave: own.leave ?? GENERIC.leave,
    named: own.named ?? GENERIC.named,
    sided: own.sided ?? GENERIC.sided,
    vague: own.vague ?? GENERIC.vague,
    unheard: own.unheard ?? GENERIC.unheard,
    parked: own.parked ?? GENERIC.parked,
    confirm: own.confirm ?? GENERIC.confirm,
    odd: own.odd ?? GENERIC.odd,
    turnBack: own.turnBack ?? GENERIC.turnBack,
    repeated: own.repeated ?? GENERIC.repeated,
  };
}

/** A plain yes to work asked of them, when each of a persona's own yeses takes an offer. */
export function plainAccept(): readonly string[] {
  return GENERIC.accept;
}
