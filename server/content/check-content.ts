import { IdSchema, slotsIn } from "./common.schema";
import type { ContentKind } from "./content";
import type { LintRule } from "./lint-rule.schema";
import type { Pattern } from "./pattern.schema";
import type { Concern, Persona, TopicLines } from "./persona.schema";
import type { PathSegment } from "./problems";
import type { PersonaOverride, Scenario } from "./scenario.schema";

/** A file that passed its schema, with the path it was read from (relative to the content root). */
export interface Entry<T> {
  file: string;
  data: T;
}

export interface Entries {
  personas: Entry<Persona>[];
  scenarios: Entry<Scenario>[];
  patterns: Entry<Pattern>[];
  lintRules: Entry<LintRule>[];
}

/** Ids of files that exist but failed their schema: references to them are not reported again. */
export type BrokenIds = Record<ContentKind, ReadonlySet<string>>;

export interface FileIssue {
  file: string;
  path: PathSegment[];
  message: string;
  /** Words in the field's value the problem is about (a `{slot}`): its line is the one given. */
  words?: string;
}

const VALID_ID = { test: (text: string) => IdSchema.safeParse(text).success };

const NOUN: Record<ContentKind, string> = {
  personas: "persona",
  scenarios: "scenario",
  patterns: "pattern",
  lintRules: "lint rule",
};

/**
 * Checks that span fields or files, run on schema-valid entries: ids match file names and are
 * unique, references resolve, slots are defined, a persona's lines respect its own voice. Pure.
 * Returns the issues and, per kind, the entries kept (the first file wins a duplicate id).
 */
export function checkContent(
  entries: Entries,
  broken: BrokenIds,
): { issues: FileIssue[]; kept: Entries } {
  const issues: FileIssue[] = [];
  const kept: Entries = {
    personas: uniqueById("personas", entries.personas, issues),
    scenarios: uniqueById("scenarios", entries.scenarios, issues),
    patterns: uniqueById("patterns", entries.patterns, issues),
    lintRules: uniqueById("lintRules", entries.lintRules, issues),
  };
  const personas = new Map(kept.personas.map((e) => [e.data.id, e]));
  const patternIds = new Set(kept.patterns.map((e) => e.data.id));
  for (const entry of kept.personas) issues.push(...checkPersona(entry));
  for (const entry of kept.scenarios)
    issues.push(...checkScenario(entry, personas, patternIds, broken));
  for (const entry of kept.patterns) issues.push(...checkPattern(entry));
  const lintRules = new Map(kept.lintRules.map((e) => [e.data.id, e.data]));
  for (const entry of kept.lintRules) issues.push(...checkLintRule(entry, lintRules, broken));
  return { issues, kept };
}

function uniqueById<T extends { id: string }>(
  kind: ContentKind,
  entries: Entry<T>[],
  issues: FileIssue[],
): Entry<T>[] {
  const stemOf = (entry: Entry<T>) => baseName(entry.file).replace(/\.(ya?ml|json)$/i, "");
  // Of two files with one id, the one named after it is the original, whatever the sort order:
  // "dana-2.yaml" (a copy) sorts before "dana.yaml" but is the one to blame.
  const ordered = [...entries].sort(
    (a, b) => Number(stemOf(a) !== a.data.id) - Number(stemOf(b) !== b.data.id),
  );
  const byId = new Map<string, Entry<T>>();
  for (const entry of ordered) {
    const id = entry.data.id;
    const stem = stemOf(entry);
    const ext = entry.file.slice(entry.file.lastIndexOf("."));
    if (stem !== id) {
      // A file name that is not a valid id ("On-Call.yaml") cannot become the id.
      const fix = VALID_ID.test(stem)
        ? `rename the file to ${id}${ext} or set id: ${stem}`
        : `rename the file to ${id}${ext} (file names are ids: lowercase letters, digits and dashes)`;
      issues.push({
        file: entry.file,
        path: ["id"],
        message: `id "${id}" does not match the file name "${baseName(entry.file)}": ${fix}`,
      });
    }
    const first = byId.get(id);
    if (first) {
      issues.push({
        file: entry.file,
        path: ["id"],
        message: `duplicate ${NOUN[kind]} id "${id}": ${first.file} already uses it`,
      });
    } else {
      byId.set(id, entry);
    }
  }
  return [...byId.values()];
}

