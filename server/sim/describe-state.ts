import type { PersonaSim } from "./sim.schema";

/** [upper bound, words] bands, lowest first; the first band whose bound exceeds the value wins. */
type Bands = ReadonlyArray<readonly [number, string]>;

const TRUST: Bands = [
  [0.2, "you do not trust your manager at all"],
  [0.4, "you are wary of your manager"],
  [0.6, "you cautiously trust your manager"],
  [0.8, "you trust your manager"],
  [1.01, "you trust your manager a lot"],
];
const GUARD: Bands = [
  [0.25, "relaxed and open"],
  [0.45, "a little careful"],
  [0.65, "guarded"],
  [0.85, "defensive"],
  [1.01, "very defensive, close to walking out"],
];
const STRESS: Bands = [
  [0.3, "calm"],
  [0.55, "under some pressure"],
  [0.75, "stressed"],
  [1.01, "badly stressed and tired"],
];
const ENGAGEMENT: Bands = [
  [0.15, "checked out: you say as little as possible"],
  [0.35, "barely engaged"],
  [0.6, "engaged but reserved"],
  [1.01, "engaged and willing to talk"],
];

function band(bands: Bands, value: number): string {
  return (bands.find(([bound]) => value < bound) ?? bands[bands.length - 1])?.[1] ?? "";
}

/** The hidden state in plain words, for the LLM responder and the CLI's `/state`. */
export function describeState(p: Pick<PersonaSim, "trust" | "guard" | "stress" | "engagement">) {
  return `Right now ${band(TRUST, p.trust)}; you feel ${band(GUARD, p.guard)}, ${band(STRESS, p.stress)}, and ${band(ENGAGEMENT, p.engagement)}.`;
}
