import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  OpeningFilter,
  openingStrings,
  opensAtMatchStart,
  readableBranches,
  splitByStart,
} from "./prefilter";
import { REFLECTION_MARKERS, SENTENCE_RULES, SPECIFIC_ANCHOR, TIME_OR_COUNT_ANCHOR } from "./rules";
import { SANDWICH_WORDS } from "./sandwich";
import { normaliseText, splitSentences } from "./segment";

const sorted = (list: readonly string[] | null) => (list === null ? null : [...list].sort());

describe("openingStrings", () => {
  it("spells the first characters of each alternative, up to ten", () => {
    expect(sorted(openingStrings(/\b(?:you should|i'd|let's)(?!\w)/))).toEqual([
      "i'd",
      "let's",
      "you should",
    ]);
    // Ten, not eight: "nobody c" and "i don't " would pass every "nobody cares", "i don't know".
    expect(sorted(openingStrings(/\b(?:nobody challenged|i don't recommend)/))).toEqual([
      "i don't re",
      "nobody cha",
    ]);
  });

  it("expands small classes and optional parts", () => {
    expect(sorted(openingStrings(/\bsummari[sz]e/))).toEqual(["summarise", "summarize"]);
    expect(sorted(openingStrings(/\bthanks?\b/))).toEqual(["thank"]);
  });

  it("leaves out a leading part that ends on a space when the rest starts a word", () => {
    // A match of the whole is a match of "policy is" at a later word boundary.
    expect(sorted(openingStrings(/\b(?:the |our )?(?:\w+ )?policy is/))).toEqual(["policy is"]);
  });

  it("stops at a character that could be anything", () => {
    expect(sorted(openingStrings(/\bwhen you \w+ed/))).toEqual(["when you "]);
    expect(sorted(openingStrings(/\bso .{0,9}done/))).toEqual(["so "]);
  });

  it("gives up (null: always run) on what it cannot bound", () => {
    expect(openingStrings(/you should/)).toBeNull(); // no leading \b: may match inside a word
    expect(openingStrings(/\b[^x]yz/)).toBeNull();
    expect(openingStrings(/\b\w+ing/)).toBeNull();
    expect(openingStrings(/\byou should/i)).toBeNull();
  });
});

/** Lower-cased sentences from every text in the repository that reads like a manager turn. */
function sampleSentences(): string[] {
  const root = join(import.meta.dirname, "..", "..");
  const texts: string[] = [];
  const personas = join(root, "eval", "personas");
  for (const f of readdirSync(personas)) texts.push(readFileSync(join(personas, f), "utf8"));
  const rubrics = join(root, "rubrics");
  for (const f of readdirSync(rubrics)) {
    if (f.endsWith(".yaml")) texts.push(readFileSync(join(rubrics, f), "utf8"));
  }
  texts.push(readFileSync(join(import.meta.dirname, "detect-moves.test.ts"), "utf8"));
  const out: string[] = [];
  for (const text of texts) {
    for (const line of text.split("\n")) {
      for (const s of splitSentences(normaliseText(line))) out.push(s.lower);
    }
  }
  return out;
}

/** One filter holds at most 31 regexes (a bit each), so the rules are checked in groups of 31. */
const GROUP = 31;

describe("splitByStart", () => {
  it("starts every branch it can where its openings are read, and keeps the others apart", () => {
    const re =
      /\b(?:you should|(?:the |our )?team lead|h(?:ow|ave you)|(?:(?:the )?boss|manager))(?!\w)|\b\d+%/;
    expect(opensAtMatchStart(/\byou should(?!\w)/)).toBe(true);
    expect(opensAtMatchStart(/\b(?:the |our )?team lead(?!\w)/)).toBe(false);
    const split = splitByStart(re);
    expect(split?.exact.map((x) => x.source)).toEqual([
      "\\byou should(?!\\w)|\\bteam lead(?<=\\b(?:the |our )?team lead)(?!\\w)|\\bh(?:ow|ave you)(?!\\w)|\\b\\d+%",
    ]);
    expect(split?.exact[0]?.sticky).toBe(true);
    // A branch cut inside a group of its own is not rewritten: it is tried on the whole sentence.
    expect(split?.rest?.source).toBe("\\b(?:(?:the )?boss|manager)(?!\\w)");
    expect(splitByStart(/^you should/)).toBeNull();
  });

  it("keeps each sticky regex under the size V8 optimises", () => {
    const words = Array.from({ length: 3000 }, (_, i) => `word${i} ${"x".repeat(i % 7)}`);
    const split = splitByStart(new RegExp(`\\b(?:${words.join("|")})(?!\\w)`));
    expect(split?.exact.length).toBeGreaterThan(1);
    for (const x of split?.exact ?? []) expect(x.source.length).toBeLessThanOrEqual(18_000);
  });

  it("rewrites a branch read past its leading part without changing what it finds", () => {
    const whole = /\b(?:(?:the |our )?team lead|(?:\w+ )?because of you)(?!\w)/;
    const split = splitByStart(whole);
    expect(split?.rest).toBeNull();
    const lines = [
      "ask the team lead",
      "our team lead said",
      "team leads",
      "steam lead",
      "it was because of you",
      "because of your note",
      "mostly because of you.",
    ];
    for (const line of lines) {
      const found = (split?.exact ?? []).some((x) =>
        Array.from({ length: line.length }, (_, at) => at).some((at) => {
          x.lastIndex = at;
          return x.test(line);
        }),
      );
      expect(found, line).toBe(whole.test(line));
    }
  });
});

describe("OpeningFilter", () => {
  const regexes = [
    ...SENTENCE_RULES.map((r) => r.pattern),
    REFLECTION_MARKERS,
    SPECIFIC_ANCHOR,
    TIME_OR_COUNT_ANCHOR,
    ...SANDWICH_WORDS,
    ...SENTENCE_RULES.flatMap((r) => [r.requires, r.unless]).filter(
      (re): re is RegExp => re !== undefined,
    ),
  ];
  const groups: RegExp[][] = [];
  for (let i = 0; i < regexes.length; i += GROUP) groups.push(regexes.slice(i, i + GROUP));
  const filters = groups.map((g) => new OpeningFilter(g));
  const sentences = sampleSentences();

  it("never rules out a regex that matches (every rule, every sample sentence)", () => {
    expect(sentences.length).toBeGreaterThan(1000);
    const missed: string[] = [];
    for (const s of sentences) {
      groups.forEach((group, g) => {
        const bits = (filters[g] as OpeningFilter).scan(s);
        group.forEach((re, bit) => {
          if (re.test(s) && (bits & (1 << bit)) === 0) missed.push(`${g * GROUP + bit}: ${s}`);
        });
      });
    }
    expect(missed).toEqual([]);
  });

  it("never rules out a sandwich word that matches a clause of the sentence", () => {
    const f = new OpeningFilter(SANDWICH_WORDS);
    const missed: string[] = [];
    for (const s of sentences) {
      const bits = f.scan(s);
      for (const clause of s.split(/[,;:\u2014\u2013]|\s-\s|\b(?:but|however|though)\b/)) {
        SANDWICH_WORDS.forEach((re, bit) => {
          if (re.test(clause) && (bits & (1 << bit)) === 0) missed.push(`${bit}: ${clause}`);
        });
      }
    }
    expect(missed).toEqual([]);
  });

  it("never rules out a match inside a sentence, after punctuation or at its end", () => {
    const f = new OpeningFilter([/\b(?:you should|, and they didn't)(?!\w)/, /\bmaybe\b/]);
    expect(f.scan("honestly you should")).toBe(0b01);
    expect(f.scan("it broke, and they didn't say")).toBe(0b01);
    expect(f.scan("(maybe)")).toBe(0b10);
    expect(f.scan("you shoulder it")).toBe(0b01); // a "maybe": the regex then says no
    expect(f.scan("nobody said so")).toBe(0);
  });

  it("has room in detect-moves' filter for every rule, so none runs unfiltered", () => {
    // Low word: REFLECTION_MARKERS and rules 0–29. High word (31 bits): the sandwich's three
    // words, the readable requires/unless regexes, then the rules past the 30th.
    const aux = new Set(
      SENTENCE_RULES.flatMap((r) => [r.requires, r.unless]).filter(
        (re): re is RegExp => re !== undefined && openingStrings(re) !== null,
      ),
    );
    expect(Math.max(0, SENTENCE_RULES.length - 30)).toBeLessThanOrEqual(31 - 3 - aux.size);
  });

  it("finds openings of one and two characters (read from dense tables, not hashed)", () => {
    const f = new OpeningFilter([/\b(?:x|yz)\b/, /\b(?:q|qu)\b/, /\bquiet\b/]);
    expect(f.scan("a x b")).toBe(0b001);
    expect(f.scan("the yz.")).toBe(0b001);
    expect(f.scan("yz")).toBe(0b001);
    expect(f.scan("q")).toBe(0b010);
    expect(f.scan("so quiet")).toBe(0b110);
    expect(f.scan("a xy")).toBe(0b001); // "x" opens it; the regex then says no
    expect(f.scan("ab yy")).toBe(0);
  });

  it("reads two words of bits in one scan (regexes 31-61 in high)", () => {
    const regexes = Array.from({ length: 40 }, (_, i) => new RegExp(`\\bword${i}x\\b`));
    const f = new OpeningFilter(regexes);
    expect(f.scan("a word3x here")).toBe(1 << 3);
    expect(f.high).toBe(0);
    expect(f.scan("then word35x and word31x")).toBe(0);
    expect(f.high).toBe((1 << 4) | (1 << 0));
    expect(() => new OpeningFilter([...regexes, ...regexes])).toThrow(/at most 62/);
  });

  it("records where openings begin: each boundary with an opening, and whose", () => {
    const f = new OpeningFilter([/\b(?:you should|, and)(?!\w)/, /\bmaybe\b/]);
    expect(f.scan("maybe you should, and you should")).toBe(0b11);
    expect(f.hits).toBe(4);
    expect([...f.hitAt.slice(0, 4)]).toEqual([0, 6, 16, 22]);
    expect([...f.hitLow.slice(0, 4)]).toEqual([0b10, 0b01, 0b01, 0b01]);
    expect(f.scan("nothing here")).toBe(0);
    expect(f.hits).toBe(0);
    // More boundaries with openings than are kept: none are, and the caller tests the whole.
    f.scan("maybe ".repeat(300));
    expect(f.hits).toBe(-1);
  });

  it("a regex split by where its matches start matches exactly where the whole one does", () => {
    const differ: string[] = [];
    let tried = 0;
    groups.forEach((group, g) => {
      const f = filters[g] as OpeningFilter;
      const splits = group.map((re, bit) => (f.readsOpenings(bit) ? splitByStart(re) : null));
      for (const s of sentences) {
        f.scan(s);
        group.forEach((re, bit) => {
          const split = splits[bit];
          if (!split || f.hits < 0) return;
          let found = false;
          for (let k = 0; k < f.hits && !found; k++) {
            if (((f.hitLow[k] as number) & (1 << bit)) === 0) continue;
            for (const exact of split.exact) {
              exact.lastIndex = f.hitAt[k] as number;
              found ||= exact.test(s);
            }
          }
          if (!found && split.rest) found = split.rest.test(s);
          tried++;
          if (found !== re.test(s)) differ.push(`${g * GROUP + bit}: ${s}`);
        });
      }
    });
    expect(tried).toBeGreaterThan(10_000);
    expect(differ).toEqual([]);
  });

  it("reads the exact branches of a regex it cannot read whole; with `rest` it matches as the whole", () => {
    // A regex with a branch that may start on any word ("\\w+ed") has no openings: it ran whole on
    // every sentence. Its exact branches are read, and `rest` runs everywhere.
    const toy = /\b(?:you should|\w+ed it again)(?!\w)/;
    expect(openingStrings(toy)).toBeNull();
    const part = readableBranches(toy, splitByStart(toy));
    expect(part === null ? null : openingStrings(part)).toEqual(["you should"]);
    expect(
      readableBranches(/\b(?:you should|let's)/, splitByStart(/\b(?:you should|let's)/)),
    ).toBeNull();
    const partly = regexes.filter((re) => readableBranches(re, splitByStart(re)) !== null);
    // The threats, dismissals, labels and vague feedback among the judging rules, at least.
    expect(partly.length).toBeGreaterThanOrEqual(4);
    // No rule that opens on a word runs whole on every sentence: the filter reads all or part of it.
    const unread = SENTENCE_RULES.map((r) => r.pattern).filter(
      (re) =>
        re.source.startsWith("\\b") &&
        openingStrings(re) === null &&
        readableBranches(re, splitByStart(re)) === null,
    );
    expect(unread.map((re) => re.source.slice(0, 40))).toEqual([]);
    const differ: string[] = [];
    let hits = 0;
    for (const re of partly) {
      const split = splitByStart(re);
      const f = new OpeningFilter([readableBranches(re, split) as RegExp]);
      for (const s of sentences) {
        f.scan(s);
        if (f.hits < 0) continue;
        let found = false;
        for (let k = 0; k < f.hits && !found; k++) {
          for (const exact of split?.exact ?? []) {
            exact.lastIndex = f.hitAt[k] as number;
            found ||= exact.test(s);
          }
        }
        if (found) hits++;
        if (!found && split?.rest) found = split.rest.test(s);
        if (found !== re.test(s)) differ.push(`${re.source.slice(0, 30)}: ${s}`);
      }
    }
    expect(hits).toBeGreaterThan(0);
    expect(differ).toEqual([]);
  });

  it("rules out most regexes on most sentences", () => {
    let passed = 0;
    for (const s of sentences) {
      groups.forEach((group, g) => {
        const bits = (filters[g] as OpeningFilter).scan(s);
        for (let bit = 0; bit < group.length; bit++) if (bits & (1 << bit)) passed++;
      });
    }
    // Most rules match a few percent of sentences; without the filter every regex runs.
    expect(passed / (sentences.length * regexes.length)).toBeLessThan(0.3);
  });
});
