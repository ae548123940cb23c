/**
 * A cheap necessary condition for a rule's regex, so most rules never run on a sentence that
 * cannot match them. Detection spends most of its time in the rules' regexes, and most rules match
 * few sentences.
 *
 * A regex whose source starts with `\b` can only match at a word boundary. From its source we
 * spell out the first characters (up to LIMIT) that a match can start with: its openings ("you should",
 * "you ought ", "i wonder", "let's"). A sentence is hashed once at each word boundary; a regex none
 * of whose openings occurs there cannot match, so it is not run. The filter only ever answers
 * "maybe" or "no": detection gives exactly the same moves with or without it.
 *
 * The analysis reads the regex syntax the rules use (literals, escapes, classes, groups,
 * lookarounds, quantifiers, alternation). Lookarounds and anchors are read as matching nothing,
 * which can only add openings. Anything else makes the regex run on every sentence.
 */

/** Character codes are folded to 0–127; every non-ASCII character shares 127. */
const CODES = 128;
const OTHER = 127;

function fold(code: number): number {
  return Math.min(code, OTHER);
}

function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95
  );
}

/** A set of folded character codes, or every character. */
type CharSet = ReadonlySet<number> | "any";

type Node =
  | { readonly kind: "char"; readonly set: CharSet }
  | {
      readonly kind: "seq";
      readonly items: readonly Node[];
      /** Where each item ends in the source (splitByStart rewrites a branch at a cut). */
      readonly ends?: readonly number[];
    }
  | { readonly kind: "alt"; readonly options: readonly Node[] }
  | { readonly kind: "repeat"; readonly node: Node; readonly min: number; readonly max: number }
  | { readonly kind: "lit"; readonly text: string }
  | { readonly kind: "empty" };

class Unsupported extends Error {}

const EMPTY: Node = { kind: "empty" };
const DIGITS: ReadonlySet<number> = new Set(Array.from({ length: 10 }, (_, i) => 48 + i));
const SPACES: ReadonlySet<number> = new Set([32, 9, 10, 11, 12, 13, OTHER]);

const SINGLES: readonly ReadonlySet<number>[] = Array.from(
  { length: CODES },
  (_, c) => new Set([c]),
);

function single(code: number): CharSet {
  return SINGLES[fold(code)] as ReadonlySet<number>;
}

/**
 * Runs of single characters become one literal, so "perspective" is one node, not eleven. `ends`
 * (where each item ends in the source) is merged alike.
 */
function mergeLiterals(
  items: readonly Node[],
  ends: readonly number[],
): { items: Node[]; ends: number[] } {
  const out: Node[] = [];
  const outEnds: number[] = [];
  let text = "";
  let textEnd = 0;
  const flush = () => {
    if (text !== "") {
      out.push({ kind: "lit", text });
      outEnds.push(textEnd);
    }
    text = "";
  };
  items.forEach((item, k) => {
    if (item.kind === "char" && item.set !== "any" && item.set.size === 1) {
      text += String.fromCharCode([...item.set][0] as number);
      textEnd = ends[k] as number;
    } else {
      flush();
      out.push(item);
      outEnds.push(ends[k] as number);
    }
  });
  flush();
  return { items: out, ends: outEnds };
}

const BRACE = /\{(\d+)(,(\d*))?\}/y;