/** The lint rules a rule names in `trigger.rules` and `trigger.deferTo`. */
const namedRules = (rule: LintRule): readonly string[] => [
  ...(rule.trigger.rules ?? []),
  ...(rule.trigger.deferTo ?? []),
];

/** Whether following `rules` and `deferTo` from rule `from` leads to rule `to`. */
function leadsTo(from: string, to: string, rules: ReadonlyMap<string, LintRule>): boolean {
  const seen = new Set<string>();
  const stack = [from];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    const rule = rules.get(id);
    if (rule) stack.push(...namedRules(rule));
  }
  return false;
}

/**
 * A rule's `trigger.rules` and `trigger.deferTo` name other lint rules that exist and do not lead
 * back to it (a rule runs after the rules it names, so they cannot name each other in a loop).
 */
function checkLintRule(
  entry: Entry<LintRule>,
  rules: ReadonlyMap<string, LintRule>,
  broken: BrokenIds,
): FileIssue[] {
  const issues: FileIssue[] = [];
  for (const field of ["rules", "deferTo"] as const) {
    (entry.data.trigger[field] ?? []).forEach((id, i) => {
      const path: PathSegment[] = ["trigger", field, i];
      const rule = rules.get(id);
      if (!rule) {
        if (!broken.lintRules.has(id))
          issues.push({ file: entry.file, path, message: `unknown lint rule "${id}"` });
      } else if (leadsTo(id, entry.data.id, rules)) {
        issues.push({
          file: entry.file,
          path,
          message:
            id === entry.data.id
              ? "a lint rule cannot name itself"
              : `lint rule "${id}" leads back to this rule through trigger.rules or trigger.deferTo; a rule runs after the rules it names, so they cannot form a loop`,
        });
      }
    });
  }
  return issues;
}

const baseName = (file: string) => file.slice(file.lastIndexOf("/") + 1);

interface Line {
  path: PathSegment[];
  text: string;
}

function topicLineList(topicLines: TopicLines, base: PathSegment[]): Line[] {
  return Object.entries(topicLines).flatMap(([topic, lines]) =>
    (lines ?? []).map((text, i) => ({ path: [...base, topic, i], text })),
  );
}

function concernLines(concerns: readonly Concern[], base: PathSegment[]): Line[] {
  return concerns.flatMap((c, i) =>
    c.revealLines.map((text, j) => ({ path: [...base, i, "revealLines", j], text })),
  );
}

/** Every line a persona can say, with the field path it sits at. */
function personaLines(p: Persona): Line[] {
  return [
    ...Object.entries(p.phrases).flatMap(([intent, lines]) =>
      lines.map((text, i) => ({ path: ["phrases", intent, i], text })),
    ),
    ...topicLineList(p.topicLines, ["topicLines"]),
    ...concernLines(p.concerns, ["concerns"]),
    ...p.fragments.openers.map((text, i) => ({ path: ["fragments", "openers", i], text })),
    ...p.fragments.closers.map((text, i) => ({ path: ["fragments", "closers", i], text })),
  ];
}

/** The persona's reactions (corrections, answers to proposals, greetings …) as lines. */
function reactionLines(p: Persona): Line[] {
  return Object.entries(p.reactions ?? {}).flatMap(([bank, lines]) =>
    (lines ?? []).map((text, i) => ({ path: ["reactions", bank, i], text })),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function neverSaysIssues(file: string, persona: Persona, lines: readonly Line[]): FileIssue[] {
  const banned = persona.voice.neverSays.map((phrase) => ({
    phrase,
    re: new RegExp(`(?<![\\w])${escapeRegExp(phrase)}(?![\\w])`, "i"),
  }));
  return lines.flatMap((line) =>
    banned
      .filter((b) => b.re.test(line.text))
      .map((b) => ({
        file,
        path: line.path,
        message: `says "${b.phrase}", which ${persona.id}'s voice.neverSays rules out`,
      })),
  );
}

function duplicateIds(
  file: string,
  items: readonly { id: string }[],
  base: PathSegment[],
  noun: string,
): FileIssue[] {
  const seen = new Map<string, number>();
  const issues: FileIssue[] = [];
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else
      issues.push({
        file,
        path: [...base, i, "id"],
        message: `duplicate ${noun} id "${item.id}": ${[...base, first].join(".")} already uses it`,
      });
  });
  return issues;
}

