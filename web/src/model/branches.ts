import type { WireTurn } from "../../../server/sessions/protocol.schema";
import type { BranchView } from "../../../server/sessions/record.schema";
import { formatSigned, pointsBetween } from "./format";
import { pairSteps, stepRank } from "./step-change";
import { VARIABLES } from "./trajectory";
import { managerNumbers } from "./transcript";

/** The two branches to compare first: the one being flown and the branch it was rewound from. */
export function defaultPair(branches: readonly BranchView[]): [BranchView, BranchView] | null {
  if (branches.length < 2) return null;
  const active = branches.find((b) => b.active) ?? (branches.at(-1) as BranchView);
  const parent = branches.find((b) => b.id === active.parentId);
  const other = parent ?? branches.find((b) => b.id !== active.id);
  return other ? [other, active] : null;
}

/** The first turn index where two branches differ. */
export function splitIndex(a: readonly WireTurn[], b: readonly WireTurn[]): number {
  let i = 0;
  while (
    i < a.length &&
    i < b.length &&
    a[i]?.speaker === b[i]?.speaker &&
    a[i]?.text === b[i]?.text
  )
    i++;
  return i;
}

export interface StepRow {
  id: string;
  title: string;
  a: string | null;
  b: string | null;
  /** Why the step did not apply, on each side where it did not ("they proposed it themselves"). */
  whyNotA?: string;
  whyNotB?: string;
}

export interface BranchComparison {
  split: number;
  /** The manager's line number where the branches part, as they count their lines. */
  splitNumber: number | null;
  lineA: string | null;
  lineB: string | null;
  scoreA: number | null;
  scoreB: number | null;
  steps: StepRow[];
  /** Per persona and variable: final value on each branch. */
  states: { personaId: string; variable: string; a: number | null; b: number | null }[];
  revealedOnlyA: string[];
  revealedOnlyB: string[];
  summary: string;
}

/**
 * An attempt left by a rewind mid-conversation stopped there: a step it had not done yet was not
 * reached, rather than missed. One that was ended and scored first (End, or it ended by itself), or
 * is being flown, keeps "missed".
 */
export const wasLeft = (b: BranchView): boolean => !b.active && !b.outcome && !b.scored;
const asFlown = (b: BranchView, status: string | undefined): string | null =>
  status === "missed" && wasLeft(b) ? "not_reached" : (status ?? null);

/** Where two attempts at one conversation part, and what the different line bought (or cost). */
export function compareBranches(a: BranchView, b: BranchView): BranchComparison {
  const split = splitIndex(a.turns, b.turns);
  const managerAt = (turns: readonly WireTurn[]) =>
    turns.find((t) => t.index >= split && t.speaker === "manager");
  const ta = managerAt(a.turns);
  const tb = managerAt(b.turns);
  const splitNumber =
    (tb ? managerNumbers(b.turns).get(tb.index) : undefined) ??
    (ta ? managerNumbers(a.turns).get(ta.index) : undefined) ??
    null;
  const cardA = a.scorecards?.[0];
  const cardB = b.scorecards?.[0];
  const steps = pairSteps(cardA?.steps, cardB?.steps).map(({ id, title, a: sa, b: sb }) => {
    return {
      id,
      title,
      a: asFlown(a, sa?.status),
      b: asFlown(b, sb?.status),
      ...(sa?.status === "not_applicable" && sa.note ? { whyNotA: sa.note } : {}),
      ...(sb?.status === "not_applicable" && sb.note ? { whyNotB: sb.note } : {}),
    };
  });
  const personas = [
    ...new Set([...Object.keys(a.finalState ?? {}), ...Object.keys(b.finalState ?? {})]),
  ];
  const states = personas.flatMap((personaId) =>
    VARIABLES.map((variable) => ({
      personaId,
      variable,
      a: a.finalState?.[personaId]?.[variable] ?? null,
      b: b.finalState?.[personaId]?.[variable] ?? null,
    })),
  );
  const ra = new Set(a.revealed ?? []);
  const rb = new Set(b.revealed ?? []);
  const revealedOnlyA = [...ra].filter((x) => !rb.has(x));
  const revealedOnlyB = [...rb].filter((x) => !ra.has(x));

  const gains: string[] = [];
  const trust = states.filter((s) => s.variable === "trust" && s.a !== null && s.b !== null);
  for (const s of trust) {
    const d = (s.b as number) - (s.a as number);
    if (Math.abs(d) >= 0.05)
      gains.push(
        `${trust.length > 1 ? `${s.personaId}'s ` : ""}trust ${pointsBetween(s.a as number, s.b as number)}`,
      );
  }
  if (cardA && cardB && cardA.overall !== cardB.overall)
    gains.push(`score ${formatSigned(cardB.overall - cardA.overall, 0)}`);
  // Only a step ranked on both sides, and met (done or partly) on the better one.
  const ranked = steps.flatMap((s) => {
    const [ra, rb] = [stepRank(s.a), stepRank(s.b)];
    return ra === undefined || rb === undefined ? [] : [{ ...s, ra, rb }];
  });
  const titles = (list: readonly { title: string }[]) =>
    list.map((s) => s.title.toLowerCase()).join(", ");
  const met = ranked.filter((s) => s.rb > s.ra && s.rb === 2);
  const partly = ranked.filter((s) => s.rb > s.ra && s.rb === 1);
  // Lost only when the other attempt missed it: one left by a rewind had not got there yet.
  const lost = ranked.filter((s) => s.ra > s.rb && s.b === "missed");
  if (met.length) gains.push(`${titles(met)} now met`);
  if (partly.length) gains.push(`${titles(partly)} now partly met`);
  const lostMet = lost.filter((s) => s.ra === 2);
  const lostPartly = lost.filter((s) => s.ra === 1);
  if (lostMet.length) gains.push(`${titles(lostMet)} no longer met`);
  if (lostPartly.length) gains.push(`${titles(lostPartly)} no longer partly met`);
  if (revealedOnlyB.length)
    gains.push(
      revealedOnlyB.length === 1 ? "concern revealed" : `${revealedOnlyB.length} concerns revealed`,
    );
  if (revealedOnlyA.length)
    gains.push(
      revealedOnlyA.length === 1
        ? "a concern stayed hidden"
        : `${revealedOnlyA.length} concerns stayed hidden`,
    );
  const at = splitNumber === null ? "" : ` at turn ${splitNumber}`;
  const lead =
    tb && ta
      ? `Saying “${clip(tb.text)}”${at} instead of “${clip(ta.text)}”`
      : tb
        ? `Adding “${clip(tb.text)}”${at}`
        : `Stopping${at}`;
  const summary = `${lead}: ${gains.length ? gains.join(", ") : "no measurable difference"}.`;
  return {
    split,
    splitNumber,
    lineA: ta?.text ?? null,
    lineB: tb?.text ?? null,
    scoreA: cardA?.overall ?? null,
    scoreB: cardB?.overall ?? null,
    steps,
    states,
    revealedOnlyA,
    revealedOnlyB,
    summary,
  };
}

const clip = (text: string, max = 80) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