/** Recursive-descent parser for the subset of JavaScript regex syntax the rules use. */
class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.src.length) throw new Unsupported(`unexpected ${this.src[this.i]}`);
    return node;
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.peek() === "|") {
      this.i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? (options[0] as Node) : { kind: "alt", options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    const ends: number[] = [];
    for (let c = this.peek(); c !== undefined && c !== "|" && c !== ")"; c = this.peek()) {
      items.push(this.quantified(this.atom()));
      ends.push(this.i);
    }
    const merged = mergeLiterals(items, ends);
    return { kind: "seq", items: merged.items, ends: merged.ends };
  }

  private quantified(node: Node): Node {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === "?") [min, max] = [0, 1];
    else if (c === "*") [min, max] = [0, Number.POSITIVE_INFINITY];
    else if (c === "+") [min, max] = [1, Number.POSITIVE_INFINITY];
    else if (c === "{") {
      BRACE.lastIndex = this.i;
      const m = BRACE.exec(this.src);
      if (!m) throw new Unsupported("brace");
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Number.POSITIVE_INFINITY : Number(m[3]);
      this.i += m[0].length - 1;
    } else return node;
    this.i++;
    if (this.peek() === "?") this.i++; // lazy: same language
    return this.quantified({ kind: "repeat", node, min, max });
  }

  private atom(): Node {
    const c = this.src[this.i++] as string;
    if (c === "(") {
      if (this.src.startsWith("?:", this.i)) {
        this.i += 2;
      } else if (this.startsLookaround()) {
        // A lookaround consumes nothing; parse it for its length and ignore it.
        this.i += this.src[this.i + 1] === "<" ? 3 : 2;
        this.alternation();
        this.expect(")");
        return EMPTY;
      } else if (this.peek() === "?") {
        throw new Unsupported("named group");
      }
      const inner = this.alternation();
      this.expect(")");
      return inner;
    }
    if (c === "^" || c === "$") return EMPTY;
    if (c === ".") return { kind: "char", set: "any" };
    if (c === "[") return { kind: "char", set: this.charClass() };
    if (c === "\\") return this.escape();
    return { kind: "char", set: single(c.charCodeAt(0)) };
  }

  /** At "?=", "?!", "?<=" or "?<!" after an opening parenthesis. */
  private startsLookaround(): boolean {
    const src = this.src;
    let j = this.i;
    if (src[j] !== "?") return false;
    j++;
    if (src[j] === "<") j++;
    return src[j] === "=" || src[j] === "!";
  }

  private expect(ch: string): void {
    if (this.src[this.i] !== ch) throw new Unsupported(`expected ${ch}`);
    this.i++;
  }

  /** An escape outside a class; \b and \B are assertions. */
  private escape(): Node {
    const c = this.src[this.i] as string;
    if (c === "b" || c === "B") {
      this.i++;
      return EMPTY;
    }
    return { kind: "char", set: this.escapeSet() };
  }

  private escapeSet(): CharSet {
    const c = this.src[this.i++];
    if (c === undefined) throw new Unsupported("trailing backslash");
    if (c === "d") return DIGITS;
    if (c === "s") return SPACES;
    if (c === "w" || c === "W" || c === "D" || c === "S") return "any";
    if (c === "u") {
      const hex = this.src.slice(this.i, this.i + 4);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Unsupported("\\u");
      this.i += 4;
      return single(Number.parseInt(hex, 16));
    }
    if (c === "n") return single(10);
    if (c === "t") return single(9);
    if (c === "r") return single(13);
    if (/[0-9a-zA-Z]/.test(c)) throw new Unsupported(`\\${c}`);
    return single(c.charCodeAt(0));
  }

  private charClass(): CharSet {
    if (this.peek() === "^") throw new Unsupported("negated class");
    const out = new Set<number>();
    let any = false;
    for (;;) {
      const c = this.src[this.i++];
      if (c === undefined) throw new Unsupported("open class");
      if (c === "]") break;
      let code: number;
      if (c === "\\") {
        const set = this.escapeSet();
        if (set === "any") any = true;
        else if (set.size === 1) {
          code = [...set][0] as number;
          if (this.rangeFrom(code, out)) continue;
          out.add(code);
        } else for (const x of set) out.add(x);
        continue;
      }
      code = c.charCodeAt(0);
      if (this.rangeFrom(code, out)) continue;
      out.add(fold(code));
    }
    return any ? "any" : out;
  }

  /** Reads "-z" after a class member, adding the range; false when no range follows. */
  private rangeFrom(from: number, out: Set<number>): boolean {
    if (this.peek() !== "-" || this.src[this.i + 1] === "]" || this.src[this.i + 1] === undefined) {
      return false;
    }
    this.i++;
    let to = this.src.charCodeAt(this.i++);
    if (to === 92) {
      const set = this.escapeSet();
      if (set === "any" || set.size !== 1) throw new Unsupported("range");
      to = [...set][0] as number;
    }
    for (let x = from; x <= to; x++) out.add(fold(x));
    return true;
  }
}

