import { type AST, RegExpParser, visitRegExpAST } from "@eslint-community/regexpp";
import { isDisjointWith, JS, NFA } from "refa";
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
 * character turn), and choices of a repeated group that can match the same text (`(\w|\d)+`,
 * which scslre does not look at). Two neighbouring repeats trading characters (n², "\w+\s*\w+") and the engine
 * retrying from every position (n²) stay allowed: a turn is short enough for those.
 */
export function regexRisk(source: string): string | undefined {
  // The analysis takes a few milliseconds a pattern, and content is loaded again and again by
  // tests and the CLI in one process: each pattern is judged once.
  if (judged.has(source)) return judged.get(source);
  const risk = judge(source);
  judged.set(source, risk);
  return risk;
}

const judged = new Map<string, string | undefined>();

function judge(source: string): string | undefined {
  let reports: Report[];
  try {
    reports = analyse({ source, flags: "i" }, { reportTypes: { Move: false } }).reports;
  } catch {
    // The analyser's parser is stricter than V8's in a few corners; what it cannot read is not refused.
    return undefined;
  }
  const report = reports.find(isRefused);
  if (!report) return overlappingChoices(source);
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

/**
 * Two choices of one alternation inside an unbounded repeat that can match the same text:
 * `(?:\w|\d)+` tries both for every digit, 2ⁿ ways on a run of n digits that fails to match.
 */
function overlappingChoices(source: string): string | undefined {
  let ast: AST.RegExpLiteral;
  try {
    ast = new RegExpParser().parseLiteral(`/${source}/i`);
  } catch {
    return undefined;
  }
  const parser = JS.Parser.fromAst(ast);
  const language = (alternative: AST.Alternative) => {
    const { expression, maxCharacter } = parser.parseElement(alternative, {
      backreferences: "disable",
    });
    // A choice with a lookaround is left out (an assertion matches no text of its own here).
    return NFA.fromRegex(expression, { maxCharacter }, { assertions: "disable" });
  };
  let found: string | undefined;
  const check = (repeat: AST.Quantifier) => (group: AST.Group | AST.CapturingGroup) => {
    const choices = group.alternatives;
    for (let i = 0; i < choices.length && !found; i++) {
      for (let j = i + 1; j < choices.length && !found; j++) {
        const a = choices[i] as AST.Alternative;
        const b = choices[j] as AST.Alternative;
        if (!isDisjointWith(language(a), language(b), 20_000)) {
          found = `this pattern can hang the server on a long sentence: the choices "${a.raw}" and "${b.raw}" of "${group.raw}" can match the same text, and "${repeat.raw}" repeats them, so a sentence that almost matches is tried in exponentially many ways. Make the choices exclude each other (or drop one).`;
        }
      }
    }
  };
  try {
    visitRegExpAST(ast.pattern, {
      onQuantifierEnter(repeat) {
        if (found || repeat.max !== Number.POSITIVE_INFINITY) return;
        const onGroup = check(repeat);
        const element = repeat.element;
        if (element.type === "Group" || element.type === "CapturingGroup") onGroup(element);
        visitRegExpAST(element, { onGroupEnter: onGroup, onCapturingGroupEnter: onGroup });
      },
    });
  } catch {
    // Too large an automaton to compare: not refused.
    return undefined;
  }
  return found;
}
