import { fillSlots } from "../content/common.schema";
import type { Intent, Persona } from "../content/persona.schema";
import type { PersonaOverride, Scenario } from "../content/scenario.schema";

/**
 * A persona plays several scenarios, but its phrase banks were written for one of them: Tomás's
 * lines are full of the RFC feud, Marcus's of his promotion packet. A line that names a subject of
 * another scenario ("the committee", "the RFC", "the acceptance criteria") is only spoken in the
 * scenarios that subject belongs to; each scenario adds lines of its own. Both are content: a
 * scenario's `overrides.<persona>.subjects`, `.phrases` and `.closers` (personas/scenarios/*.yaml).
 * Subjects are matched in the line with the scenario's facts filled in, as word beginnings.
 */

/** Whether `text` (slots filled, lower case) names `subject` at a word start. */
export function namesSubject(text: string, subject: string): boolean {
  let at = text.indexOf(subject);
  while (at >= 0) {
    const before = at === 0 ? " " : text.charAt(at - 1);
    if (!/[a-z0-9]/.test(before)) return true;
    at = text.indexOf(subject, at + 1);
  }
  return false;
}

/**
 * The subjects of this persona's other scenarios (among `scenarios`) that this scenario does not
 * share.
 */
export function foreignSubjects(
  personaId: string,
  scenario: Scenario,
  scenarios: Iterable<Scenario>,
): string[] {
  const own = new Set(scenario.overrides?.[personaId]?.subjects ?? []);
  const out = new Set<string>();
  for (const other of scenarios)
    if (other.id !== scenario.id)
      for (const s of other.overrides?.[personaId]?.subjects ?? []) if (!own.has(s)) out.add(s);
  return [...out];
}

/** Whether a persona line (slots unfilled) may be spoken in this scenario. */
export function fitsScenario(
  line: string,
  foreign: readonly string[],
  facts: Readonly<Record<string, string>>,
): boolean {
  const filled = fillSlots(line, facts);
  // A slot this scenario has no fact for belongs to another scenario.
  if (/\{[a-z_]+\}/.test(filled)) return false;
  const lower = filled.toLowerCase();
  return !foreign.some((s) => namesSubject(lower, s));
}

/**
 * Whether a line (slots filled) speaks of one of `names` as someone not in the room: asks what
 * they said to the manager, or whether the manager has talked to them ("What did Elena say to you
 * about it?", "Has Elena talked to you?", "Elena told you that"). Said with her sitting there, it
 * makes no sense (review 8 #12). Talking about them in the third person is fine ("Elena is
 * brilliant", "I'll talk to Elena one-on-one").
 */
export function speaksOfAbsent(line: string, names: readonly string[]): boolean {
  const text = plainName(line);
  return names.some((name) => {
    if (name === "") return false;
    const n = plainName(name);
    if (!text.includes(n)) return false;
    const said =
      "(?:say|said|tell|told|talk|talked|speak|spoke|spoken|mention|mentioned|complain|complained|write|wrote|ask|asked)";
    return new RegExp(
      `\\b(?:what (?:did|has|have) ${n} ${said}|(?:did|has) ${n} (?:ever |already )?${said}\\b[^.?!]*\\byou\\b|(?:did|have|had) you (?:already |ever )?${said} (?:to |with )?${n}\\b|${n} (?:told|said to|talked to|spoke to|wrote to) you\\b)`,
    ).test(text);
  });
}

function plainName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/**
 * The persona as this scenario plays it: lines naming another scenario's subjects left out, the
 * scenario's own lines added (phrases per intent, fragments). Pure; a bank never ends up empty
 * (a test keeps every bank at four lines or more).
 */
/** Reactions that may set the scene ("I assume this is about the sprint"): the ones to fit. */
const SCENE_SETTING: ReadonlySet<string> = new Set(["greet", "leave"]);

/** The persona's presumptions and the scenario's for them, one list per override (kept, so presumes.ts reads it once). */
const MERGED = new WeakMap<PersonaOverride, NonNullable<Persona["presumes"]>>();
function presumesWith(persona: Persona, voice: PersonaOverride): NonNullable<Persona["presumes"]> {
  let merged = MERGED.get(voice);
  if (!merged) {
    merged = [...(persona.presumes ?? []), ...(voice.presumes ?? [])];
    MERGED.set(voice, merged);
  }
  return merged;
}

export function fitPersona(
  persona: Persona,
  scenario: Scenario,
  facts: Readonly<Record<string, string>>,
  scenarios: Iterable<Scenario>,
  /** First names of the others in the room: a line that speaks of one as absent is left out. */
  present: readonly string[] = [],
): Persona {
  const voice = scenario.overrides?.[persona.id];
  const foreign = foreignSubjects(persona.id, scenario, scenarios);
  const presumes = voice?.presumes ? presumesWith(persona, voice) : persona.presumes;
  if (foreign.length === 0 && !voice?.phrases && present.length === 0)
    return presumes === persona.presumes
      ? persona
      : { ...persona, ...(presumes ? { presumes } : {}) };
  const fits = (l: string) =>
    fitsScenario(l, foreign, facts) &&
    (present.length === 0 || !speaksOfAbsent(fillSlots(l, facts), present));
  const keep = (lines: readonly string[], extra: readonly string[] = []): string[] => {
    const kept = [...lines.filter(fits), ...extra];
    return kept.length > 0 ? kept : [...lines];
  };
  const phrases = Object.fromEntries(
    (Object.keys(persona.phrases) as Intent[]).map((intent) => [
      intent,
      keep(persona.phrases[intent], voice?.phrases?.[intent]),
    ]),
  ) as Persona["phrases"];
  // A topic with no line left is a topic they have nothing to say about here.
  const topicLines = Object.fromEntries(
    Object.entries(persona.topicLines)
      .map(([topic, lines]) => [topic, (lines ?? []).filter(fits)])
      .filter(([, lines]) => (lines ?? []).length > 0),
  ) as Persona["topicLines"];
  // The reactions too: "Okay. I assume this is about the sprint." is Dana's greeting in the sprint
  // scenario, not after an incident.
  const reactions = persona.reactions
    ? (Object.fromEntries(
        Object.entries(persona.reactions).map(([bank, lines]) => [
          bank,
          lines === undefined || !SCENE_SETTING.has(bank) ? lines : keep(lines),
        ]),
      ) as Persona["reactions"])
    : persona.reactions;
  return {
    ...persona,
    ...(presumes ? { presumes } : {}),
    phrases,
    topicLines,
    ...(reactions ? { reactions } : {}),
    fragments: {
      openers: keep(persona.fragments.openers),
      closers: keep(persona.fragments.closers, voice?.closers),
    },
  };
}