/**
 * How many characters of a match's opening are used (a sentence is hashed this far at each
 * boundary). Ten rather than eight: cut at eight, "nobody challenged", "i don't recommend" and
 * "the timeline is" open as "nobody c", "i don't ", "the time", and their rules ran on most
 * sentences ("nobody cares", "i don't know", "the time"); a scan stops at the first beginning no
 * opening has, so the longer openings cost little.
 */
const LIMIT = 10;
/**
 * An opening: the first characters a match can start with, spelled out. It ends with CLOSED when
 * what follows is not spelled (any character can come next, or too many different ones).
 */
type Opening = string;
const CLOSED = "\u0001";
/** A character class is spelled out only up to this many characters; a bigger one closes the opening. */
const MAX_CLASS = 16;
/** A repetition is spelled out only while it gives at most this many openings. */
const MAX_REPEAT_OPENINGS = 128;
/** A concatenation is spelled out only while it gives at most this many openings. */
const MAX_OPENINGS = 1024;

function isClosed(o: Opening): boolean {
  return o.length >= LIMIT || o.endsWith(CLOSED);
}

function concat(a: readonly Opening[], b: readonly Opening[]): Opening[] {
  const out = new Set<Opening>();
  for (const x of a) {
    if (isClosed(x)) out.add(x);
    else if (a.length > 1 && a.length * b.length > MAX_OPENINGS) out.add(x + CLOSED);
    else for (const y of b) out.add((x + y).slice(0, LIMIT));
  }
  return [...out];
}

const memo = new WeakMap<Node, Opening[]>();

function openings(node: Node): Opening[] {
  let found = memo.get(node);
  if (found === undefined) {
    found = computeOpenings(node);
    memo.set(node, found);
  }
  return found;
}

/** The openings of items[from..]; stops reading once every opening is full. */
function openingsFrom(items: readonly Node[], from: number): Opening[] {
  let acc: Opening[] = [""];
  for (let k = from; k < items.length && !acc.every(isClosed); k++) {
    acc = concat(acc, openings(items[k] as Node));
  }
  return acc;
}

function computeOpenings(node: Node): Opening[] {
  switch (node.kind) {
    case "empty":
      return [""];
    case "char":
      if (node.set === "any" || node.set.size > MAX_CLASS) return [CLOSED];
      return [...node.set].map((code) => String.fromCharCode(code));
    case "lit":
      return [node.text.slice(0, LIMIT)];
    case "seq":
      return openingsFrom(node.items, 0);
    case "alt":
      return [...new Set(node.options.flatMap(openings))];
    case "repeat": {
      // LIMIT repetitions already fill an opening, so more add no new ones.
      const inner = openings(node.node);
      let acc: Opening[] = [""];
      for (let k = 0; k < node.min && k < LIMIT; k++) acc = concat(acc, inner);
      const out = new Set(acc);
      for (let k = node.min; k < node.max && k < LIMIT && !acc.every(isClosed); k++) {
        if (acc.length * inner.length > MAX_REPEAT_OPENINGS) {
          // "[\\d,.]*" would spell every number: stop here, and let any character follow.
          for (const o of acc) out.add(isClosed(o) ? o : o + CLOSED);
          break;
        }
        acc = concat(acc, inner);
        for (const o of acc) out.add(o);
      }
      return [...out];
    }
  }
}

function nullable(node: Node): boolean {
  switch (node.kind) {
    case "empty":
      return true;
    case "char":
    case "lit":
      return false;
    case "seq":
      return node.items.every(nullable);
    case "alt":
      return node.options.some(nullable);
    case "repeat":
      return node.min === 0 || nullable(node.node);
  }
}

function isNonWordSet(set: CharSet): boolean {
  if (set === "any") return false;
  for (const code of set) if (code < OTHER && isWordCode(code)) return false;
  return true;
}

/** Every way through `node` that consumes a character ends on a non-word character. */
function endsWithNonWord(node: Node): boolean {
  switch (node.kind) {
    case "empty":
      return true;
    case "char":
      return isNonWordSet(node.set);
    case "lit":
      return isNonWordSet(single(node.text.charCodeAt(node.text.length - 1)));
    case "seq": {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i] as Node;
        if (!endsWithNonWord(item)) return false;
        if (!nullable(item)) return true;
      }
      return true;
    }
    case "alt":
      return node.options.every(endsWithNonWord);
    case "repeat":
      return endsWithNonWord(node.node);
  }
}

