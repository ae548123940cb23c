import { fillSlots } from "../content/common.schema";
import type { Concern, Intent, Persona } from "../content/persona.schema";
import type { Topic } from "../moves/move.schema";
import { lineFit, PUTS_FORWARD, readForFit } from "./fit-line";
import { CONCEDING } from "./heard";
import { employeeStep, lineAnswers } from "./proposal";
import { pick, type Rng } from "./rng";
import { readTurn, type TurnAsk } from "./turn-kind";
import { commitToBank, type ExtraBanks, extraBanks, plainAccept } from "./voice-extra";

export interface RenderInput {
  /** The persona as cast in the scenario (overrides applied). */
  persona: Persona;
  /** Public and hidden facts that fill `{slot}`s. */
  facts: Readonly<Record<string, string>>;
  intent: Intent;
  /** The topic the manager asked about, when the persona has lines for it. */
  topic: Topic | null;
  /** The concern being revealed this turn (intent `reveal`). */
  concern?: Concern;
  /** Concerns this persona revealed on earlier turns: open_up and vent may say more about them. */
  revealed?: readonly Concern[];
  /** The manager's turn: proposals and commitments echo its words where a line fits. */
  managerText?: string;
  /** Line ids already spoken in the session. */
  usedLines: ReadonlySet<string>;
  rng: Rng;
  /**
   * A reaction that leads the reply, from the engine's extra banks: a correction of a reflection
   * that got them wrong, a reaction to a proposal, or a guarded "not yet" to a direct question.
   */
  lead?: keyof ExtraBanks;
  /**
   * A lead from another bank than `lead`'s (`id` names it in line ids, "sidedStill"): a side that
   * stays taken, or its repair accepted (voice-extra.ts sidedBanks). It leads as `lead` would.
   */
  leadBank?: { id: string; lines: readonly string[] };
  /** The line that answers a direct question (see answer.ts): it leads the reply. */
  answer?: { id: string; text: string };
  /**
   * For a commitment: what the manager proposed (`text`, the turn that proposed it) and the step it
   * asks of this persona in their words (`step`, see proposal.ts), or null when it asks none.
   */
  proposal?: { text: string; step: string | null };
  /** A demand with no plan in it, as said ("estimate better"): fills `{demand}` in the `vague` reaction. */
  demand?: string;
  /** How they refer to the concern they raise again (`Concern.mention`): fills `{concern}` in the `unheard` reaction. */
  mention?: string;
  /** After a reaction to a proposal, the intent's own line still follows (it answers a question). */
  answerToo?: boolean;
  /**
   * The manager's turn was warm (appreciation, validation, support, a reflection, no hurt) and
   * trust allows gratitude: only then may a line thank them or call it nice to hear.
   */
  warm?: boolean;
  /**
   * Something was put to them that they can give ground to, and they trust enough to (heard.ts):
   * only then may a line concede ("That's fair. I hadn't thought of it that way.", "Agreed.").
   * Undefined: no constraint (tests of the renderer alone).
   */
  concede?: boolean;
  /** The turn as turn-kind.ts read it (read again from `managerText` when absent). */
  ask?: TurnAsk;
  /** The turn hurt them (blame, a label, a threat, a dismissal): a withdrawn reply is silence. */
  hurt?: boolean;
  /** "Anything else?", "Tell me more.": one thing answers it; a second line reads as glued on. */
  contentFree?: boolean;
  /** Everything the manager has said in the session, this turn included: quoted rebuttals need it. */
  managerSaid?: string;
  /**
   * Whether what a line presumes has come first (presumes.ts), for lines as written. Undefined: no
   * constraint (tests of the renderer alone).
   */
  presumed?: (line: string) => boolean;
  /**
   * This turn told them the scenario's news: the reply reacts to it, with one of these lines (as
   * written) from any of the persona's banks, where one fits the moment.
   */
  newsReactions?: ReadonlySet<string>;
  /**
   * Something was offered them (help, or the manager's own part in the plan): only then may a
   * reaction take it as an offer ("That would help a lot."). Undefined: no constraint.
   */
  offered?: boolean;
}

