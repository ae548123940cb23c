import { z } from "zod";
import { MoveKindSchema, TopicSchema } from "../moves/move.schema";
import {
  boundedNumber,
  IdSchema,
  LineSchema,
  lineBank,
  SchemaRefSchema,
  SenioritySchema,
  TextSchema,
} from "./common.schema";
import { RegexSchema } from "./regex.schema";

export { SENIORITIES, SenioritySchema } from "./common.schema";

/**
 * What a persona means to do with its next reply. The persona engine picks one from hidden state and
 * moves; a responder turns it into words (offline from `phrases[intent]`, or an LLM told the intent).
 */
export const INTENTS = [
  /** Steer away from the subject (blame the process, change topic) without engaging with it. */
  "deflect",
  /** Explain or defend what they did, with reasons that put them in the right. */
  "justify",
  /** Disagree openly with the manager's facts or framing. */
  "push_back",
  /** Let out frustration or tiredness; not aimed at a solution. */
  "vent",
  /** Withdraw: a minimal answer that offers nothing ("Sure." "Fine."). */
  "go_quiet",
  /** Answer with a question: test the manager, ask what they mean or what is at stake. */
  "ask_back",
  /** Share feelings or context beyond the question, without yet naming a hidden concern. */
  "open_up",
  /**
   * Name a hidden concern. The concern's own `revealLines` carry the truth; `phrases.reveal` are
   * lead-ins a responder may put before one ("Okay. I haven't said this to anyone here.").
   */
  "reveal",
  /** Offer a concrete idea or way forward. */
  "propose",
  /** Accept the manager's point or suggestion. */
  "agree",
  /** Commit to a specific next step (owner, action, date where the facts allow). */
  "commit",
  /** Receive praise or information with a short recognition, neither warm nor cold. */
  "acknowledge",
  /** Take it above the manager or toward the door (skip-level, HR, resigning); follows a threat or saturated guard. */
  "escalate",
] as const;
export const IntentSchema = z.enum(INTENTS);
export type Intent = z.infer<typeof IntentSchema>;

export const ReactionsSchema = z.strictObject({
  /** A reflection that contradicts or invents what they said: the correction's first words. */
  correct: lineBank(2, "lines").optional(),
  /** A proposal they take. */
  accept: lineBank(2, "lines").optional(),
  /** A proposal they are unsure of: neither yes nor no, and why. */
  hedge: lineBank(2, "lines").optional(),
  /** A proposal they push back on. */
  reject: lineBank(2, "lines").optional(),
  /** A direct question they could answer but will not yet: it acknowledges the question. */
  notYet: lineBank(2, "lines").optional(),
  /** A greeting or a "how's it going?": a short answer in character, not a grievance. */
  greet: lineBank(2, "lines").optional(),
  /** Asked whether now is a good time, or whether something may be raised: a short yes in character. */
  leave: lineBank(2, "lines").optional(),
  /** The manager names something they have not told them: surprise, and wariness. */
  named: lineBank(2, "lines").optional(),
  /** In a mediation, the manager took the other's side: they say the mediation is over for them. */
  sided: lineBank(2, "lines").optional(),
  /**
   * On a later turn, the side still not taken back: they push back on it (the manager moved on as if
   * nothing had happened). A line names no scenario subject.
   */
  sidedStill: lineBank(2, "lines").optional(),
  /** The manager made up for a side taken (took it back, asked for their view): a guarded thanks. */
  sidedRepaired: lineBank(2, "lines").optional(),
  /**
   * Told news that is not the manager's to change (the scenario's `news`), they promise the outcome
   * anyway ("I can promise you'll get it in H1"): held to it, not thanked. A line names no subject.
   */
  promised: lineBank(2, "lines").optional(),
  /**
   * The manager disowns the decision ("it's not my decision", "honestly I think they got it wrong",
   * "I could ask them to reconsider"): they hear it as a decision to fight, and ask what now.
   */
  disowned: lineBank(2, "lines").optional(),
  /**
   * A demand with no plan in it ("Just try to estimate better next time, okay?"): how, not yes.
   * `{demand}` may stand for the demand as said ("Estimate better").
   */
  vague: lineBank(2, "lines").optional(),
  /**
   * The manager moves to close (a check-in, thanks, a plan) without taking in what they raised last:
   * they name it again, briefly, instead of signing off. `{concern}` may stand for the concern's
   * `mention` ("my estimate getting cut"); a line with it is said only for a concern that has one.
   */
  unheard: lineBank(2, "lines").optional(),
  /**
   * Something they said after the plan was agreed, and the manager says goodbye without a word
   * about it: after their goodbye, a brief ask to come back to it another time (once; the agreement
   * stands). `{concern}` as in `unheard`.
   */
  parked: lineBank(2, "lines").optional(),
  /**
   * The manager said back what they told them, checked it ("…Did I get that right?"), and got it
   * right: a short yes in character ("Yes. That's about it."), before anything more they say.
   */
  confirm: lineBank(2, "lines").optional(),
  /**
   * A question about themselves rather than the work ("are you a bot?", "what model are you?"): the
   * reaction a colleague has to an odd remark, in character, and back to the point.
   */
  odd: lineBank(2, "lines").optional(),
  /** Asked what they would do in the manager's place: the manager's part turned back to them. */
  turnBack: lineBank(2, "lines").optional(),
  /**
   * The manager says a line of theirs again, word for word: they notice ("You said that. What about
   * it?"). A line with a "?" is not said when the repeated line was a question.
   */
  repeated: lineBank(2, "lines").optional(),
  /**
   * Taking on the step the manager proposed: `{step}` is that step in their words ("split the work
   * into smaller tickets before Thursday"), so a commitment never names a plan nobody proposed.
   */
  commitTo: lineBank(2, "lines")
    .superRefine((lines, ctx) => {
      lines.forEach((line, i) => {
        const slots = [...line.matchAll(/\{([a-z][a-z0-9_]*)\}/g)].map((m) => m[1]);
        if (slots.length !== 1 || slots[0] !== "step")
          ctx.addIssue({
            code: "custom",
            path: [i],
            message: "must use the slot {step} once, and no other slot",
            input: line,
          });
      });
    })
    .optional(),
});
export type Reactions = z.infer<typeof ReactionsSchema>;