/** Rough chance that a given word boundary starts with one of these strings. */
function looseness(strings: readonly string[] | null): number {
  if (strings === null) return Number.POSITIVE_INFINITY;
  let sum = 0;
  for (const s of strings) sum += 0.1 ** s.length;
  return sum;
}

function startsOnWord(list: readonly Opening[]): boolean {
  return list.every((o) => {
    const head = o.charCodeAt(0);
    return head < OTHER && isWordCode(head);
  });
}

/**
 * Openings read from where a match may start; `cut` when some were read past a leading part, so a
 * match can start before its opening.
 */
interface StartOpenings {
  readonly list: Opening[];
  readonly cut: boolean;
}

/**
 * The openings of a match's start. A regex test only asks whether a match exists, so a leading
 * part that always ends on a non-word character ("the ", "(?:\\w+ )?") followed by a part that
 * starts on a word character can be left out: wherever the whole matches, the rest matches at the
 * word boundary where that part ends. Of the ways to cut, the one that rules out most is kept.
 */
function startOpenings(node: Node): StartOpenings {
  if (node.kind === "alt") {
    const options = node.options.map(startOpenings);
    return {
      list: [...new Set(options.flatMap((o) => o.list))],
      cut: options.some((o) => o.cut),
    };
  }
  if (node.kind !== "seq") return { list: openings(node), cut: false };
  const items = node.items;
  const n = items.length;
  let first = 0;
  while (first < n && (items[first] as Node).kind === "empty") first++;
  const lead = items[first];
  if (lead?.kind === "alt" && items.slice(first + 1).every((item) => item.kind === "empty")) {
    return startOpenings(lead);
  }
  const chosen = bestCut(items, first);
  return { list: chosen.list, cut: chosen.at > first };
}

/**
 * Where startOpenings cuts a sequence: items[first..at) left unread (at = first: no cut), and the
 * openings read from `at`.
 */
function bestCut(items: readonly Node[], first: number): { list: Opening[]; at: number } {
  const n = items.length;
  let best = openingsFrom(items, first);
  let bestAt = first;
  let bestLooseness = looseness(spell(best));
  // prefixEnds: every way through items[first..at) that consumes a character ends on a non-word one.
  let prefixEnds = true;
  for (let at = first + 1; at < n; at++) {
    const item = items[at - 1] as Node;
    prefixEnds = endsWithNonWord(item) && (!nullable(item) || prefixEnds);
    if (!prefixEnds) continue;
    const rest = openingsFrom(items, at);
    if (!startsOnWord(rest)) continue;
    const restLooseness = looseness(spell(rest));
    if (restLooseness < bestLooseness) {
      best = rest;
      bestAt = at;
      bestLooseness = restLooseness;
    }
  }
  return { list: best, at: bestAt };
}

/**
 * What startOpenings read of each regex source, so a source is parsed once: the filter, the rules'
 * grouping (phrases.ts) and splitByStart each ask of the same sources.
 */
const starts = new Map<string, StartOpenings | null>();

function readStart(re: RegExp): StartOpenings | null {
  if (re.flags.replace(/[gyd]/g, "") !== "" || !re.source.startsWith("\\b")) return null;
  let start = starts.get(re.source);
  if (start === undefined) {
    try {
      start = startOpenings(new Parser(re.source).parse());
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      start = null;
    }
    starts.set(re.source, start);
  }
  return start;
}

/**
 * The openings of a regex as strings of folded codes (a match starts with one of them at a word
 * boundary), or null when the regex may match anywhere or could not be read.
 */
export function openingStrings(re: RegExp): string[] | null {
  const start = readStart(re);
  return start === null ? null : spell(start.list);
}

/**
 * Whether every match of `re` starts where one of its openings begins: its openings were read
 * from a match's start, not past a leading part ("(?:the )?team" is read from "team", and a match
 * can start at "the"). Such a regex need only be tried where the filter saw one of its openings.
 */
