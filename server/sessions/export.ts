import type { Content } from "../content";
import {
  countedCard,
  reviewedVerdictText,
  STEP_STATUS_WORDS,
  setAsideMatches,
} from "../people/verdict";
import {
  markdownTurn,
  OTHER_VERSIONS_HEADING,
  outcomeNote,
  REVIEW_NOTE_MARK,
  UNANSWERED_NOTE,
} from "../rubric";
import { type Scorecard, ScorecardSchema, type StepStatus } from "../rubric/scorecard.schema";
import { isUnanswered, scoredTurns } from "./conversation";
import { OUTCOME_LABELS, type WireSession, type WireTurn } from "./protocol.schema";
import { otherVersions, versionName } from "./versions";

/**
 * `GET /api/sessions/:id/export`: the attempt being flown as a transcript `flightdeck score` reads
 * (its `turns`), and, for a conversation that was rewound, the other attempts after it, said as
 * such. Turn numbers in the words of an export count the manager's lines, as the debrief does.
 */

type Turn = Pick<WireTurn, "index" | "speaker" | "text" | "status">;

/** What an export needs of `SessionService.record` (GET /api/sessions/:id). */
export interface ExportRecord {
  session: WireSession;
  turns: WireTurn[];
  scorecards: readonly unknown[];
  /** The main pattern's counted score and verdict (server/people/verdict.ts); null unscored. */
  counted?: {
    overall: number;
    passed: boolean;
    machineOverall: number;
    machinePassed: boolean;
    reviewedOverall: number | null;
    verdictByReviewer: boolean;
    staleReview: { overall: number | null } | null;
    failReasons?: readonly string[];
    changedSteps?: readonly { id: string; title: string; machine: string; reviewer: string }[];
    /** Flags a counting review set aside, with why: struck in the Markdown, with the reason. */
    setAsideFlags?: readonly {
      id: string;
      turn: number;
      reason: string;
      title?: string;
      critical?: boolean;
    }[];
  } | null;
  branches: readonly {
    active: boolean;
    createdAt: unknown;
    outcome: string | null;
    turns: readonly unknown[];
    /** An ended attempt that did not end resolved: what it still needed (debrief.ts). */
    stillNeeded?: readonly string[] | undefined;
    /** Raised in the last reply the turn limit allowed: not a miss (debrief.ts). */
    raisedAtEnd?: readonly string[] | undefined;
    /** Raised again as they closed and never answered (debrief.ts). */
    unanswered?: readonly string[] | undefined;
  }[];
  /** The user who practised it: their replies to comments are "You" when they read it. */
  ownerId?: string | undefined;
  /**
   * Who downloads it (the signed-in user). The owner, or unset, reads it in the second person ("Your
   * reviewer marked …"); anyone else (a reviewer) in the third, by name ("Tom Becker marked …",
   * "**Priya Raman** (manager) replied"), their own notes as "**You** (reviewer)".
   */
  readerId?: string | undefined;
  /** What reviewers wrote on it (GET /api/sessions/:id/notes), for those who may read it. */
  notes?: ExportNotes | undefined;
}

/** The review notes an export carries: `ReviewService.notes`, as much of it as the export reads. */
export interface ExportNotes {
  reviews: readonly { reviewerId: string; status: string; doneAt: unknown; updatedAt: unknown }[];
  comments: readonly {
    id: string;
    authorId: string;
    turnId: string;
    parentId: string | null;
    text: string;
    createdAt: unknown;
  }[];
  adjustments: readonly {
    authorId: string;
    patternId: string;
    stepId: string | null;
    machineStatus: string | null;
    status: string | null;
    machineScore: unknown;
    score: unknown;
    reason: string;
    updatedAt: unknown;
  }[];
  setAsides: readonly {
    authorId: string;
    patternId: string;
    flagId: string;
    turn: number;
    quote: string;
    reason: string;
    updatedAt: unknown;
  }[];
  authors: readonly { id: string; displayName: string }[];
}

/** Manager turn index → its number as the manager counts it (1 for their first line). */
export function managerNumbers(turns: readonly Turn[]): Map<number, number> {
  const out = new Map<number, number>();
  let n = 0;
  for (const t of turns) if (t.speaker === "manager") out.set(t.index, ++n);
  return out;
}

/**
 * A rubric note in the manager's numbering. The rubric names turns by 1-based position in the
 * transcript it scored (turns with text only); the debrief renumbers them the same way
 * (web/src/model/transcript.ts renumberNote; tests/session-export.test.ts holds the two together).
 */
