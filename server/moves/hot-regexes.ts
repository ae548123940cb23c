/**
 * V8 compiles a regex to optimised machine code only while the process has made little regex
 * code: once it has generated more than 1 MB of regex code in all and holds more than 16 MB of
 * executable memory, every regex compiled afterwards gets unoptimised code, 10–15× slower
 * (TooMuchRegExpCode in V8's src/regexp/regexp.cc). The detectors' rules alone compile to about
 * 23 MB, so a regex first run after them (the sandwich's praise words, reflection depth's feeling
 * words, the question forms) ran unoptimised for the life of the process.
 *
 * So the regexes the detectors run on every turn are registered here when their module loads and
 * compiled before the rules, on first use (compileHotRegexes). A regex is compiled by running it
 * once on a subject of 1,000 characters or more, on which V8 skips its bytecode tier and makes
 * machine code at once; `test` on a regex without the g or y flag changes nothing, and a g regex
 * has its lastIndex put back.
 */
const HOT: RegExp[] = [];

/** Registers a regex the detectors run on every turn; returns it. */
export function hot<R extends RegExp>(re: R): R {
  HOT.push(re);
  return re;
}

/** A subject long enough for V8 to compile a regex to machine code on its first run. */
export const LONG_SUBJECT = "x ".repeat(600);

/** Compiles `re` to machine code now (see above). */
export function compileRegex(re: RegExp): void {
  re.test(LONG_SUBJECT);
  re.lastIndex = 0;
}

let compiled = 0;

/** Compiles every registered regex not compiled yet. */
export function compileHotRegexes(): void {
  for (; compiled < HOT.length; compiled++) compileRegex(HOT[compiled] as RegExp);
}

/** The registered regexes (for tests). */
export function hotRegexes(): readonly RegExp[] {
  return HOT;
}
