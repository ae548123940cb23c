/**
 * Does a learned reader generalise where the rules do not? Leave-one-set-out over Flightdeck's own
 * labelled manager sets (docs/evaluation.md, "A learned reader (nineteenth session)").
 *   npm run eval:learned [-- --json]
 * For each of the five sets (development, held out, fresh, fresh 2, fresh 3): trains the reader on
 * the other four and review 2 (thresholds by an inner leave-one-set-out over those four), then
 * reads the held-out set's lines and conversations with the rules alone and with the reader.
 * Never reads the blind sets (fresh-4/, fresh-5/).
 */
import { join, resolve } from "node:path";
import { formatProblem, loadContent } from "../server/content";
import { detectMoves, type MoveKind } from "../server/moves";
import { compileModel } from "../server/moves/learned/model";
import { setLearnedModel } from "../server/moves/learned/reader";
import { CANDIDATE_MOVES, type LineRecord, LOSO_SETS, readTrainingData } from "./learned/data";
import { fitModel } from "./learned/fit";
import type { LabelledLine } from "./manager/data.schema";
import {
  type ConversationsReport,
  evaluateConversations,
  evaluateLines,
  type LinesReport,
} from "./manager/evaluate";
import { totals } from "./manager/sets";

const ROOT = resolve(import.meta.dirname, "..");

const asLabelled = (l: LineRecord): LabelledLine => ({
  id: l.id,
  text: l.text,
  ...(l.previous === undefined ? {} : { previous: l.previous }),
  moves: [...l.moves],
  not: [...l.not],
});

interface Row {
  set: string;
  movesKept: MoveKind[];
  alone: { lines: LinesReport; conversations: ConversationsReport };
  learned: { lines: LinesReport; conversations: ConversationsReport };
  /** Moves the reader added on lines not labelled with them (not counting `not:` near-misses). */
  unlabelledAdds: number;
  /** Per move: added where labelled, added on a near-miss, added elsewhere. */
  perMove: Map<MoveKind, { found: number; nearMiss: number; other: number }>;
}