export function renumberNote(
  note: string,
  turns: readonly Turn[],
  /** Whose turns, for a reader who is not the manager: "Priya Raman's turn 3". */
  whose = "your",
): string {
  const spoken = scoredTurns(turns);
  const numbers = managerNumbers(turns);
  const indexAt = (n: string) => spoken[Number(n) - 1]?.index;
  const numberAt = (n: string) => {
    const index = indexAt(n);
    return index === undefined ? undefined : numbers.get(index);
  };
  const answeredAt = (n: string) => {
    const index = indexAt(n);
    if (index === undefined) return undefined;
    const answered = turns.filter((t) => t.speaker === "manager" && t.index < index).at(-1);
    return answered === undefined ? undefined : numbers.get(answered.index);
  };
  return (
    note
      .replace(/\bTurn (\d+)\b/g, (whole, n: string) => {
        const mine = numberAt(n);
        return mine === undefined ? whole : `Turn ${mine}`;
      })
      // "Counted as partial: turn 3, "…", the same sentence was flagged …" (score-steps.ts).
      .replace(/: turn (\d+), "/g, (whole, n: string) => {
        const mine = numberAt(n);
        return mine === undefined ? whole : `: turn ${mine}, "`;
      })
      .replace(/\bon turn (\d+)\b/g, (whole, n: string) => {
        const mine = numberAt(n);
        if (mine !== undefined) return `on turn ${mine}`;
        const answered = answeredAt(n);
        return answered === undefined ? whole : `in the reply to turn ${answered}`;
      })
      .replace(/\(turn (\d+)\)/g, (whole, n: string) => {
        if (indexAt(n) === undefined) return whole;
        const mine = numberAt(n);
        if (mine !== undefined) return `(${whose} turn ${mine})`;
        const answered = answeredAt(n);
        return answered === undefined ? whole : `(in their reply to ${whose} turn ${answered})`;
      })
  );
}

/**
 * A scorecard with its notes and fail reasons in the manager's numbering of `turns`; the raw
 * `turn` indexes of evidence and flags stay transcript positions (`flightdeck score --json` too).
 */
export function renumbered<T>(card: T, turns: readonly Turn[], whose = "your"): T {
  const c = card as { steps?: { note?: unknown }[]; failReasons?: unknown[] };
  if (!c || typeof c !== "object") return card;
  return {
    ...c,
    ...(Array.isArray(c.failReasons)
      ? {
          failReasons: c.failReasons.map((r) =>
            typeof r === "string" ? renumberNote(r, turns, whose) : r,
          ),
        }
      : {}),
    ...(Array.isArray(c.steps)
      ? {
          steps: c.steps.map((s) =>
            typeof s.note === "string" ? { ...s, note: renumberNote(s.note, turns, whose) } : s,
          ),
        }
      : {}),
  } as T;
}

/** The other attempts, each from where it parts from the one being flown (versions.ts). */
const otherAttempts = (record: ExportRecord) =>
  otherVersions(
    record.branches.map((b) => ({ ...b, turns: b.turns as WireTurn[] })),
    record.turns,
  );

/** An outcome in words; "Ended by you" is the manager's, and "Ended by Lee Chen" anyone else's. */
const outcomeWords = (outcome: string | null, manager?: string) =>
  outcome === "ended" && manager
    ? `Ended by ${manager}`
    : outcome && outcome in OUTCOME_LABELS
      ? OUTCOME_LABELS[outcome as keyof typeof OUTCOME_LABELS]
      : "left unfinished";

/**
 * The transcript format `flightdeck score` reads (`turns`: the attempt being flown), plus the
 * session's metadata, its scorecards (notes in the manager's numbering), and for a rewound
 * conversation `attempts`: the other attempts, each from the turn where it parts from this one.
 */