export interface RenderedReply {
  text: string;
  /** Ids of the lines used, to add to the session's used set. */
  lineIds: string[];
}

/** Intents that answer the topic asked, and whether the answer leads. */
const ANSWERS_TOPIC: Partial<Record<Intent, "first" | "second">> = {
  justify: "first",
  open_up: "first",
  vent: "second",
  push_back: "second",
};

/** Where to look, in order, when an intent's bank runs dry: intents in a similar register. */
const RELATED: Readonly<Record<Intent, readonly Intent[]>> = {
  deflect: ["justify", "ask_back"],
  justify: ["push_back", "deflect"],
  push_back: ["justify", "deflect"],
  vent: ["open_up", "justify"],
  go_quiet: ["acknowledge"],
  ask_back: ["deflect", "push_back"],
  open_up: ["vent", "agree"],
  reveal: ["open_up"],
  propose: ["agree", "commit"],
  agree: ["acknowledge", "propose"],
  commit: ["propose", "agree"],
  acknowledge: ["agree", "go_quiet"],
  escalate: ["push_back"],
};

const MAX_SENTENCES = 4;

/**
 * A withdrawn line that answers something put to them ("Whatever you think is best", "If that's
 * the call", "Sure, I'll add it to the list"). After a question or an observation it reads as not
 * having listened, so go_quiet says one of its other lines then (see `fitsTurn`).
 */
const ANSWERS_A_PROPOSAL =
  /\b(?:if (?:that's|that is|you say|you want)|whatever you think|i can do that|i'll add it|send me the|that's the call|fine by me|will do)\b/i;
/** "Not really.", "Sure.", "Yeah. Sure.": a yes or a no, which only a yes/no question or a proposal asks for. */
const YES_OR_NO = /^(?:not really|no|nope|yes|yeah|yep|sure)\b/i;

/**
 * Whether a line fits the manager's turn: go_quiet's accepting lines need something put to them,
 * and its yes/no lines a yes/no question ("How's the sign-up flow going?" → "Not really." is not
 * an answer; nor is it to "there's no agenda from me").
 */
function fitsTurn(
  intent: Intent,
  line: Line,
  managerText: string | undefined,
  read?: TurnAsk,
): boolean {
  if (intent !== "go_quiet" || managerText === undefined) return true;
  const turn = read ?? readTurn(managerText);
  const putForward = PUTS_FORWARD.test(managerText) || turn.proposal;
  if (YES_OR_NO.test(line.text) && !turn.yesNo && !putForward) return false;
  // "Noted.", "Yeah. I know.", "Something like that.": they take in a statement or a check ("Did I
  // get that right?"); to "How have things been?" they answer nothing.
  if (TAKES_IN.test(line.text) && turn.question !== "" && !turn.yesNo) return false;
  return putForward || !ANSWERS_A_PROPOSAL.test(line.text);
}

/** A withdrawn line that takes in what was said, without answering a question. */
const TAKES_IN = /\b(?:noted|i know|something like that|understood|fair enough)\b/i;

/**
 * Gratitude or pleasure at what was said ("Thanks. That means something coming from you.", "It's
 * nice to be thanked", "That's... nice to hear"): it answers warmth, and contradicts anything else.
 */
const WARM_LINE =
  /\b(?:thanks?|thank(?:ed| you)|means (?:something|a lot)|nice to (?:hear|be)|good to hear|appreciated?|kind of you|glad you)\b/i;

/**
 * A line that throws the manager's own words back ("'Top of the band' is an explanation, not a
 * reason.", "I don't accept 'missed'.", "Define 'okay'."): the quoted words must have been said.
 */
const REBUTTED_QUOTE =
  /^(?:with respect,\s*|honestly,\s*)?(?<![A-Za-z])'([^']{2,60})'(?![A-Za-z])\s+(?:is|isn't|was|wasn't|i can't|doesn't|does)\b|\b(?:define|don't accept|do not accept|what would|what does|what is)\s+'([^']{2,60})'(?![A-Za-z])/i;