export const ARCHETYPES = [
  "defensive",
  "burnt-out",
  "ambitious",
  "disengaged",
  "dismissive",
  "conflicted",
] as const;
export const ArchetypeSchema = z.enum(ARCHETYPES);
export type Archetype = z.infer<typeof ArchetypeSchema>;

const unit = boundedNumber(0, 1);
const shift = boundedNumber(-1, 1);

/** Hidden state, each 0–1. The persona engine starts from `baseline` and moves it by difficulty. */
export const PersonaStateSchema = z.strictObject({
  trust: unit,
  guard: unit,
  stress: unit,
  engagement: unit,
});
export type PersonaState = z.infer<typeof PersonaStateSchema>;

/** How one move shifts hidden state before the engine's scaling (diminishing returns, guard). */
export const StateShiftSchema = z
  .strictObject({
    trust: shift.optional(),
    guard: shift.optional(),
    stress: shift.optional(),
    engagement: shift.optional(),
  })
  .refine((s) => Object.keys(s).length > 0, {
    error: "expected at least one of trust, guard, stress, engagement",
  });
export type StateShift = z.infer<typeof StateShiftSchema>;

/** Part of the hidden truth: said only when trust reaches `trustNeeded` and a turn invites it. */
export const ConcernSchema = z.strictObject({
  id: IdSchema,
  summary: TextSchema,
  /**
   * How they refer to it once said, a noun phrase that completes "what I said about …" ("my
   * estimate getting cut"): fills `{concern}` when they raise it again (`reactions.unheard`).
   */
  mention: z.string().min(1).max(80).optional(),
  trustNeeded: unit,
  /** Moves that invite it; a manager who never asks never hears it. */
  unlockedBy: z.array(MoveKindSchema).min(1, { error: "expected at least 1 move" }),
  /** Topics a question can be about for this concern to come up. */
  topics: z.array(TopicSchema).min(1, { error: "expected at least 1 topic" }),
  revealLines: lineBank(2, "reveal lines"),
});
export type Concern = z.infer<typeof ConcernSchema>;

/** Answers to a question on a topic, in the persona's voice; slots come from scenario facts. */
export const TopicLinesSchema = z.partialRecord(TopicSchema, lineBank(3, "lines"));
export type TopicLines = z.infer<typeof TopicLinesSchema>;