export function opensAtMatchStart(re: RegExp): boolean {
  const start = readStart(re);
  return start !== null && !start.cut && spell(start.list) !== null;
}

/** The top-level alternatives of a regex source (outside groups and classes). */
export function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/** Where the group opened at `open` closes, or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

/** A zero-width ending a top-level group may be distributed over: "\\b(?:a|b)(?!\\w)". */
const ZERO_WIDTH_TAIL = /^(?:\(\?!\\w\)|\\b)?$/;

/**
 * A branch whose openings are read past a leading part ("\\b(?:the |our )?team lead" is read from
 * "team lead"), rewritten to start where they are read and to check the leading part behind:
 * "\\bteam lead(?<=\\b(?:the |our )?team lead)". Wherever the branch matches, the rewritten one
 * matches at the cut (the leading part ends on a non-word character and the rest starts on a word
 * character, so a word boundary is there), and wherever the rewritten one matches, the check
 * behind is a match of the branch. A regex test cannot tell them apart. Null when the branch is
 * not cut at its top level or the rewritten one would be cut again.
 */
function startingAtOpening(body: string, tail: string): string | null {
  let root: Node;
  try {
    root = new Parser(body).parse();
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  if (root.kind !== "seq" || root.ends === undefined) return null;
  const items = root.items;
  let first = 0;
  while (first < items.length && (items[first] as Node).kind === "empty") first++;
  const { at } = bestCut(items, first);
  if (at === first) return null;
  const rewritten = `\\b${body.slice(root.ends[at - 1])}(?<=${body})${tail}`;
  return opensAtMatchStart(new RegExp(rewritten)) ? rewritten : null;
}

/**
 * A regex split by where its matches start: `exact`, the branches whose every match starts where
 * one of their openings begins (openingStrings read from the match's start), as sticky regexes
 * to be tried only at those places (a branch read past a leading part is rewritten to start at its
 * opening, see startingAtOpening); `rest`, the other branches as one regex, or null when there
 * are none. Branches are the top-level alternatives, with a top-level group ("\\b(?:a|b)(?!\\w)")
 * spelled out over its own alternatives ("\\ba(?!\\w)", "\\bb(?!\\w)"). Null when no branch is
 * exact or the regex has flags. Either way a sentence matches `re` exactly when `exact` matches
 * at one of the filter's places for `re` (OpeningFilter.hitAt) or `rest` matches it.
 */
export function splitByStart(re: RegExp): { exact: RegExp[]; rest: RegExp | null } | null {
  if (re.flags !== "") return null;
  const branches: { body: string; tail: string }[] = [];
  for (const top of topLevelAlternatives(re.source)) {
    const end = top.startsWith("\\b(?:") ? groupEnd(top, 2) : -1;
    const tail = end < 0 ? "" : top.slice(end + 1);
    if (end < 0 || !ZERO_WIDTH_TAIL.test(tail)) {
      branches.push({ body: top, tail: "" });
      continue;
    }
    for (const inner of topLevelAlternatives(top.slice(5, end)))
      branches.push({ body: `\\b${inner}`, tail });
  }
  const exact: string[] = [];
  const rest: string[] = [];
  const read: StartOpenings[] = [];
  for (const { body, tail } of branches) {
    const start = readStart(new RegExp(body + tail));
    if (start === null) {
      rest.push(body + tail);
      continue;
    }
    read.push(start);
    if (spell(start.list) === null) rest.push(body + tail);
    else if (!start.cut) exact.push(body + tail);
    else {
      const rewritten = startingAtOpening(body, tail);
      if (rewritten === null) rest.push(body + tail);
      else exact.push(rewritten);
    }
  }
  // What the whole regex reads is what its branches read together (startOpenings reads the
  // options of an alternation apart): kept, so the filter need not parse the regex again.
  if (read.length === branches.length && !starts.has(re.source)) {
    starts.set(re.source, {
      list: [...new Set(read.flatMap((r) => r.list))],
      cut: read.some((r) => r.cut),
    });
  }
  if (exact.length === 0) return null;
  // The exact branches go in sticky regexes of at most MAX_FAST_SOURCE characters each.
  const chunks: RegExp[] = [];
  let chunk: string[] = [];
  let size = 0;
  for (const branch of exact) {
    if (chunk.length > 0 && size + branch.length + 1 > MAX_FAST_SOURCE) {
      chunks.push(new RegExp(chunk.join("|"), "y"));
      chunk = [];
      size = 0;
    }
    chunk.push(branch);
    size += branch.length + 1;
  }
  chunks.push(new RegExp(chunk.join("|"), "y"));
  return { exact: chunks, rest: rest.length === 0 ? null : new RegExp(rest.join("|")) };
}

/**
 * What the filter can read of a regex that splitByStart split into exact branches and a `rest` it
 * cannot read (a branch that may start anywhere, or on a character it cannot spell): its exact
 * branches as one regex, to give the filter in place of the whole (whose openings are null, so it
 * ran whole on every sentence). The filter's bit then says whether an exact branch may match, and
 * `rest` is run on every sentence. Null when the filter reads the whole regex, or nothing of it.
 */
export function readableBranches(
  re: RegExp,
  split: { readonly exact: readonly RegExp[]; readonly rest: RegExp | null } | null,
): RegExp | null {
  if (split === null || split.rest === null || openingStrings(re) !== null) return null;
  const exact = new RegExp(split.exact.map((e) => e.source).join("|"));
  return openingStrings(exact) === null ? null : exact;
}

/**
 * The most characters of source a regex of the detectors is built with: V8 never optimises a regex
 * whose source passes 20,000 characters (TooMuchRegExpCode in its regexp.cc), and one ran 20–30x
 * slower for it (the threat phrases in one 34,000-character regex: 40 µs a sentence; in two, 1.8 µs
 * together). The judging rules (rules-judging.ts) and splitByStart's sticky regexes keep under it.
 */
export const MAX_FAST_SOURCE = 18_000;

/** The openings as plain strings, or null when one of them is empty (a match can start anywhere). */
function spell(list: readonly Opening[]): string[] | null {
  const out = new Set<string>();
  for (const o of list) {
    const plain = o.endsWith(CLOSED) ? o.slice(0, -1) : o;
    if (plain === "") return null;
    out.add(plain);
  }
  // "12" adds nothing when "1" is an opening too.
  return [...out].filter((o) => {
    for (let k = 1; k < o.length; k++) if (out.has(o.slice(0, k))) return false;
    return true;
  });
}

/**
 * 2^17 slots: ten-character openings and their beginnings (about 44,000 for the first filter of
 * detect-moves) fill a third of them, so a probe mostly stops at the first slot it reads.
 */
const TABLE_BITS = 17;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
/**
 * At most 2 slots in 5 filled: a probe that finds nothing then reads 2.3 slots on average (linear
 * probing), against 1.6 at a third.
 */
const MAX_ENTRIES = ((1 << TABLE_BITS) * 2) / 5;
/**
 * 2^19 bits (64 KB) for each of the two bitsets over the same hashes, against 1 MB for the table:
 * with fewer than ~32,000 beginnings (those of three characters or more) at most one bit in 16 is
 * set, so a beginning no opening has is turned away at the first bitset 15 times in 16.
 */
const SET_BITS = 19;
const SET_MASK = (1 << SET_BITS) - 1;
/** Regexes per word of bits: 31, so a word stays a small integer. */
const WORD = 31;
const HASH_SEED = 0x811c9dc5;
/** OpeningFilter.classes: a word character; a character some opening starts with. */
const WORD_CHAR = 1;
const STARTS = 2;
/** Boundaries with openings recorded per sentence (OpeningFilter.hitAt); a longer one records none. */
const MAX_HITS = 256;
/** Above this (about one opening per boundary, see looseness) a regex is run on every sentence. */
const MAX_LOOSENESS = 2;

function setBit(set: Int32Array, key: number): void {
  const b = key & SET_MASK;
  set[b >>> 5] = (set[b >>> 5] as number) | (1 << (b & 31));
}

function step(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193) >>> 0;
}