function prefixes(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z]{3,}/g) ?? []).map((w) => w.slice(0, 5)));
}

/**
 * A line that reacts to words as just heard ("It's hard to hear 'not yet'…", "Every 'not yet' I
 * hear…", "What does 'meets expectations' look like?"): the words must have been said to them.
 * Marcus, who has not been told the committee's answer, cannot be hurt by its wording yet.
 */
const HEARD_QUOTE =
  /\b(?:to hear|hearing|every|another|keep hearing|keep getting)\s+'([^']{2,60})'(?![A-Za-z])|(?<![A-Za-z])'([^']{2,60})'(?![A-Za-z])\s+i\s+(?:hear|get|keep hearing)\b|\bwhat (?:does|would|do|did|is) '([^']{2,60})'(?![A-Za-z])/i;

/** Whether a line's rebuttal quotes words the manager actually said in the session. */
function quoteWasSaid(line: string, managerSaid: string | undefined): boolean {
  if (managerSaid === undefined || !line.includes("'")) return true;
  let said: Set<string> | undefined;
  for (const re of [REBUTTED_QUOTE, HEARD_QUOTE]) {
    const m = re.exec(line);
    const quoted = m?.slice(1).find((g) => g !== undefined);
    if (quoted === undefined) continue;
    said ??= prefixes(managerSaid);
    const heard = said;
    if (![...prefixes(quoted)].every((w) => heard.has(w))) return false;
  }
  return true;
}

/**
 * The manager granted that they were right ("Every one I checked was technically right, that's
 * not my point", "you were right on the substance", "I'm not saying the comments were wrong").
 * Not a question ("Were they right?"), not "that's not right".
 */
const CONCEDES_CORRECT =
  /\b(?:(?:was|were|is|are|'re|'s)(?: (?!not\b|never\b)\w+){0,2}? (?:technically |completely |totally |absolutely |factually |100% )?(?:right|correct|accurate|valid)|(?:not|never) (?:saying|said|claiming) (?:you|they|it|the \w+|your \w+)(?: \w+){0,2} (?:wrong|incorrect|inaccurate)|no argument (?:there|on that|about that)|(?:you're|you are|you were) (?:technically )?right)\b/i;
/** A line insisting on being right: "Every one of those comments was correct. Check the diffs." */
const INSISTS_CORRECT =
  /\b(?:was|were|is|are)(?: \w+)? (?:correct|accurate|valid)\b|\bcheck the (?:diffs?|code|logs|data|numbers)\b|\bshow me where (?:i|it) was wrong\b/i;

/** A cheap first look before the full CONCEDING pattern (most lines have none of these words). */
const MAY_CONCEDE =
  /fair|agree|take that|right|thought of|sense|point|reasonable|live with|give you/i;

/** Whether the manager granted, in a statement, that they were right. */
function concededCorrect(managerSaid: string | undefined): boolean {
  return (managerSaid ?? "")
    .split(/(?<=[.!?])\s+/)
    .some((s) => !s.trim().endsWith("?") && CONCEDES_CORRECT.test(s));
}

/**
 * A line that takes up a plan ("Agreed. Let's do it that way.", "Okay, I'm in.", "Yes, let's try
 * that.", "That would actually help."): it answers something put to them (a plan, an offer, a
 * request), not a summary of what was said or a statement of the manager's view.
 */
const TAKES_UP_A_PLAN =
  /\b(?:let's (?:do|try|go with) (?:it|that|this)|(?:i'm|count me) in\b|let's do it\b|that (?:would|could|will) (?:actually |really )?(?:help|work)|sounds like a plan|deal\b|i'll hold you to)/i;

/**
 * A line that opens with a fact alone, the answer to a "how many?": a fact slot ("{oncall_load}. I
 * did the maths once…") or a number phrase with no verb ("Three managers in a year.", "Nine pages
 * last month."). To "How has this week been?" it answers a question nobody asked; it is said to a
 * factual question, or once the manager has said some of its words.
 */
const FACT_FRAGMENT =
  /^(?:\{[a-z_]+\}|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a hundred)\b(?:(?!\b(?:is|was|are|were|came|went|got|get|have|has|had|did|do|does|took|made|i|we|you|he|she|they|it|of (?:those|them|us|the \w+ (?:were|are)))\b)[^.!?])*)[.!?](?:\s|$)/i;

