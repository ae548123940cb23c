/**
 * External evaluation of the move detectors against human-labelled conversations.
 *   npm run eval:moves -- --data ../shared/data [--json] [--errors annomi|esconv [--gold L] [--pred L]]
 *   npm run eval:moves -- --data ../shared/data --errors annomi --open-closed [--gold open|closed]
 *   … --half a|b: only one half of the dev part (AnnoMI by transcript id, ESConv by blocks of
 *   utterances; see moves/half.ts), to check a rule on the half whose errors were not read.
 * Reads annomi/AnnoMI-full.csv and every esconv/*.tsv under --data. Nothing from the corpora is
 * stored in the repository; see docs/evaluation.md for the mapping and the figures.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { type AnnomiError, evaluateAnnomi } from "./moves/annomi";
import { type EsconvError, evaluateEsconv } from "./moves/esconv";
import { parseHalf } from "./moves/half";
import { formatReport } from "./moves/scores";

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function main(args: readonly string[]): number {
  const data = option(args, "--data");
  if (!data) {
    process.stderr.write("usage: npm run eval:moves -- --data <folder> [--json]\n");
    return 1;
  }
  const root = resolve(data);
  const json = args.includes("--json");
  const showErrors = option(args, "--errors");
  const half = parseHalf(option(args, "--half"));
  if (half === null) {
    process.stderr.write("eval:moves: --half takes a or b\n");
    return 1;
  }
  const annomiPath = join(root, "annomi", "AnnoMI-full.csv");
  const esconvDir = join(root, "esconv");
  if (!existsSync(annomiPath)) {
    process.stderr.write(`eval:moves: ${annomiPath}: file not found\n`);
    return 1;
  }
  const tsvs = existsSync(esconvDir)
    ? readdirSync(esconvDir)
        .filter((f) => f.endsWith(".tsv"))
        .sort()
        .map((f) => readFileSync(join(esconvDir, f), "utf8"))
    : [];
  if (tsvs.length === 0) {
    process.stderr.write(`eval:moves: ${esconvDir}: no .tsv files found\n`);
    return 1;
  }

  const annomiErrors: AnnomiError[] = [];
  const openClosedErrors: AnnomiError[] = [];
  const esconvErrors: EsconvError[] = [];
  const started = performance.now();
  const annomi = evaluateAnnomi(
    readFileSync(annomiPath, "utf8"),
    annomiErrors,
    openClosedErrors,
    half,
  );
  const esconv = evaluateEsconv(tsvs, esconvErrors, half);
  const elapsedMs = performance.now() - started;

  if (showErrors === "annomi" || showErrors === "esconv") {
    // --open-closed: the gold questions found as questions whose subtype is wrong.
    const errs: (AnnomiError | EsconvError)[] =
      showErrors === "esconv"
        ? esconvErrors
        : args.includes("--open-closed")
          ? openClosedErrors
          : annomiErrors;
    const gold = option(args, "--gold");
    const pred = option(args, "--pred");
    for (const e of errs) {
      if (gold && e.gold !== gold) continue;
      if (pred && e.predicted !== pred) continue;
      const prev = "previous" in e && e.previous ? `  [prev: ${e.previous.slice(0, 80)}]` : "";
      process.stdout.write(`${e.gold} -> ${e.predicted} (${e.moves}) ${e.text}${prev}\n`);
    }
    return 0;
  }

  if (json) {
    const { openClosedSupport: _s, transcripts: _t, ...annomiFigures } = annomi;
    process.stdout.write(`${JSON.stringify({ annomi: annomiFigures, esconv })}\n`);
    return 0;
  }
  if (half) process.stdout.write(`half ${half} of the dev part only\n\n`);
  process.stdout.write(formatReport("AnnoMI: therapist behaviour (4-way)", annomi));
  process.stdout.write(
    `open vs closed accuracy: ${annomi.openClosedAccuracy.toFixed(3)} (on ${annomi.openClosedSupport} questions found as questions)\n`,
  );
  process.stdout.write(
    `high vs low quality AUC: ${annomi.qualityAuc.toFixed(3)} (${annomi.transcripts.high} high, ${annomi.transcripts.low} low transcripts)\n`,
  );
  const d = annomi.reflectionDepth;
  process.stdout.write(
    `simple vs complex reflections: ${d.accuracy.toFixed(3)} accuracy on ${d.support} reflections found as reflections; ` +
      `complex share gold ${d.goldComplexShare.toFixed(3)}, predicted ${d.predictedComplexShare.toFixed(3)}; ` +
      `per-transcript share correlation ${d.transcriptShareCorrelation.toFixed(3)} (${d.transcripts} transcripts with ≥ 3)\n`,
  );
  const g = annomi.annotatorAgreement;
  const line = (f: typeof g.humans): string =>
    `question F1 ${f.questionF1.toFixed(3)}, 4-way macro-F1 ${f.macroF1.toFixed(3)}, open vs closed ${f.openClosedAccuracy.toFixed(3)} (${f.openClosedSupport} question pairs)`;
  process.stdout.write(
    `annotator agreement on the ${g.utterances} therapist utterances several people labelled (${g.transcripts} transcripts):\n` +
      `  one annotator against another: ${line(g.humans)}\n` +
      `  detectors against one annotator: ${line(g.detectors)}\n\n`,
  );
  process.stdout.write(formatReport("ESConv: supporter strategy", esconv));
  process.stdout.write(`\n(evaluated in ${Math.round(elapsedMs)} ms)\n`);
  return 0;
}

// `npm run eval:moves -- … --errors annomi | head` closes the pipe early: stop quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
process.exitCode = main(process.argv.slice(2));