function checkPersona({ file, data }: Entry<Persona>): FileIssue[] {
  return [
    ...duplicateIds(file, data.concerns, ["concerns"], "concern"),
    ...neverSaysIssues(file, data, personaLines(data)),
    ...presumesIssues(file, data),
  ];
}

/** `presumes` names lines of the persona's own, word for word, and concerns it has. */
function presumesIssues(file: string, p: Persona): FileIssue[] {
  const own = new Set([...personaLines(p), ...reactionLines(p)].map((l) => l.text.trim()));
  const concerns = new Set(p.concerns.map((c) => c.id));
  const issues: FileIssue[] = [];
  (p.presumes ?? []).forEach((entry, i) => {
    entry.lines.forEach((line, j) => {
      if (!own.has(line.trim()))
        issues.push({
          file,
          path: ["presumes", i, "lines", j],
          message: `is not one of ${p.id}'s lines (copy it word for word from its bank)`,
        });
    });
    (entry.after.revealed ?? []).forEach((id, j) => {
      if (!concerns.has(id))
        issues.push({
          file,
          path: ["presumes", i, "after", "revealed", j],
          message: `"${id}" is not one of ${p.id}'s concerns`,
        });
    });
  });
  return issues;
}

function checkScenario(
  { file, data: s }: Entry<Scenario>,
  personas: ReadonlyMap<string, Entry<Persona>>,
  patternIds: ReadonlySet<string>,
  broken: BrokenIds,
): FileIssue[] {
  const issues: FileIssue[] = [];
  const add = (path: PathSegment[], message: string, words?: string) =>
    issues.push({ file, path, message, ...(words === undefined ? {} : { words }) });
  const hidden = s.hiddenFacts ?? {};
  const known = (slot: string) => slot in s.facts || slot in hidden;

  s.personas.forEach((id, i) => {
    if (!personas.has(id) && !broken.personas.has(id))
      add(["personas", i], `unknown persona "${id}": no file in personas/ has this id`);
    if (s.personas.indexOf(id) !== i) add(["personas", i], `persona "${id}" is listed twice`);
  });
  s.patterns.forEach((id, i) => {
    if (!patternIds.has(id) && !broken.patterns.has(id))
      add(["patterns", i], `unknown pattern "${id}": no file in rubrics/ has this id`);
  });
  for (const field of ["situation", "goal"] as const) {
    for (const slot of slotsIn(s[field])) {
      if (slot in s.facts) continue;
      add(
        [field],
        slot in hidden
          ? `slot {${slot}} is a hidden fact; the briefing may only use facts`
          : `slot {${slot}} is not defined in facts`,
        `{${slot}}`,
      );
    }
  }
  for (const slot of Object.keys(hidden)) {
    if (slot in s.facts)
      add(["hiddenFacts", slot], `slot ${slot} is defined in both facts and hiddenFacts`);
  }
  for (const id of Object.keys(s.overrides ?? {})) {
    if (!s.personas.includes(id))
      add(["overrides", id], `"${id}" is not one of this scenario's personas`);
  }

  const concernIds = new Set<string>();
  for (const id of s.personas) {
    const entry = personas.get(id);
    if (!entry) continue;
    const persona = entry.data;
    const override = s.overrides?.[id];
    const base: PathSegment[] = ["overrides", id];
    const concerns = override?.concerns ?? persona.concerns;
    for (const c of concerns) concernIds.add(c.id);
    if (override?.concerns) {
      issues.push(...duplicateIds(file, override.concerns, [...base, "concerns"], "concern"));
    }
    const overrideLines: Line[] = [
      ...concernLines(override?.concerns ?? [], [...base, "concerns"]),
      ...topicLineList(override?.topicLines ?? {}, [...base, "topicLines"]),
      ...Object.entries(override?.phrases ?? {}).flatMap(([intent, lines]) =>
        (lines ?? []).map((text, i) => ({ path: [...base, "phrases", intent, i], text })),
      ),
      ...(override?.closers ?? []).map((text, i) => ({ path: [...base, "closers", i], text })),
    ];
    issues.push(...neverSaysIssues(file, persona, overrideLines));
    if (override?.presumes) {
      const own = new Set(
        [...personaLines(persona), ...reactionLines(persona), ...overrideLines].map((l) =>
          l.text.trim(),
        ),
      );
      const ids = new Set(concerns.map((c) => c.id));
      override.presumes.forEach((entry, i) => {
        entry.lines.forEach((line, j) => {
          if (!own.has(line.trim()))
            add(
              [...base, "presumes", i, "lines", j],
              `is not one of ${id}'s lines in this scenario (copy it word for word)`,
            );
        });
        (entry.after.revealed ?? []).forEach((c, j) => {
          if (!ids.has(c))
            add(
              [...base, "presumes", i, "after", "revealed", j],
              `"${c}" is not one of ${id}'s concerns in this scenario`,
            );
        });
      });
    }
    const reported = new Set<string>();
    const publicLines: Line[] = [
      { path: ["publicFace", "summary"], text: persona.publicFace.summary },
      ...persona.publicFace.knownFacts.map((text, i) => ({
        path: ["publicFace", "knownFacts", i],
        text,
      })),
    ];
    for (const line of publicLines) {
      for (const slot of slotsIn(line.text)) {
        if (slot in s.facts || reported.has(slot)) continue;
        reported.add(slot);
        const why = slot in hidden ? "is a hidden fact, but" : "is not defined in facts;";
        add(
          ["facts"],
          `slot {${slot}} ${why} ${entry.file} shows it in the briefing at ${line.path.join(".")}`,
        );
      }
    }
    for (const line of personaLines(persona)) {
      if (isOverridden(line.path, override)) continue;
      for (const slot of slotsIn(line.text)) {
        if (known(slot) || reported.has(slot)) continue;
        reported.add(slot);
        add(
          ["facts"],
          `slot {${slot}} is not defined in facts or hiddenFacts (${entry.file} uses it at ${line.path.join(".")})`,
        );
      }
    }
    for (const line of overrideLines) {
      for (const slot of slotsIn(line.text)) {
        if (!known(slot))
          add(line.path, `slot {${slot}} is not defined in facts or hiddenFacts`, `{${slot}}`);
      }
    }
    // "{project} is in the state it's in…" with project "the shared service libraries": a line
    // that only reads right with a singular fact (review 6 #10).
    const ownLines = [
      ...personaLines(persona).filter((l) => !isOverridden(l.path, override)),
      ...reactionLines(persona),
    ];
    for (const line of ownLines) {
      for (const message of agreementIssues(line.text, s, file, concerns))
        issues.push({ file: entry.file, path: line.path, message });
    }
    for (const line of overrideLines) {
      for (const message of agreementIssues(line.text, s, undefined, concerns))
        add(line.path, message);
    }
  }
  for (const field of ["situation", "goal"] as const) {
    for (const message of agreementIssues(s[field], s)) add([field], message);
  }
  // With a persona whose file is broken or missing, its concerns are unknown: that file's own
  // problem is the one to report, not a concern this scenario names correctly.
  if (!s.personas.every((id) => personas.has(id))) return issues;
  (s.successCriteria.mustReveal ?? []).forEach((id, i) => {
    if (!concernIds.has(id)) {
      add(
        ["successCriteria", "mustReveal", i],
        `unknown concern "${id}": none of this scenario's personas has it`,
      );
    }
  });
  if (s.successCriteria.concernsRevealed > concernIds.size && concernIds.size > 0) {
    add(
      ["successCriteria", "concernsRevealed"],
      `asks for ${s.successCriteria.concernsRevealed} concerns but this scenario's personas have ${concernIds.size}`,
    );
  }
  return issues;
}