/** Taking an offer: "That would help.", "I'll hold you to it.", "Yeah. I'd like that.", "Okay. Yes. Thank you." */
const OFFER_TAKEN = /\b(?:helps?|hold you to|i'd (?:like|love) that|thank you|thanks)\b/i;

/** Where a first reaction to news is found when the intent's own bank has none: not a reflection. */
const NEWS_REGISTERS: readonly Intent[] = ["vent", "ask_back", "push_back"];

/** Intents of few words, whose line is chosen by how it fits the turn (fit-line.ts). */
const GUARDED: ReadonlySet<Intent> = new Set(["go_quiet", "acknowledge", "deflect", "ask_back"]);

/** Intents whose line picks up the manager's words (a commitment has its own rule: proposal.ts). */
const ECHOES_MANAGER: ReadonlySet<Intent> = new Set(["propose", "agree"]);

/** Word stems of four letters or more: enough to tell "rotation" from "runbook". */
function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z]{4,}/g) ?? []).map((w) => w.slice(0, 6)));
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

interface Line {
  id: string;
  text: string;
}

/** A line in the reply: optional ones go first when it runs long; `text` overrides the line's words. */
interface Part {
  line: Line;
  optional: boolean;
  text?: string;
}

function bank(prefix: string, lines: readonly string[]): Line[] {
  return lines.map((text, i) => ({ id: `${prefix}/${i}`, text }));
}

function unused(lines: readonly Line[], used: ReadonlySet<string>, taken: ReadonlySet<string>) {
  return lines.filter((l) => !used.has(l.id) && !taken.has(l.id));
}

function sentenceCount(text: string): number {
  return (text.match(/[.!?]+(?=\s|$)/g) ?? []).length || 1;
}

/**
 * Renders an intent as 1–4 sentences from the persona's banks, answering the topic asked where the
 * intent allows, never reusing a line id the session has spoken. When a bank runs dry it borrows
 * from a related intent, then combines an opener + a line + a closer into a new combination.
 * Pure and deterministic for a given RNG.
 */
