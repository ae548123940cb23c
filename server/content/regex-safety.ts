import { analyse, type Report } from "scslre";

/**
 * Why a content regular expression could hang the process, or undefined when it cannot.
 *
 * JavaScript matches regular expressions by backtracking, with no time limit and no way to stop a
 * match from outside: a pattern such as `^(\w+\s?)+$` tries exponentially many ways to split a
 * long sentence that almost matches, and the linter (and with it the whole server, health checks
 * and shutdown included) stops for minutes or forever. scslre finds the repeats that cause this
 * (the analysis behind eslint-plugin-regexp's no-super-linear-backtracking). Refused: exponential
 * backtracking, and a repeat nested in another repeat of 3 or more (n³ or worse on a 2,000
 * character turn). Two neighbouring repeats trading characters (n², "\w+\s*\w+") and the engine
 * retrying from every position (n²) stay allowed: a turn is short enough for those.
 */
export function regexRisk(source: string): string | undefined {
  let reports: Report[];
  try {
    reports = analyse({ source, flags: "i" }, { reportTypes: { Move: false } }).reports;
  } catch {
    // The analyser's parser is stricter than V8's in a few corners; what it cannot read is not refused.
    return undefined;
  }
  const report = reports.find(isRefused);
  if (!report) return undefined;
  const fixed = report.fix();
  const hint = fixed
    ? ` The same pattern without the problem: ${JSON.stringify(fixed.source)}`
    : ' Let each stretch of text be matched by one repeat only: for example "(\\w+\\s)*\\w+", not "(\\w+\\s?)+".';
  return `this pattern can hang the server on a long sentence: ${cause(report)}, so a sentence that almost matches is tried in ${report.exponential ? "exponentially many" : "too many"} ways.${hint}`;
}

function isRefused(report: Report): boolean {
  if (report.exponential) return true;
  return report.type === "Self" && report.parentQuant.max >= 3;
}

function cause(report: Report): string {
  switch (report.type) {
    case "Self":
      return `"${report.quant.raw}" repeats inside "${report.parentQuant.raw}", which repeats too`;
    case "Trade":
      return `"${report.startQuant.raw}" and "${report.endQuant.raw}" can match the same characters, inside a part that repeats`;
    default:
      return `"${report.quant.raw}" repeats over the same characters in many ways`;
  }
}