/** A persona line replaced by the scenario's override is not the scenario's to fill. */
/** A verb that agrees with a singular subject only, right after a `{slot}`. */
const SINGULAR_VERB = /\{([a-z][a-z0-9_]*)\}\s+(is|was|has|does|isn't|wasn't|hasn't|doesn't)\b/g;
/** Plural nouns that do not end in "s". */
const PLURAL_WORDS: ReadonlySet<string> = new Set(["people", "children", "men", "women", "folks"]);

/**
 * Whether a fact reads as plural: its head noun (the last word before a preposition: "the payouts
 * outage on 12 May" → "outage") ends in a plural "s" ("the shared service libraries", "about 40% of
 * all pull requests"), is a plural word, or it joins names with "and" ("Aisha, Leo and Marta");
 * not a gerund's phrase ("moving order events onto Kafka").
 * A heuristic: "nine times last month" passes, and a line should not lean on it.
 */
export function looksPlural(value: string): boolean {
  const head =
    value.split(/\s+(?:on|in|at|from|with|onto|to|for|since|by|over|under)\s+/i)[0] ?? "";
  // "moving order events onto Kafka": a gerund's phrase is one thing.
  if (/^[a-z]+ing\s/i.test(head.trim())) return false;
  if (/\s(?:and|&)\s/i.test(head)) return true;
  const last = (head.trim().split(/\s+/).at(-1) ?? "").toLowerCase().replace(/[^a-z'-]/g, "");
  if (PLURAL_WORDS.has(last)) return true;
  return last.length > 3 && last.endsWith("s") && !/(?:ss|us|is|ics|'s|news|series)$/.test(last);
}

/**
 * "{project} is" where the scenario's `project` reads as plural, and "{concern} is" where a concern's
 * `mention` (what fills `{concern}` in an `unheard` or `parked` line) does: one message per such use.
 */
function agreementIssues(
  text: string,
  s: Scenario,
  where?: string,
  concerns: readonly { id: string; mention?: string | undefined }[] = [],
): string[] {
  const out: string[] = [];
  const inWhere = where ? ` in ${where}` : "";
  for (const m of text.matchAll(SINGULAR_VERB)) {
    const [, slot = "", verb = ""] = m;
    if (slot === "concern") {
      for (const c of concerns) {
        if (c.mention === undefined || !looksPlural(c.mention)) continue;
        out.push(
          `"{concern} ${verb}" reads "${c.mention} ${verb}" (concern ${c.id})${inWhere}: the mention is plural; word the line so the verb does not depend on it (or make the mention singular)`,
        );
      }
      continue;
    }
    const value = s.facts[slot] ?? s.hiddenFacts?.[slot];
    if (value === undefined || !looksPlural(value)) continue;
    out.push(
      `"{${slot}} ${verb}" reads "${value} ${verb}"${inWhere}: the fact is plural; word the line so the verb does not depend on it (or make the fact singular)`,
    );
  }
  return out;
}

function isOverridden(
  path: readonly PathSegment[],
  override: PersonaOverride | undefined,
): boolean {
  if (!override) return false;
  if (path[0] === "concerns") return override.concerns !== undefined;
  if (path[0] === "topicLines")
    return override.topicLines?.[path[1] as keyof TopicLines] !== undefined;
  return false;
}

function checkPattern({ file, data: p }: Entry<Pattern>): FileIssue[] {
  const issues = [
    ...duplicateIds(file, p.steps, ["steps"], "step"),
    ...duplicateIds(file, p.antiPatterns, ["antiPatterns"], "anti-pattern"),
  ];
  p.steps.forEach((step, i) => {
    const earlier = new Set(p.steps.slice(0, i).map((s) => s.id));
    (step.mustFollow ?? []).forEach((id, j) => {
      if (!earlier.has(id)) {
        issues.push({
          file,
          path: ["steps", i, "mustFollow", j],
          message: `"${id}" is not an earlier step of this pattern`,
        });
      }
    });
  });
  return issues;
}