export function exportJson(record: ExportRecord, content?: Content) {
  const others = otherAttempts(record);
  const flown = record.branches.find((b) => b.active);
  const main = content?.scenarios.get(record.session.scenarioId)?.patterns[0];
  const mainCard = ScorecardSchema.safeParse(
    record.scorecards.find((c) => (c as { patternId?: unknown }).patternId === main),
  );
  const note = mainCard.success
    ? outcomeNote(record.session.outcome, countedCard(mainCard.data, record.counted ?? null))
    : undefined;
  const review = reviewJson(record, content);
  const { whose } = reviewReading(record);
  // Who spoke each employee turn, as the Markdown export names them: a mediation's scorecard reads it.
  const nameOf = (t: WireTurn) => {
    const name = t.personaId ? content?.personas.get(t.personaId)?.name : undefined;
    return t.speaker === "employee" && name ? { name } : {};
  };
  return {
    session: record.session,
    turns: record.turns.map((t) => ({
      speaker: t.speaker,
      text: t.text,
      ...nameOf(t),
      ...(t.status !== "complete" ? { status: t.status } : {}),
      // A reply the model never began: its line counted for nothing, and `score` leaves it out too.
      ...(t.cause ? { cause: t.cause } : {}),
    })),
    turnNumbers: "Turn numbers in notes count the manager's lines: turn 1 is their first line.",
    scorecards: record.scorecards.map((c) => renumbered(c, record.turns, whose)),
    counted: record.counted ?? null,
    ...(flown?.stillNeeded && flown.stillNeeded.length > 0
      ? { stillNeeded: flown.stillNeeded }
      : {}),
    ...(flown?.raisedAtEnd && flown.raisedAtEnd.length > 0
      ? { raisedAtEnd: flown.raisedAtEnd }
      : {}),
    ...(flown?.unanswered && flown.unanswered.length > 0 ? { unanswered: flown.unanswered } : {}),
    ...(note ? { outcomeNote: note } : {}),
    ...(review ? { review } : {}),
    ...(others.length > 0
      ? {
          rewound: others.length,
          attempts: others.map((a) => ({
            attempt: a.attempt,
            fromTurn: a.fromTurn,
            outcome: a.outcome,
            turns: a.turns.map((t) => ({
              speaker: t.speaker,
              text: t.text,
              ...nameOf(t),
              ...(t.status !== "complete" ? { status: t.status } : {}),
            })),
          })),
        }
      : {}),
  };
}

/** A reviewer's note on one step, flag or score, as the export words it. */
interface ReviewNote {
  /** "**Tom Becker** (reviewer)", or "**You**" for the manager. */
  who: string;
  /** Their name alone: "Tom Becker", or "you". */
  name: string;
  status: string | null;
  score: number | null;
  machineScore: number | null;
  reason: string;
  /** Counted in the verdict (or the score) that counts. */
  counts: boolean;
  /** Why it does not count, when it does not: " (not counted yet: …)". */
  why: string;
}

/**
 * The review notes of a session as the export reads them: who wrote each, and whether it counts,
 * by the rule the debrief follows (server/people/verdict.ts): a finished review of this version.
 */