/**
 * Up to 62 regexes, each a bit: regexes 0–30 are bits 0–30 of what `scan` returns, regexes 31–61
 * bits 0–30 of `high` after it (one scan for both words). `scan` tells, for one sentence, which of
 * them may match: a regex's bit is clear only when none of its openings occurs at a word boundary
 * of the sentence, in which case the regex cannot match (nor in any part of the sentence cut at a
 * non-word character: its word boundaries are the sentence's). Openings and their beginnings are
 * kept in an open-addressing table keyed by a 32-bit hash of their characters; a hash collision can
 * only set an extra bit or make a scan read one character further.
 */
export class OpeningFilter {
  private readonly keys = new Uint32Array(1 << TABLE_BITS);
  private readonly bits = new Uint32Array(1 << TABLE_BITS);
  private readonly bitsHigh = new Uint32Array(1 << TABLE_BITS);
  /**
   * Bitsets read before the table, so most probes never touch its 1 MB (a sentence made ~64
   * probes, each mostly a cache miss in the detectors' mix: the scan was a sixth of the rubric
   * bench): `begins`, some opening begins like this; `ends`, some opening is exactly this. A bit
   * two hashes share only makes a scan read on or look in the table for nothing.
   */
  private readonly begins = new Int32Array(1 << (SET_BITS - 5));
  private readonly ends = new Int32Array(1 << (SET_BITS - 5));
  /**
   * Per folded character: WORD_CHAR when it is a word character, plus STARTS when some opening
   * starts with it (most boundaries need no hashing). One load a character in the scan.
   */
  private readonly classes = new Uint8Array(CODES);
  /** Per first character: 2 when some opening is that one character. */
  private readonly singles = new Uint8Array(CODES);
  /**
   * Per first two characters (c0 * CODES + c1, 16 KB): 1 some opening begins so, 2 one is exactly
   * so. Read instead of hashing and probing the bitsets for a boundary's first two characters,
   * which nearly always begin some opening (the scan of a bench sentence: about 1.3 -> 1.0 µs).
   */
  private readonly pairs = new Uint8Array(CODES * CODES);
  private always = 0;
  private alwaysHigh = 0;
  /** After `scan`: the bits of regexes 31–61 that may match (regex 31 + i is bit i). */
  high = 0;
  /**
   * After `scan`, where openings were seen: at the word boundary `hitAt[k]` (k < hits), openings
   * of the regexes with bits `hitLow[k]` (regexes 0–30) and `hitHigh[k]` (31–61) begin there.
   * `hits` is -1 when the sentence had more such boundaries than these arrays hold.
   */
  hits = 0;
  readonly hitAt = new Int32Array(MAX_HITS);
  readonly hitLow = new Int32Array(MAX_HITS);
  readonly hitHigh = new Int32Array(MAX_HITS);

