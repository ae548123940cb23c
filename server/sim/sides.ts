import type { Persona } from "../content/persona.schema";

/**
 * A side taken in a mediation: the manager declares one of the two right ("Tomás, Elena is
 * right"), gives one their agreement ("I'm with Elena on this", "I agree with Tomás"), chooses one
 * side's call or design ("Let's just go with Elena's call", "Tomás's design is the better one"), or
 * declares one wrong ("Elena is wrong about the broker"). The one the side was taken against hears
 * their view dismissed, whoever was addressed: the mediation is over for them (newcomer review
 * #17, where such turns got calm technical replies).
 *
 * Not a side: both named or neither ("you're both right", "nobody is wrong here"), a question ("Is
 * Elena right?"), a condition ("if Tomás is right, …"), a view reported ("Tomás thinks Elena is
 * wrong"), "right now/away/here". Read by name, so only where two personas are in the room; the
 * scorecard has its own anti-pattern for the same turn (rubrics/conflict-mediation-opening.yaml).
 */

/** Accents stripped, lower case: "Tomás" and "tomas" are one name. */
function plain(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'");
}

const INTENSIFIER =
  "(?:(?:completely|totally|absolutely|clearly|obviously|just|simply|quite|basically|entirely|probably|100%) )?";
const CHOICE =
  "(?:call|decision|design|approach|plan|proposal|view|way|option|idea|version|rfc|position|recommendation|side|solution)";

const PATTERNS = new Map<string, readonly { re: RegExp; with: boolean }[]>();

/** Patterns for a first name (built once): each says whether the named one is sided with or against. */
function patterns(n: string): readonly { re: RegExp; with: boolean }[] {
  let built = PATTERNS.get(n);
  if (!built) {
    built = build(n);
    PATTERNS.set(n, built);
  }
  return built;
}

function build(n: string): { re: RegExp; with: boolean }[] {
  return [
    // "Elena is right", "Elena's right", "Elena was correct": not "right now", "right here".
    {
      re: new RegExp(
        `\\b${n}(?:'s| is| was) ${INTENSIFIER}(?:right|correct)\\b(?! (?:now|away|here|there|after|before)\\b)`,
      ),
      with: true,
    },
    {
      re: new RegExp(`\\b${n}(?:'s| is| was) ${INTENSIFIER}(?:wrong|mistaken|out of line)\\b`),
      with: false,
    },
    // "I'm with Elena (on this)", "I agree with Tomás", "I side with Elena", "I'm on Elena's side".
    {
      re: new RegExp(
        `\\bi(?:'m| am)(?: (?:totally|completely|fully|honestly|firmly))? (?:with ${n}\\b(?! and)|on ${n}'s side)|\\bi (?:(?:totally|completely|fully|have to|tend to|honestly|personally|really) )?(?:agree|side) with ${n}\\b(?! and)`,
      ),
      with: true,
    },
    // "Let's just go with Elena's call", "we'll back Tomás's proposal", "I'm picking Elena's design".
    {
      re: new RegExp(
        `\\b(?:go|going|stick|sticking|run|roll|side|siding) with ${n}'s? ${CHOICE}\\b|\\b(?:back|backing|pick|picking|take|taking|choose|choosing) ${n}'s? ${CHOICE}\\b`,
      ),
      with: true,
    },
    // "Elena's approach is the better one", "Tomás's design is safer".
    {
      re: new RegExp(
        `\\b${n}'s? ${CHOICE} (?:is|was|'s) ${INTENSIFIER}(?:better|the better|the right (?:one|call)|safer|the safer|simpler|the way to go|the one)\\b`,
      ),
      with: true,
    },
  ];
}

/** Sentences that do not take a side whatever they contain: questions, conditions, reported views. */
const NOT_A_VERDICT =
  /\?\s*$|\b(?:if|whether|unless|maybe|perhaps)\b|\b(?!i\b)[a-z]+ (?:thinks|says|said|feels|felt|believes|believed|argues|argued|claims|claimed)\b|\bboth\b|\b(?:neither|nobody|no one)\b/;

export interface SideTaken {
  with?: string;
  against: string;
}

/**
 * The sides the manager's turn takes, in the room's two personas: for each sentence that declares
 * one of them right or wrong, or chooses one side's call, who it goes against. Empty outside a
 * two-persona scenario.
 */
export function sidesTaken(
  text: string,
  cast: readonly Pick<Persona, "id" | "name">[],
): SideTaken[] {
  if (cast.length !== 2) return [];
  const [a, b] = cast as [Pick<Persona, "id" | "name">, Pick<Persona, "id" | "name">];
  const names = [a, b].map((p) => plain(p.name.split(/\s+/)[0] ?? p.name));
  const out: SideTaken[] = [];
  const all = plain(text);
  if (!names.some((n) => all.includes(n))) return [];
  for (const sentence of all.split(/(?<=[.!?;])\s+/)) {
    if (NOT_A_VERDICT.test(sentence)) continue;
    for (const [i, persona] of [a, b].entries()) {
      const other = i === 0 ? b : a;
      const hit = patterns(names[i] as string).find((p) => p.re.test(sentence));
      if (!hit) continue;
      const side = hit.with ? { with: persona.id, against: other.id } : { against: persona.id };
      if (!out.some((s) => s.against === side.against)) out.push(side);
    }
  }
  // Both declared right in turn ("Elena is right. Tomás is right too.") is no side at all.
  return out.length > 1 && out.every((s) => s.with !== undefined) ? [] : out;
}