const pct = (n: number, d: number) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)} %`);

async function main(args: readonly string[]): Promise<number> {
  const { problems, content } = await loadContent(process.env.CONTENT_DIR ?? ROOT);
  if (problems.length > 0) {
    for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
    return 1;
  }
  const data = readTrainingData(join(ROOT, "eval", "manager-lines"));
  const rows: Row[] = [];
  for (const held of LOSO_SETS) {
    const train = data.lines.filter((l) => l.set !== held);
    const test = data.lines.filter((l) => l.set === held);
    const conversations = data.conversations
      .filter((c) => c.set === held)
      .map((c) => c.conversation);
    const model = fitModel(train);
    const compiled = compileModel(model);
    const labelled = test.map(asLabelled);
    setLearnedModel(null);
    const alone = {
      lines: evaluateLines(labelled),
      conversations: evaluateConversations(conversations, content.patterns),
    };
    setLearnedModel(compiled);
    const learned = {
      lines: evaluateLines(labelled),
      conversations: evaluateConversations(conversations, content.patterns),
    };
    const perMove = new Map<MoveKind, { found: number; nearMiss: number; other: number }>();
    let unlabelledAdds = 0;
    for (const line of test) {
      const previous =
        line.previous === undefined ? [] : [{ speaker: "employee" as const, text: line.previous }];
      for (const m of detectMoves(line.text, { previous })) {
        if (m.source !== "learned") continue;
        const t = perMove.get(m.move) ?? { found: 0, nearMiss: 0, other: 0 };
        perMove.set(m.move, t);
        if (line.moves.has(m.move)) t.found++;
        else if (line.not.has(m.move)) t.nearMiss++;
        else {
          t.other++;
          unlabelledAdds++;
        }
      }
    }
    setLearnedModel(undefined);
    rows.push({
      set: held,
      movesKept: Object.keys(model.moves) as MoveKind[],
      alone,
      learned,
      unlabelledAdds,
      perMove,
    });
  }
  if (args.includes("--json")) {
    process.stdout.write(
      `${JSON.stringify(
        rows.map((r) => ({
          set: r.set,
          moves: r.movesKept,
          alone: { ...totals(r.alone.lines), ...conv(r.alone.conversations) },
          learned: { ...totals(r.learned.lines), ...conv(r.learned.conversations) },
          unlabelledAdds: r.unlabelledAdds,
          perMove: Object.fromEntries(r.perMove),
        })),
      )}\n`,
    );
    return 0;
  }
  process.stdout.write(formatTable(rows));
  return 0;
}

function conv(c: ConversationsReport) {
  return {
    conversations: c.conversations,
    passAgreed: c.passAgreed,
    good: c.good,
    goodPassed: c.goodPassed,
    flawed: c.flawed,
    flawedFailed: c.flawedFailed,
  };
}

function formatTable(rows: readonly Row[]): string {
  const out: string[] = [];
  out.push(
    "Leave-one-set-out: trained on the other four sets and review 2, read on the set named.",
  );
  out.push(
    "Lines: labelled moves found; false alarms on `not:` near-misses; moves added on other lines.",
  );
  out.push(
    `${"held-out set".padEnd(14)}${"found: rules".padEnd(22)}${"rules + learned".padEnd(22)}${"near-miss FA: rules".padEnd(21)}${"+ learned".padEnd(12)}other adds`,
  );
  const sum = { e: 0, fa: 0, fb: 0, n: 0, na: 0, nb: 0, other: 0 };
  for (const r of rows) {
    const a = totals(r.alone.lines);
    const b = totals(r.learned.lines);
    sum.e += a.expected;
    sum.fa += a.found;
    sum.fb += b.found;
    sum.n += a.forbidden;
    sum.na += a.falseAlarms;
    sum.nb += b.falseAlarms;
    sum.other += r.unlabelledAdds;
    out.push(
      `${r.set.padEnd(14)}${`${a.found}/${a.expected} ${pct(a.found, a.expected)}`.padEnd(22)}${`${b.found}/${b.expected} ${pct(b.found, b.expected)}`.padEnd(22)}${`${a.falseAlarms}/${a.forbidden}`.padEnd(21)}${`${b.falseAlarms}/${b.forbidden}`.padEnd(12)}${r.unlabelledAdds}`,
    );
  }
  out.push(
    `${"total".padEnd(14)}${`${sum.fa}/${sum.e} ${pct(sum.fa, sum.e)}`.padEnd(22)}${`${sum.fb}/${sum.e} ${pct(sum.fb, sum.e)}`.padEnd(22)}${`${sum.na}/${sum.n}`.padEnd(21)}${`${sum.nb}/${sum.n}`.padEnd(12)}${sum.other}`,
  );
  out.push("");
  out.push("Conversations: pass/fail as the writer judged (good ones passed, flawed ones failed).");
  out.push(`${"held-out set".padEnd(14)}${"rules alone".padEnd(34)}rules + learned`);
  const c = { n: 0, aa: 0, ab: 0, g: 0, ga: 0, gb: 0, f: 0, fa: 0, fb: 0 };
  const cell = (r: ConversationsReport) =>
    `${r.passAgreed}/${r.conversations} (good ${r.goodPassed}/${r.good}, flawed ${r.flawedFailed}/${r.flawed})`;
  for (const r of rows) {
    const a = r.alone.conversations;
    const b = r.learned.conversations;
    c.n += a.conversations;
    c.aa += a.passAgreed;
    c.ab += b.passAgreed;
    c.g += a.good;
    c.ga += a.goodPassed;
    c.gb += b.goodPassed;
    c.f += a.flawed;
    c.fa += a.flawedFailed;
    c.fb += b.flawedFailed;
    out.push(`${r.set.padEnd(14)}${cell(a).padEnd(34)}${cell(b)}`);
  }
  out.push(
    `${"total".padEnd(14)}${`${c.aa}/${c.n} (good ${c.ga}/${c.g}, flawed ${c.fa}/${c.f})`.padEnd(34)}${c.ab}/${c.n} (good ${c.gb}/${c.g}, flawed ${c.fb}/${c.f})`,
  );
  out.push("");
  out.push(
    "Per move, over the five held-out sets: added where labelled / on a near-miss / elsewhere.",
  );
  for (const move of CANDIDATE_MOVES) {
    const t = { found: 0, nearMiss: 0, other: 0 };
    for (const r of rows) {
      const m = r.perMove.get(move);
      if (m) {
        t.found += m.found;
        t.nearMiss += m.nearMiss;
        t.other += m.other;
      }
    }
    const kept = rows.filter((r) => r.movesKept.includes(move)).length;
    out.push(
      `  ${move.padEnd(22)}${`${t.found} / ${t.nearMiss} / ${t.other}`.padEnd(16)}in ${kept} of 5 models`,
    );
  }
  return `${out.join("\n")}\n`;
}

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