  constructor(regexes: readonly RegExp[]) {
    if (regexes.length > 2 * WORD) throw new Error(`OpeningFilter: at most ${2 * WORD} regexes`);
    for (let c = 0; c < OTHER; c++) if (isWordCode(c)) this.classes[c] = WORD_CHAR;
    let entries = 0;
    regexes.forEach((re, index) => {
      const isHigh = index >= WORD;
      const bit = isHigh ? index - WORD : index;
      const strings = openingStrings(re);
      if (strings === null || looseness(strings) > MAX_LOOSENESS) {
        if (isHigh) this.alwaysHigh |= 1 << bit;
        else this.always |= 1 << bit;
        return;
      }
      for (const s of strings) {
        const first = s.charCodeAt(0);
        this.classes[first] = (this.classes[first] as number) | STARTS;
        if (s.length === 1) this.singles[s.charCodeAt(0)] = 2;
        else {
          const pair = s.charCodeAt(0) * CODES + s.charCodeAt(1);
          this.pairs[pair] = (this.pairs[pair] as number) | (s.length === 2 ? 3 : 1);
        }
        let hash = HASH_SEED;
        for (let i = 0; i < s.length; i++) {
          hash = step(hash, s.charCodeAt(i));
          // Every beginning of an opening is a key too (with no bit), so a scan can stop reading
          // at the first beginning that no opening has.
          const key = hash || 1;
          const isEnd = i === s.length - 1;
          const bits = isEnd ? 1 << bit : 0;
          if (this.add(key, isHigh ? 0 : bits, isHigh ? bits : 0)) entries++;
          // The first two characters are read from `singles` and `pairs`, not from the bitsets.
          if (i >= 2) {
            setBit(this.begins, key);
            if (isEnd) setBit(this.ends, key);
          }
        }
      }
    });
    // Keep the table sparse, so a sentence's probes mostly stop at the first empty slot.
    if (entries > MAX_ENTRIES) throw new Error("OpeningFilter: too many openings");
  }