export function renderOffline(input: RenderInput): RenderedReply {
  const { persona, intent, rng, usedLines } = input;
  const taken = new Set<string>();
  const take = (lines: readonly Line[]): Line | undefined => {
    const free = unused(lines, usedLines, taken);
    if (free.length === 0) return undefined;
    const line = pick(rng, free);
    taken.add(line.id);
    return line;
  };
  const takeFirst = (lines: readonly Line[]): Line | undefined => {
    const line = unused(lines, usedLines, taken)[0];
    if (line) taken.add(line.id);
    return line;
  };
  // A commitment or proposal that picks up the manager's words reads as an answer, not a script.
  const takeClosest = (lines: readonly Line[]): Line | undefined => {
    const free = unused(lines, usedLines, taken);
    if (free.length === 0) return undefined;
    const words = contentWords(input.managerText ?? "");
    const scored = free.map((l) => ({ l, n: overlap(contentWords(l.text), words) }));
    const best = Math.max(...scored.map((x) => x.n));
    const line = pick(
      rng,
      scored.filter((x) => x.n === best).map((x) => x.l),
    );
    taken.add(line.id);
    return line;
  };
  // Lines that would contradict the moment: gratitude to a cold turn, a rebuttal of words nobody said.
  // A point the manager has granted is not argued again.
  const granted = concededCorrect(input.managerSaid);
  const presumed = (l: Line) => input.presumed === undefined || input.presumed(l.text);
  // A plan taken up needs a plan: "Agreed. Let's do it that way." is no answer to a summary.
  const putForward =
    input.managerText === undefined ||
    input.lead === "accept" ||
    PUTS_FORWARD.test(input.managerText) ||
    (input.ask ?? readTurn(input.managerText)).proposal;
  let saidStems: Set<string> | undefined;
  const factAsked =
    input.managerText === undefined || (input.ask ?? readTurn(input.managerText)).factual;
  /** A fact alone answers a question about it, or words of it the manager has said. */
  const fragmentFits = (l: Line) => {
    if (factAsked || !FACT_FRAGMENT.test(l.text)) return true;
    const first = fillSlots(l.text, input.facts).split(/(?<=[.!?])\s/)[0] ?? "";
    saidStems ??= prefixes(input.managerSaid ?? input.managerText ?? "");
    const said = saidStems;
    return [...prefixes(first)].some((w) => said.has(w));
  };
  const fitsMoment = (l: Line) =>
    presumed(l) &&
    fragmentFits(l) &&
    (putForward || !TAKES_UP_A_PLAN.test(l.text)) &&
    !(granted && INSISTS_CORRECT.test(l.text)) &&
    (input.warm !== false || !WARM_LINE.test(l.text)) &&
    (input.concede !== false || !MAY_CONCEDE.test(l.text) || !CONCEDING.test(l.text)) &&
    quoteWasSaid(l.text, input.managerSaid);
  const rawBank = (i: Intent) => bank(`${persona.id}/phrases.${i}`, persona.phrases[i]);
  // Without ground to give, the agree bank is all concession: none of it may be borrowed.
  const phraseBank = (i: Intent) =>
    i === "agree" && input.concede === false ? [] : rawBank(i).filter(fitsMoment);
  /**
   * For a fresh combination: the lines that fit, or (none fit) the bank's lines that presume
   * nothing unsaid, or the whole bank.
   */
  const comboBank = (i: Intent) => {
    const fit = phraseBank(i);
    if (fit.length > 0) return fit;
    const free = rawBank(i).filter(presumed);
    return free.length > 0 ? free : rawBank(i);
  };
  /** A concern's reveal lines that may be said now: "They're offering…" needs the offer said first. */
  const concernLines = (c: Concern) => concernBank(persona, c).filter(presumed);

  const parts: Part[] = [];
  // A reaction to what was put to them comes first; the intent's own line may follow it.
  // Before a reveal, the reaction must leave room for the truth within four sentences.
  const truthSentences =
    intent === "reveal" && input.concern
      ? Math.min(
          ...(input.answer
            ? [input.answer]
            : unused(concernLines(input.concern), usedLines, taken)
          ).map((l) => sentenceCount(l.text)),
          MAX_SENTENCES,
        )
      : 0;
  const leads = (
    input.leadBank
      ? bank(`${persona.id}/extra.${input.leadBank.id}`, input.leadBank.lines)
      : input.lead
        ? bank(`${persona.id}/extra.${input.lead}`, extraBanks(persona)[input.lead])
        : []
  ).filter(
    (l) =>
      presumed(l) &&
      sentenceCount(l.text) + truthSentences <= MAX_SENTENCES &&
      (input.demand !== undefined || !l.text.includes("{demand}")) &&
      (input.mention !== undefined || !l.text.includes("{concern}")) &&
      // "You said that. What about it?" is no answer to a question said again.
      !(
        input.lead === "repeated" &&
        (input.ask ?? readTurn(input.managerText ?? "")).question !== "" &&
        l.text.includes("?")
      ) &&
      // "Okay. What is it?" asks for the topic: not when the turn has already given it.
      !(
        input.lead === "leave" &&
        (input.answerToo || /\babout\b/i.test(input.managerText ?? "")) &&
        l.text.includes("?")
      ),
  );
  // "Can you pick up the fraud migration next?" asks work of them: "That would help" and "I'll
  // hold you to it" take an offer, not a request.
  // Nothing offered at all ("finish the upgrade first, then we can talk"): when every one of their
  // own yeses takes an offer, a plain yes ("Okay. I can try that.").
  const notOffered =
    input.lead === "accept" &&
    (employeeStep(input.managerText ?? "") !== null || input.offered === false);
  const request = notOffered ? leads.filter((l) => !OFFER_TAKEN.test(l.text)) : [];
  const plainYes =
    notOffered && request.length === 0 && input.offered === false
      ? bank(`${persona.id}/extra.accept.plain`, plainAccept()).filter(
          (l) => sentenceCount(l.text) + truthSentences <= MAX_SENTENCES,
        )
      : [];
  const leadLine =
    input.lead || input.leadBank ? (take(request) ?? take(plainYes) ?? take(leads)) : undefined;
  if (leadLine)
    parts.push({
      line: leadLine,
      optional: false,
      // "Estimate better how?": the demand thrown back in their words.
      ...(input.demand !== undefined && leadLine.text.includes("{demand}")
        ? { text: leadLine.text.replace("{demand}", upperFirst(input.demand)) }
        : {}),
      // "Before we wrap up: what I said about my estimate getting cut."
      ...(input.mention !== undefined && leadLine.text.includes("{concern}")
        ? { text: leadLine.text.replace("{concern}", input.mention) }
        : {}),
    });
  // The turn, read once for every candidate line.
  const fitRead =
    input.managerText === undefined ? undefined : readForFit(input.managerText, input.ask);
  const turnAsk = fitRead?.ask;
  // Short, guarded lines answer the turn they follow (fit-line.ts), not the turn number.
  const takeFitting = (lines: readonly Line[]): Line | undefined => {
    if (!GUARDED.has(intent) || input.managerText === undefined) return take(lines);
    const free = unused(lines, usedLines, taken);
    if (free.length === 0) return undefined;
    const turn = input.managerText;
    const scored = free.map((l) => ({
      l,
      s: lineFit(l.text, turn, input.hurt === true, fitRead),
    }));
    const best = Math.max(...scored.map((x) => x.s));
    // The best fits and the next tier: the answer fits the turn, the words still vary.
    return best <= 0 ? take(free) : take(scored.filter((x) => x.s >= best - 1).map((x) => x.l));
  };
  const main = (): Line => {
    if (input.newsReactions && input.newsReactions.size > 0) {
      const reactions = input.newsReactions;
      // Their own intent's reaction, else one in the register of a first reaction to news.
      for (const banks of [[intent], NEWS_REGISTERS]) {
        const heard = take(
          banks.flatMap((i) => phraseBank(i).filter((l) => reactions.has(l.text.trim()))),
        );
        if (heard) return heard;
      }
    }
    const lines = phraseBank(intent);
    const fitting = lines.filter((l) => fitsTurn(intent, l, input.managerText, turnAsk));
    const own = ECHOES_MANAGER.has(intent) ? takeClosest(lines) : takeFitting(fitting);
    if (own) return own;
    // A related intent's line that fits the turn reads better than one of our own that does not.
    for (const related of RELATED[intent]) {
      const borrowed = take(
        phraseBank(related).filter((l) => fitsTurn(intent, l, input.managerText, turnAsk)),
      );
      if (borrowed) return borrowed;
    }
    const unfit = take(lines);
    if (unfit) return unfit;
    return combine(persona, comboBank(intent), usedLines, taken, rng);
  };

  if (intent === "reveal" && input.concern) {
    const c = input.concern;
    const lead = !leadLine && rng.next() < 0.7 ? take(phraseBank("reveal")) : undefined;
    if (lead) parts.push({ line: lead, optional: true });
    // The author's first reveal line is the fullest; later ones come out if the manager follows up.
    const asked = input.answer?.id.startsWith(`${persona.id}/concern.${c.id}/`)
      ? takeFirst([input.answer])
      : undefined;
    // After a reaction to a proposal, the truth must fit beside it: a shorter reveal line, or no
    // reaction at all.
    const room = leadLine ? MAX_SENTENCES - sentenceCount(leadLine.text) : MAX_SENTENCES;
    const fitting = concernLines(c).filter((l) => sentenceCount(l.text) <= room);
    const dropLead =
      leadLine !== undefined &&
      (asked ? sentenceCount(asked.text) > room : unused(fitting, usedLines, taken).length === 0);
    if (leadLine && dropLead) {
      parts.pop();
      taken.delete(leadLine.id);
    }
    const keepsLead = leadLine !== undefined && !dropLead;
    const truth = asked ?? takeFirst(keepsLead ? fitting : concernLines(c)) ?? main();
    // "What would help most right now?" asks what they want: the truth alone answers something
    // else ("I haven't slept through a night since…"). Their own idea of what would help comes
    // first, in place of a lead-in, when it fits beside the truth in four sentences.
    const wantsAsked =
      !leadLine && !asked && (input.ask ?? readTurn(input.managerText ?? "")).wants;
    const idea = wantsAsked
      ? take(
          phraseBank("propose").filter(
            (l) => sentenceCount(l.text) + sentenceCount(truth.text) <= MAX_SENTENCES,
          ),
        )
      : undefined;
    if (idea) {
      if (lead) {
        parts.pop();
        taken.delete(lead.id);
      }
      parts.push({ line: idea, optional: false });
    }
    parts.push({ line: truth, optional: false });
  } else if (intent === "commit") {
    // A commitment takes on what the manager proposed: their own line when it says the same thing,
    // else the step itself in their words, else a plain yes to the plan. Never a different plan.
    const proposal = input.proposal ?? { text: input.managerText ?? "", step: null };
    const accept = bank(`${persona.id}/extra.accept`, extraBanks(persona).accept);
    const own = phraseBank("commit").filter((l) =>
      lineAnswers(fillSlots(l.text, input.facts), proposal.text, proposal.step),
    );
    const step = proposal.step;
    const echo =
      step === null
        ? []
        : bank(`${persona.id}/extra.commitTo`, commitToBank(persona)).map((l) => ({
            id: l.id,
            text: l.text.replace("{step}", step),
          }));
    const commitment = takeClosest(own) ?? take(echo);
    if (commitment) {
      // "Done. I'll…" brings its own yes: a second one before it would say it twice.
      const ownYes = /^[^.?!]{1,14}[.?!]\s/.test(commitment.text);
      const lead = !leadLine && !ownYes && rng.next() < 0.5 ? take(accept) : undefined;
      if (lead) parts.push({ line: lead, optional: true });
      parts.push({ line: commitment, optional: false });
    } else {
      const yes =
        take(accept) ??
        take(phraseBank("agree")) ??
        combine(persona, comboBank("agree"), usedLines, taken, rng);
      parts.push({ line: yes, optional: false });
    }
  } else {
    const order = ANSWERS_TOPIC[intent];
    const topicLines = input.topic ? persona.topicLines[input.topic] : undefined;
    // A correction of a misread reflection says again what they did say: their latest concern,
    // whatever the topic of the misreading.
    const followUp =
      input.lead === "correct"
        ? [...(input.revealed ?? [])]
            .reverse()
            .map((c) => takeFirst(concernBank(persona, c).filter(fitsMoment)))
            .find((l) => l !== undefined)
        : intent === "open_up" || intent === "vent"
          ? (input.revealed ?? [])
              .filter((c) => input.topic === null || c.topics.includes(input.topic))
              .map((c) => takeFirst(concernBank(persona, c).filter(fitsMoment)))
              .find((l) => l !== undefined)
          : undefined;
    const asked = input.answer ? takeFirst([input.answer]) : undefined;
    const answer =
      asked ??
      followUp ??
      // "Estimate better how?" is the whole answer to a demand: an argument on the topic dilutes it.
      (order && input.topic && topicLines && input.lead !== "vague"
        ? take(bank(`${persona.id}/topic.${input.topic}`, topicLines).filter(fitsMoment))
        : undefined);
    // After a reaction, an answer on the topic says enough; the intent's own line would pile on.
    // A reaction to a proposal or a "not yet" is the whole reply; a correction says what they meant.
    const own =
      (leadLine && !input.answerToo && (answer || input.lead !== "correct")) ||
      (input.contentFree && answer)
        ? undefined
        : main();
    const leads = asked !== undefined || order === "first";
    if (answer && leads) parts.push({ line: answer, optional: false });
    if (own) parts.push({ line: own, optional: answer !== undefined || leadLine !== undefined });
    if (answer && !leads && order === "second") parts.push({ line: answer, optional: false });
  }

  // Keep to four sentences: drop optional parts (lead-ins, a register line beside an answer).
  let kept = parts;
  const total = () => kept.reduce((n, p) => n + sentenceCount(p.line.text), 0);
  while (total() > MAX_SENTENCES && kept.some((p) => p.optional)) {
    const i = kept.findIndex((p) => p.optional);
    kept = kept.filter((_, j) => j !== i);
  }
  kept = joinable(kept);
  return {
    text: kept.map((p) => fillSlots(p.text ?? p.line.text, input.facts)).join(" "),
    lineIds: kept.map((p) => p.line.id),
  };
}