/**
 * What must have happened before a line can be said. Each kind given must hold; within a kind, one
 * entry is enough. The engine never picks the line before ("The org-wide average is the org's
 * problem." waits for someone to mention an average).
 */
export const PresumedSchema = z
  .strictObject({
    /** Words the manager has said in the conversation: a case-insensitive regular expression. */
    said: RegexSchema.optional(),
    /** Topics the manager has raised in the conversation (the topics of `topicLines`). */
    topics: z.array(TopicSchema).min(1, { error: "expected at least 1 topic" }).optional(),
    /** Concerns of theirs already said: a line that goes on from one ("They're offering…"). */
    revealed: z.array(IdSchema).min(1, { error: "expected at least 1 concern id" }).optional(),
    /**
     * They have been told the news the scenario brings (its `overrides.<persona>.news`): a
     * reaction to an outcome they learn in the conversation. Where the scenario gives no news,
     * they knew it before it started.
     */
    told: z.literal(true).optional(),
    /**
     * The person practising is their manager (the scenario's `counterpart` is "manager", the
     * default): "What would you need to see to put me forward?" is not said to a mentor.
     */
    toManager: z.literal(true).optional(),
  })
  .refine((a) => Object.keys(a).length > 0, {
    error: "expected at least one of said, topics, revealed, told, toManager",
  });
export type Presumed = z.infer<typeof PresumedSchema>;

/** Lines of this persona (as written in its banks) that presume something came first. */
export const PresumptionSchema = z.strictObject({
  after: PresumedSchema,
  lines: z.array(LineSchema).min(1, { error: "expected at least 1 line" }),
});
export type Presumption = z.infer<typeof PresumptionSchema>;

export const PersonaSchema = z.strictObject({
  $schema: SchemaRefSchema,
  id: IdSchema,
  name: z.string().min(1).max(80),
  pronouns: z.string().min(1).max(20),
  role: z.string().min(1).max(120),
  seniority: SenioritySchema,
  archetype: ArchetypeSchema,
  tenure: z.string().min(1).max(120),
  /** What the manager can know before the conversation; the only persona fields a briefing shows. */
  publicFace: z.strictObject({
    summary: TextSchema,
    knownFacts: z.array(TextSchema).min(1, { error: "expected at least 1 fact" }),
  }),
  /** How they see themselves and the situation. Hidden. */
  innerModel: z.strictObject({
    coreBelief: TextSchema,
    wants: z.array(TextSchema).min(1, { error: "expected at least 1 want" }),
    fears: z.array(TextSchema).min(1, { error: "expected at least 1 fear" }),
    copingStyle: TextSchema,
  }),
  /** Resting hidden state at difficulty 3; the engine moves it up or down with difficulty. */
  baseline: PersonaStateSchema,
  concerns: z.array(ConcernSchema).min(1, { error: "expected at least 1 concern" }),
  voice: z.strictObject({
    style: TextSchema,
    habits: z.array(TextSchema).min(1, { error: "expected at least 1 habit" }),
    /** Words and phrases this person would not say; the loader checks their own lines against it. */
    neverSays: z.array(z.string().min(1)).min(1, { error: "expected at least 1 phrase" }),
  }),
  sensitivities: z.partialRecord(MoveKindSchema, StateShiftSchema),
  /** Every intent needs a bank, so the engine can pick any intent for any persona. */
  phrases: z.record(IntentSchema, lineBank(5, "lines")),
  topicLines: TopicLinesSchema,
  /** Pieces the offline responder combines (opener + content + closer) when a bank runs dry. */
  fragments: z.strictObject({
    openers: lineBank(5, "openers"),
    closers: lineBank(5, "closers"),
  }),
  /**
   * How they react, in their own voice, to what a turn does rather than what it is about: a
   * paraphrase that gets them wrong, a proposal put to them, a direct question they will not answer
   * yet. Optional: the engine has plain defaults for each.
   */
  reactions: ReactionsSchema.optional(),
  /**
   * Lines that presume something was said or happened first: a topic raised, a concern of theirs
   * already said, the news told. Each line must be one of this persona's own, word for word.
   */
  presumes: z.array(PresumptionSchema).optional(),
});
export type Persona = z.infer<typeof PersonaSchema>;