  /** Whether the filter reads regex `index` from its openings (else it is always run). */
  readsOpenings(index: number): boolean {
    const always = index >= WORD ? this.alwaysHigh >>> (index - WORD) : this.always >>> index;
    return (always & 1) === 0;
  }

  private add(key: number, bit: number, bitHigh: number): boolean {
    let i = key & TABLE_MASK;
    for (;;) {
      const k = this.keys[i] as number;
      if (k === key) {
        this.bits[i] = (this.bits[i] as number) | bit;
        this.bitsHigh[i] = (this.bitsHigh[i] as number) | bitHigh;
        return false;
      }
      if (k === 0) {
        this.keys[i] = key;
        this.bits[i] = bit;
        this.bitsHigh[i] = bitHigh;
        return true;
      }
      i = (i + 1) & TABLE_MASK;
    }
  }

  /** The slot of `key` in the table, or -1. */
  private find(key: number): number {
    const keys = this.keys;
    let slot = key & TABLE_MASK;
    let k = keys[slot] as number;
    while (k !== key && k !== 0) {
      slot = (slot + 1) & TABLE_MASK;
      k = keys[slot] as number;
    }
    return k === 0 ? -1 : slot;
  }

  /** The bits of regexes 0–30 that may match `text` (lower-cased); see `high` for the others. */
  scan(text: string): number {
    const begins = this.begins;
    const ends = this.ends;
    let found = this.always;
    let foundHigh = this.alwaysHigh;
    const n = text.length;
    let prevWord = false;
    let hits = 0;
    const classes = this.classes;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      const c0 = Math.min(code, OTHER);
      const cls = classes[c0] as number;
      const word = (cls & WORD_CHAR) !== 0;
      if (word !== prevWord && (cls & STARTS) !== 0) {
        // The bits of the regexes with an opening at this boundary.
        let low = 0;
        let high = 0;
        let hash = step(HASH_SEED, c0);
        if (this.singles[c0] === 2) {
          const k1 = this.find(hash || 1);
          if (k1 >= 0) {
            low |= this.bits[k1] as number;
            high |= this.bitsHigh[k1] as number;
          }
        }
        if (i + 1 < n) {
          const c1 = fold(text.charCodeAt(i + 1));
          const pf = this.pairs[c0 * CODES + c1] as number;
          if (pf !== 0) {
            hash = step(hash, c1);
            if ((pf & 2) !== 0) {
              const k2 = this.find(hash || 1);
              if (k2 >= 0) {
                low |= this.bits[k2] as number;
                high |= this.bitsHigh[k2] as number;
              }
            }
            const end = Math.min(i + LIMIT, n);
            for (let j = i + 2; j < end; j++) {
              hash = step(hash, fold(text.charCodeAt(j)));
              const key = hash || 1;
              const b = key & SET_MASK;
              const mask = 1 << (b & 31);
              // No opening begins like this: none can be longer either.
              if (((begins[b >>> 5] as number) & mask) === 0) break;
              // None is exactly this: read on.
              if (((ends[b >>> 5] as number) & mask) === 0) continue;
              const slot = this.find(key);
              if (slot < 0) break;
              low |= this.bits[slot] as number;
              high |= this.bitsHigh[slot] as number;
            }
          }
        }
        if ((low | high) !== 0) {
          found |= low;
          foundHigh |= high;
          if (hits >= 0 && hits < MAX_HITS) {
            this.hitAt[hits] = i;
            this.hitLow[hits] = low;
            this.hitHigh[hits] = high;
            hits++;
          } else hits = -1;
        }
      }
      prevWord = word;
    }
    this.high = foundHigh;
    this.hits = hits;
    return found;
  }
}