function reviewReading(record: ExportRecord) {
  const notes = record.notes;
  const authorName = (id: string) =>
    (
      notes?.authors.find((a) => a.id === id)?.displayName ||
      (id === record.ownerId ? "The manager" : "A reviewer")
    ).replace(/[*_]/g, "");
  const reader = record.readerId ?? record.ownerId;
  /** The manager reads it (or no one said who): "you", "your reviewer". */
  const ownerReads = reader === undefined || reader === record.ownerId;
  const who = (id: string) =>
    ownerReads
      ? id === record.ownerId
        ? "**You**"
        : `**${authorName(id)}** (reviewer)`
      : id === reader
        ? "**You** (reviewer)"
        : id === record.ownerId
          ? `**${authorName(id)}** (manager)`
          : `**${authorName(id)}** (reviewer)`;
  const nameOf = (id: string) => (id === reader ? "you" : authorName(id));
  const done = (id: string) =>
    (notes?.reviews ?? []).some((r) => r.reviewerId === id && r.status === "done");
  const doneBy = (notes?.reviews ?? []).filter((r) => r.status === "done");
  // The manager's name, when the notes carry it (they name the session's owner among the authors).
  const owner = notes?.authors
    .find((a) => a.id === record.ownerId)
    ?.displayName.replace(/[*_]/g, "");
  /** Whose turns they are: "your", or the manager's name ("Priya Raman's"). */
  const whose = ownerReads ? "your" : owner ? `${owner}'s` : "the manager's";
  /** Who counted the review, as the subject of a sentence: "Your reviewer", "Tom Becker", "You". */
  const counter = ownerReads
    ? "Your reviewer"
    : doneBy.length === 1
      ? doneBy[0]?.reviewerId === reader
        ? "You"
        : authorName(doneBy[0]?.reviewerId ?? "")
      : "The reviewer";
  const stale = record.counted?.staleReview != null;
  const notCounted = (authorId: string) =>
    !done(authorId)
      ? " (not counted yet: the review is not marked done)"
      : stale
        ? " (not counted: the review was of an earlier version of this conversation)"
        : "";
  // Each author's latest word on each item.
  const latest = <T extends { authorId: string; updatedAt: unknown }>(
    list: readonly T[],
    key: (n: T) => string,
  ) => {
    const seen = new Set<string>();
    return list
      .toSorted((a, b) => Number(b.updatedAt) - Number(a.updatedAt))
      .filter((n) => {
        const k = `${n.authorId} ${key(n)}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      })
      .reverse();
  };
  const adjustments = latest(notes?.adjustments ?? [], (a) => `${a.patternId} ${a.stepId}`);
  const setAsides = latest(notes?.setAsides ?? [], (a) => `${a.patternId} ${a.flagId} ${a.turn}`);
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const changed = new Map((record.counted?.changedSteps ?? []).map((c) => [c.id, c]));
  return {
    any:
      (notes?.comments.length ?? 0) +
        (notes?.adjustments.length ?? 0) +
        (notes?.setAsides.length ?? 0) +
        (notes?.reviews.length ?? 0) >
      0,
    reviewedBy: (notes?.reviews ?? [])
      .filter((r) => r.status === "done")
      .toSorted((a, b) => Number(a.doneAt ?? a.updatedAt) - Number(b.doneAt ?? b.updatedAt))
      .map((r) => authorName(r.reviewerId)),
    authorName,
    who,
    ownerReads,
    whose,
    /** The manager's name, "the manager" when it is not known. */
    managerName: owner || "the manager",
    /** "Your turn", "Priya Raman's turn": at the start of a sentence. */
    Whose: whose.charAt(0).toUpperCase() + whose.slice(1),
    counter,
    /** The counter inside a sentence: "your reviewer", "Tom Becker", "you". */
    counterIn:
      counter === "Your reviewer" || counter === "You" || counter === "The reviewer"
        ? counter.charAt(0).toLowerCase() + counter.slice(1)
        : counter,
    /** The reader's own review is open (not marked done). */
    readerReviewOpen: (notes?.reviews ?? []).some(
      (r) => r.reviewerId === reader && r.status !== "done",
    ),
    /** Step notes of one pattern, by step id; `main`: the pattern whose verdict counts. */
    steps(patternId: string, main: boolean): Map<string, ReviewNote[]> {
      const out = new Map<string, ReviewNote[]>();
      for (const a of adjustments) {
        if (a.patternId !== patternId || a.stepId === null) continue;
        const c = main ? changed.get(a.stepId) : undefined;
        const counts = c !== undefined && c.reviewer === a.status;
        const note: ReviewNote = {
          who: who(a.authorId),
          name: nameOf(a.authorId),
          status: a.status,
          score: null,
          machineScore: null,
          reason: a.reason,
          counts,
          why: counts ? "" : notCounted(a.authorId),
        };
        out.set(a.stepId, [...(out.get(a.stepId) ?? []), note]);
      }
      return out;
    },
    /** Overall-score notes of one pattern, oldest first. */
    scores(patternId: string): ReviewNote[] {
      return adjustments
        .filter((a) => a.patternId === patternId && a.stepId === null && a.score !== null)
        .map((a) => ({
          who: who(a.authorId),
          name: nameOf(a.authorId),
          status: null,
          score: num(a.score),
          machineScore: num(a.machineScore),
          reason: a.reason,
          counts: notCounted(a.authorId) === "",
          why: notCounted(a.authorId),
        }));
    },
    /** Set-asides of one machine flag (same anti-pattern, turn and words). */
    setAsidesOf(
      patternId: string,
      flag: { id: string; turn: number; quote: string; title: string; critical: boolean },
    ): (ReviewNote & { authorId: string })[] {
      return setAsides
        .filter((a) => a.patternId === patternId && setAsideMatches(a, flag))
        .map((a) => ({
          authorId: a.authorId,
          who: who(a.authorId),
          name: nameOf(a.authorId),
          status: null,
          score: null,
          machineScore: null,
          reason: a.reason,
          counts: false,
          why: notCounted(a.authorId),
        }));
    },
    /** First comments on one turn, oldest first, each with its replies. */
    comments(turnId: string) {
      const all = (notes?.comments ?? []).toSorted(
        (a, b) => Number(a.createdAt) - Number(b.createdAt),
      );
      return all
        .filter((c) => c.turnId === turnId && c.parentId === null)
        .map((c) => ({ comment: c, replies: all.filter((r) => r.parentId === c.id) }));
    },
  };
}
type ReviewReading = ReturnType<typeof reviewReading>;

const statusWord = (status: string | null) =>
  status === null ? "—" : (STEP_STATUS_WORDS[status] ?? status);

/** A sentence ends with a full stop (after a closing quote too). */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** A comment or a reply under its line: one quoted line `flightdeck score` reads as a note. */
const noteLine = (who: string, verb: string, text: string) =>
  `${REVIEW_NOTE_MARK} ${who} ${verb}: ${text.replace(/\s+/g, " ").trim()}`;

const STATUS_WORDS: Readonly<Record<StepStatus, string>> = {
  hit: "✓ Done",
  partial: "◐ Partly",
  missed: "✗ Missed",
  not_applicable: "– Not applicable",
};

/**
 * The LLM judge's standing on a scorecard, one line above its steps, as the debrief says it: how
 * many steps it agrees on, or that it was still asked, or why it could not be had. Undefined when no
 * model was asked.
 */
function secondOpinionLine(card: Scorecard): string | undefined {
  const { judge, judgeStatus } = card;
  if (judge) {
    const agreeing = judge.steps.filter((s) => s.agrees).length;
    return `The model's second opinion (${judge.model}) agrees on ${agreeing} of ${judge.steps.length} steps; the score is the rule score.`;
  }
  if (judgeStatus?.status === "failed")
    return `The second opinion (${judgeStatus.model}) could not be had: ${judgeStatus.problem ?? "the model did not answer"}.`;
  if (judgeStatus?.status === "asked")
    return `The model's second opinion (${judgeStatus.model}) had not come yet when this was exported.`;
  return undefined;
}

/** A quote on one line, as Markdown shows it. */
const inline = (text: string) => `“${text.replace(/\s+/g, " ").trim()}”`;

/**
 * One scorecard as a crib to read before the real conversation: the verdict and why, each step of
 * the pattern with the manager's own words that showed it (or why it is missing), and each flag with
 * its better phrasing. Turn numbers count the manager's lines, as the debrief does. It sits before
 * the first speaker line, where `flightdeck score` reads nothing.
 *
 * After a review, as on the debrief: a step a counting review changed shows the reviewer's status,
 * the machine's beside it and the reviewer's reason; a flag it set aside is struck, with the reason;
 * a note that does not count (yet) is given as such.
 */
function scorecardMarkdown(
  card: Scorecard,
  turns: readonly WireTurn[],
  content: Content,
  position: number,
  several: boolean,
  review: ReviewReading,
  /** The counted verdict of the main pattern, when a finished review re-decided it. */
  reviewed?: {
    failReasons: readonly string[];
    setAside: readonly { id: string; turn: number; reason: string }[];
  },
  /** The steps a counting review changed (main pattern only), by step id. */
  changed: ReadonlyMap<string, { machine: string; reviewer: string }> = new Map(),
  main = false,
): string[] {
  const spoken = scoredTurns(turns);
  const numbers = managerNumbers(turns);
  const numberAt = (position: number) => {
    const index = spoken[position]?.index;
    return index === undefined ? undefined : numbers.get(index);
  };
  const title = content.patterns.get(card.patternId)?.title ?? card.patternId;
  const role = !several
    ? ""
    : position === 0
      ? " (the main pattern: this score counts)"
      : " (also practised here: this score does not count)";
  const out = [`### ${title}${role}`, ""];
  const failReasons = reviewed?.failReasons ?? card.failReasons;
  if (failReasons.length > 0) {
    out.push("Why it did not pass:", "");
    for (const reason of failReasons) out.push(`- ${renumberNote(reason, turns, review.whose)}`);
    out.push("");
  }
  const stepNotes = review.steps(card.patternId, main);
  const judged = secondOpinionLine(card);
  if (judged) out.push(judged, "");
  out.push("Steps:", "");
  for (const step of card.steps) {
    const change = changed.get(step.id);
    const status = (change?.reviewer ?? step.status) as StepStatus;
    const head = `- ${STATUS_WORDS[status] ?? status}: ${step.title}${step.required ? " (required)" : ""}`;
    const shown = step.evidence.flatMap((e) => {
      const n = numberAt(e.turn);
      return n === undefined ? [] : [`turn ${n} ${inline(e.quote)}`];
    });
    const words = shown.length > 0 ? `: ${shown.join("; ")}` : "";
    let line: string;
    if (change) {
      // The reviewer's status counts; the machine's, with what it read, beside it.
      const machine = [
        shown.join("; "),
        step.status === "hit" ? "" : renumberNote(step.note, turns, review.whose),
      ].filter(Boolean);
      // Whose status counts: the manager's reviewer; for anyone else, the note that counts, by name.
      const by = review.ownerReads
        ? review.counter
        : ((stepNotes.get(step.id) ?? []).findLast((n) => n.counts)?.name ?? review.counter);
      line = `${head}. ${by === "you" ? "You" : by} marked it ${statusWord(change.reviewer)}; the machine had it ${statusWord(change.machine)}${machine.length > 0 ? `: ${machine.join(". ")}` : ""}`;
    } else
      line =
        step.status === "hit" && words
          ? `${head}${words}`
          : `${head}${words}. ${renumberNote(step.note, turns, review.whose)}`;
    for (const n of stepNotes.get(step.id) ?? [])
      line = n.counts
        ? `${sentence(line)} Why (${n.name}): ${n.reason.trim()}`
        : `${sentence(line)} ${n.who} marked it ${statusWord(n.status)}${n.why}. Why: ${n.reason.trim()}`;
    out.push(line);
    // The model's verdict on the step, under it, as the debrief shows it beside the rules'.
    const opinion = card.judge?.steps.find((j) => j.id === step.id);
    if (card.judge && opinion) {
      const at = opinion.turns.flatMap((t) => numberAt(t) ?? []);
      const turnsSaid =
        at.length > 0 ? `, ${at.length === 1 ? "turn" : "turns"} ${at.join(", ")}` : "";
      const reason = opinion.reason.replace(/\s+/g, " ").trim();
      out.push(
        `  - Second opinion (${card.judge.model}): ${statusWord(opinion.status)}${turnsSaid}, ${opinion.agrees ? "agrees" : "differs"}${reason ? ` · ${reason}` : ""}`,
      );
    }
  }
  out.push("");
  if (card.antiPatterns.length > 0) {
    out.push("Flags:", "");
    for (const f of card.antiPatterns) {
      const n = numberAt(f.turn);
      const spread = (f.across ?? []).flatMap((p) => numberAt(p.turn) ?? []);
      const where =
        n === undefined
          ? ""
          : spread.length > 0
            ? `Turns ${[...spread, n].join(", ")}: `
            : `Turn ${n}: `;
      const critical = f.critical && !f.sameSentenceAs ? " (critical)" : "";
      const setAside = reviewed?.setAside.find((a) => a.id === f.id && a.turn === f.turn);
      const title = setAside ? `~~${f.title}~~` : f.title;
      const why = setAside ? ` Set aside by ${review.counterIn}: ${setAside.reason.trim()}` : "";
      // A set-aside that does not count (yet): said, with whose it is, the flag not struck.
      const pending = setAside
        ? ""
        : review
            .setAsidesOf(card.patternId, f)
            .map((a) => ` ${a.who} set this flag aside${a.why}. Why: ${a.reason.trim()}`)
            .join("");
      out.push(
        `- ${where}${title}${critical}: ${inline(f.quote)} Better: ${f.better.trim()}${why}${pending}`,
      );
    }
    out.push("");
  }
  return out;
}

/** The turns a comment may be on: the attempt flown's, and every other attempt's, by id. */
function lineNames(record: ExportRecord): Map<string, { speaker: string; number: number }> {
  const out = new Map<string, { speaker: string; number: number }>();
  const name = (turns: readonly WireTurn[]) => {
    let n = 0;
    for (const t of turns) {
      if (t.speaker === "manager") n++;
      if (!out.has(t.id)) out.set(t.id, { speaker: t.speaker, number: n });
    }
  };
  name(record.turns);
  for (const b of record.branches) name(b.turns as WireTurn[]);
  return out;
}

/** The review notes for the JSON export: the same as the Markdown's, with who and whether it counts. */
function reviewJson(record: ExportRecord, content: Content | undefined) {
  const review = reviewReading(record);
  if (!record.notes || !review.any) return undefined;
  const lines = lineNames(record);
  const plain = (who: string) => who.replace(/\*\*/g, "");
  const main = content?.scenarios.get(record.session.scenarioId)?.patterns[0];
  const cards = record.scorecards as {
    patternId?: string;
    steps?: { id: string; title: string }[];
  }[];
  return {
    reviewedBy: review.reviewedBy,
    comments: record.notes.comments
      .filter((c) => c.parentId === null)
      .map((c) => {
        const line = lines.get(c.turnId);
        return {
          on: !line
            ? "a line no longer in the conversation"
            : line.speaker === "manager"
              ? `${review.whose} turn ${line.number}`
              : `the reply to ${review.whose} turn ${line.number}`,
          author: plain(review.who(c.authorId)),
          text: c.text,
          replies: review
            .comments(c.turnId)
            .flatMap((t) =>
              t.comment.id === c.id
                ? t.replies.map((r) => ({ author: plain(review.who(r.authorId)), text: r.text }))
                : [],
            ),
        };
      }),
    steps: cards.flatMap((card) => {
      const patternId = card.patternId ?? "";
      return [...review.steps(patternId, patternId === main).entries()].flatMap(([stepId, ns]) =>
        ns.map((n) => ({
          patternId,
          stepId,
          step: card.steps?.find((s) => s.id === stepId)?.title ?? stepId,
          reviewer: n.status,
          author: plain(n.who),
          reason: n.reason,
          counts: n.counts,
        })),
      );
    }),
    scores: cards.flatMap((card) =>
      review.scores(card.patternId ?? "").map((n) => ({
        patternId: card.patternId,
        machine: n.machineScore,
        reviewer: n.score,
        author: plain(n.who),
        reason: n.reason,
        counts: n.counts,
      })),
    ),
    setAsides: record.notes.setAsides.map((a) => ({
      patternId: a.patternId,
      flagId: a.flagId,
      quote: a.quote,
      author: plain(review.who(a.authorId)),
      reason: a.reason,
      counts:
        a.patternId === main &&
        (record.counted?.setAsideFlags ?? []).some((f) => f.id === a.flagId && f.turn === a.turn),
    })),
  };
}

/**
 * The conversation as Markdown `flightdeck score` reads: the attempt being flown, then (for a
 * rewound conversation) the other attempts under their own heading, which the parser stops at.
 * Reviewers' comments sit under the lines they are on, as notes the parser skips.
 */
export function exportMarkdown(record: ExportRecord, content: Content): string {
  const scenario = content.scenarios.get(record.session.scenarioId);
  const lines = [`# ${scenario?.title ?? record.session.scenarioId}`, ""];
  const outcome = record.session.outcome;
  const review = reviewReading(record);
  const manager = review.ownerReads ? undefined : review.managerName;
  lines.push(`Outcome: ${outcome ? outcomeWords(outcome, manager) : "in progress"}`, "");
  // What it still needed to end resolved, as the debrief says it under the outcome.
  const flown = record.branches.find((b) => b.active);
  if (flown?.stillNeeded && flown.stillNeeded.length > 0)
    lines.push(
      `To end resolved, the conversation still needed: ${flown.stillNeeded.join("; ")}.`,
      "",
    );
  for (const note of flown?.raisedAtEnd ?? []) lines.push(`${note}.`, "");
  for (const note of flown?.unanswered ?? []) lines.push(`${note}.`, "");
  const others = otherAttempts(record);
  if (others.length > 0) {
    const times = others.length === 1 ? "once" : `${others.length} times`;
    lines.push(
      `This conversation was rewound ${times}. Below is the version being flown; the other ${others.length === 1 ? "version follows" : "versions follow"} it, under "Other versions".`,
      "",
    );
  }
  if (review.any) {
    const by = review.reviewedBy;
    lines.push(
      by.length > 0
        ? `Reviewed by ${by.length === 1 ? by[0] : `${by.slice(0, -1).join(", ")} and ${by.at(-1)}`}. Their comments are under the lines they are on (💬).`
        : review.ownerReads
          ? "Your mentor's review is in progress: it counts once they mark it done. Their comments so far are under the lines they are on (💬)."
          : review.readerReviewOpen
            ? "Your review is in progress: it counts once you mark it done. The comments so far are under the lines they are on (💬)."
            : "The review is in progress: it counts once the reviewer marks it done. The comments so far are under the lines they are on (💬).",
      "",
    );
  }
  // The score before the turns: `flightdeck score` reads what follows the first speaker as speech.
  // The main pattern's line says what counts, as every screen does: a finished review's score and
  // verdict in place of the machine's, and a review of an earlier version as such.
  const main = scenario?.patterns[0];
  const counted = record.counted ?? null;
  const verdict = (passed: boolean | undefined) => (passed ? "passed" : "not passed");
  const several = record.scorecards.length > 1;
  record.scorecards.forEach((raw, i) => {
    const card = raw as { patternId?: string; overall?: number; passed?: boolean };
    const isMain = card.patternId === main;
    const reviewed =
      counted && isMain && (counted.reviewedOverall !== null || counted.verdictByReviewer);
    lines.push(
      reviewed
        ? `Score (${card.patternId}): ${counted.overall}/100 — ${verdict(counted.passed)}, as ${review.counterIn} counted it (the machine: ${counted.machineOverall}/100 — ${verdict(counted.machinePassed)})`
        : `Score (${card.patternId}): ${card.overall}/100 — ${verdict(card.passed)}`,
      "",
    );
    if (counted?.staleReview && isMain)
      lines.push(
        `${review.ownerReads ? "Your reviewer's review" : "The review"}${counted.staleReview.overall !== null ? ` (${counted.staleReview.overall}/100)` : ""} was of an earlier version of this conversation, before it was rewound; this version counts with the machine's score until ${review.ownerReads ? "they review it" : "it is reviewed"} again.`,
        "",
      );
    const parsed = ScorecardSchema.safeParse(raw);
    // What the review changed and what that does to the verdict, in the debrief's words.
    if (counted && isMain && parsed.success) {
      const said = reviewedVerdictText(
        {
          passed: counted.passed,
          verdictByReviewer: counted.verdictByReviewer,
          changedSteps: counted.changedSteps ?? [],
          setAsideFlags: (counted.setAsideFlags ?? []).map((a) => {
            const flag = parsed.data.antiPatterns.find((f) => f.id === a.id && f.turn === a.turn);
            return {
              ...a,
              title: a.title ?? flag?.title ?? a.id,
              critical: a.critical ?? flag?.critical ?? false,
            };
          }),
        },
        review.counter,
        (where) => renumberNote(where, record.turns, review.whose),
      );
      if (said) lines.push(said, "");
    }
    for (const n of card.patternId ? review.scores(card.patternId) : [])
      lines.push(
        `${n.who} scored it ${n.score}${n.why} (the machine: ${n.machineScore ?? card.overall}). Why: ${n.reason.trim()}`,
        "",
      );
    // Why "Resolved" and the pass disagree, read with the counted verdict, as the debrief says it.
    if (isMain && parsed.success) {
      const note = outcomeNote(outcome, countedCard(parsed.data, counted));
      if (note) lines.push(note, "");
    }
    const redecided =
      counted &&
      isMain &&
      counted.failReasons !== undefined &&
      ((counted.changedSteps ?? []).length > 0 || (counted.setAsideFlags ?? []).length > 0)
        ? { failReasons: counted.failReasons, setAside: counted.setAsideFlags ?? [] }
        : undefined;
    const changed = new Map(
      isMain ? (counted?.changedSteps ?? []).map((c) => [c.id, c] as const) : [],
    );
    if (parsed.success)
      lines.push(
        ...scorecardMarkdown(
          parsed.data,
          record.turns,
          content,
          i,
          several,
          review,
          redecided,
          changed,
          isMain,
        ),
      );
  });
  if (record.turns.length > 0) lines.push("## Transcript", "");
  const turn = (t: WireTurn) => {
    const name = t.personaId ? content.personas.get(t.personaId)?.name : undefined;
    const note =
      t.status !== "interrupted" ? "" : isUnanswered(t) ? ` ${UNANSWERED_NOTE}` : " _(cut off)_";
    return markdownTurn(t.speaker, t.text, { name, note });
  };
  // A turn, then the comments on it and the replies to them, each a note of its own.
  const withNotes = (t: WireTurn) => [
    turn(t),
    "",
    ...review
      .comments(t.id)
      .flatMap(({ comment, replies }) => [
        noteLine(review.who(comment.authorId), "commented", comment.text),
        "",
        ...replies.flatMap((r) => [noteLine(review.who(r.authorId), "replied", r.text), ""]),
      ]),
  ];
  for (const t of record.turns) lines.push(...withNotes(t));
  if (others.length > 0) {
    lines.push(OTHER_VERSIONS_HEADING, "");
    for (const a of others) {
      lines.push(
        `### ${versionName(a.attempt)}: from ${review.whose} turn ${a.fromTurn} (${outcomeWords(a.outcome, manager)})`,
        "",
        a.fromTurn === 1
          ? "This version went another way from the first line."
          : a.fromTurn === 2
            ? `${review.Whose} turn 1 and the reply to it are as above; this version went on from there.`
            : `${review.Whose} turns 1 to ${a.fromTurn - 1} and the replies to them are as above; this version went on from there.`,
        "",
      );
      for (const t of a.turns) lines.push(...withNotes(t));
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