/** A line that brings its own lead-in: "Fine. Since…", "Honestly? …", "Here's the part…". */
const OWN_LEAD_IN =
  /^(?:(?:fine|okay|ok|right|honestly|look|so|um|yeah|sorry|well|ha)[.?!,]\s|(?:for the record|to be clear|i mean)[,:]?\s|here's the (?:part|bit|thing|real)\b)/i;
/** The lead-ins that can go without changing what the line says. */
const DROPPABLE_LEAD_IN =
  /^(?:(?:fine|okay|ok|right|honestly|so|um|yeah|well)[.?!]\s+|(?:for the record|to be clear|honestly|look|so|well),\s+)/i;

/**
 * Two lines glued together read as two replies when the second brings its own lead-in ("This stays
 * between us for now, please. Fine. Since…"). Then the first goes if it was only a lead-in
 * (optional), else the second loses its lead-in ("…, please. Since…").
 */
function joinable(parts: readonly Part[]): Part[] {
  const out: Part[] = [];
  for (const part of parts) {
    const prev = out[out.length - 1];
    if (prev && OWN_LEAD_IN.test(part.line.text)) {
      if (prev.optional) out.pop();
      else {
        const stripped = part.line.text.replace(DROPPABLE_LEAD_IN, "");
        if (stripped !== part.line.text) {
          out.push({ ...part, text: stripped.charAt(0).toUpperCase() + stripped.slice(1) });
          continue;
        }
      }
    }
    out.push(part);
  }
  return out;
}

function concernBank(persona: Persona, c: Concern): Line[] {
  return bank(`${persona.id}/concern.${c.id}`, c.revealLines);
}

/** A fresh opener + line + closer combination when every bank that fits has been spoken. */
function combine(
  persona: Persona,
  lines: readonly Line[],
  used: ReadonlySet<string>,
  taken: Set<string>,
  rng: Rng,
): Line {
  const { openers, closers } = persona.fragments;
  const start = Math.floor(rng.next() * lines.length * openers.length * closers.length);
  const size = lines.length * openers.length * closers.length;
  for (let k = 0; k < size; k++) {
    const n = (start + k) % size;
    const li = n % lines.length;
    const oi = Math.floor(n / lines.length) % openers.length;
    const ci = Math.floor(n / (lines.length * openers.length));
    const line = lines[li] as Line;
    const id = `${persona.id}/combo/${oi}.${line.id.slice(persona.id.length + 1)}.${ci}`;
    if (used.has(id) || taken.has(id)) continue;
    taken.add(id);
    return {
      id,
      text: `${openers[oi]} ${lowerFirst(line.text, openers[oi] as string)} ${closers[ci]}`,
    };
  }
  // Every combination spoken (hundreds of turns): repeat rather than fail.
  return lines[0] as Line;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "To be clear," + "Fine." reads "To be clear, fine."; after a full stop the case stays. */
function lowerFirst(text: string, opener: string): string {
  if (!opener.trimEnd().endsWith(",")) return text;
  return /^[A-Z][a-z]/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
}
