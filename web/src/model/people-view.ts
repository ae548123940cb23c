/**
 * Words and order for the facilitator's and mentor's pages, pure so they are tested without a
 * browser: a progress cell in words, the inbox order, who may edit a note, κ in plain language.
 */

import { daysBetween, daysLate, isDueDate, utcDate } from "../../../server/people/due-date";
import { formatDate, formatDateTime, formatDay, formatSigned } from "./format";
import { foldForSearch } from "./library-filter";

export type CellStatus = "not_started" | "in_progress" | "done";

export interface CellLike {
  status: CellStatus;
  bestScore: number | null;
  /** The best score is a reviewer's (a finished review), not the rules'. */
  bestReviewed?: boolean;
  /** Whether the best attempt passed (the verdict that counts); null/absent without a score. */
  bestPassed?: boolean | null | undefined;
  /** That verdict is a reviewer's: their step statuses changed the machine's. */
  bestPassedByReviewer?: boolean | undefined;
  /** Why the best attempt did not pass, in the server's words ("Escalated on turn 2"). */
  bestWhyNotPassed?: readonly string[] | undefined;
  attempts: number;
  overdue: boolean;
  /** For a done cell, whole days it was done after the due date (0: on time). */
  daysLate?: number | null;
  /** When a done cell became done. */
  completedAt?: number | null;
  /** Attempts the member deleted (no longer counted), and how many of them were reviewed. */
  deletedAttempts?: number | undefined;
  deletedReviewed?: number | undefined;
}

export const CELL_STATUS_LABELS: Record<CellStatus, { label: string; icon: string }> = {
  not_started: { label: "Not started", icon: "○" },
  in_progress: { label: "In progress", icon: "◐" },
  done: { label: "Done", icon: "✓" },
};

/**
 * How many days late a done cell reads: the server's count (due-date.ts `daysLate`, the one the CSV's
 * `days_late` has), calendar days from the due date to the UTC day it was done, so the grid, History
 * and the export say one number for one fact. Recounted here with the same function when the cell says
 * when it was done. 0 when on time or not done.
 */
export function lateDays(
  cell: { status: string; daysLate?: number | null; completedAt?: number | null },
  dueDate: string | null | undefined,
): number {
  const late = cell.status === "done" ? (cell.daysLate ?? 0) : 0;
  if (late <= 0 || !dueDate || cell.completedAt == null) return late;
  return Math.max(1, daysLate(dueDate, cell.completedAt));
}

/** The UTC day a cell was done, as `lateDays` counts it and the CSV's time names it: "Nov 28, 2026". */
export const finishedDay = (completedAt: number): string => formatDay(utcDate(completedAt));

/** A cell's status in words: "Done", "Done late (6 days)", "In progress". */
export function cellStatusLabel(
  cell: Pick<CellLike, "status" | "daysLate" | "completedAt">,
  dueDate?: string | null,
): string {
  const late = lateDays(cell, dueDate);
  return late > 0 ? `Done late (${plural(late, "day")})` : CELL_STATUS_LABELS[cell.status].label;
}

/**
 * One cell of the progress grid as a sentence a screen reader can read alone:
 * "In progress, overdue · best 62 of 70 · 2 attempts", "Done late (6 days) · best 81 of 70 · 1 attempt",
 * "Done · best 74 of 70, given by a reviewer, passed · 1 attempt", "In progress · best 76 of 70, not
 * passed · 1 attempt".
 */
export function cellSummary(cell: CellLike, targetScore: number, dueDate?: string | null): string {
  const parts = [`${cellStatusLabel(cell, dueDate)}${cell.overdue ? ", overdue" : ""}`];
  if (lateDays(cell, dueDate) > 0 && cell.completedAt != null)
    parts.push(`finished ${finishedDay(cell.completedAt)}`);
  if (cell.bestScore !== null)
    parts.push(
      `best ${cell.bestScore} of ${targetScore}${cell.bestReviewed ? ", given by a reviewer" : ""}${passedWords(cell, ", ")}`,
    );
  const whyNot = notPassedWhy(cell);
  if (whyNot) parts.push(whyNot);
  if (cell.attempts > 0) parts.push(plural(cell.attempts, "attempt"));
  const deleted = deletedWords(cell);
  if (deleted) parts.push(deleted);
  return parts.join(" · ");
}

/**
 * Whether the best attempt passed, after `lead`: "passed", "not passed", "passed by a reviewer" (their
 * step statuses changed the machine's verdict). Empty without a verdict (an older server).
 */
export function passedWords(
  cell: Pick<CellLike, "bestPassed" | "bestPassedByReviewer">,
  lead = "",
): string {
  if (cell.bestPassed == null) return "";
  const verdict = cell.bestPassed ? "passed" : "not passed";
  return `${lead}${verdict}${cell.bestPassedByReviewer ? " by a reviewer" : ""}`;
}

/**
 * Why the best attempt did not pass, in one line: "Escalated on turn 2 · Required step “Name the
 * impact” missed"; null when it passed, has no score, or the server does not say.
 */
export function notPassedWhy(
  cell: Pick<CellLike, "bestPassed" | "bestWhyNotPassed">,
): string | null {
  if (cell.bestPassed !== false || !cell.bestWhyNotPassed?.length) return null;
  return cell.bestWhyNotPassed.join(" · ");
}

/**
 * One assigned scenario across the whole cohort, for its column's head, so a facilitator of thirty
 * sees who is behind without reading every cell: "1 of 3 done · 1 in progress · 1 not started ·
 * 2 overdue". Done late counts as done; overdue is said on its own, as it cuts across the others.
 */
export function columnTally(cells: readonly Pick<CellLike, "status" | "overdue">[]): string {
  const count = (status: CellStatus) => cells.filter((c) => c.status === status).length;
  const parts = [`${count("done")} of ${cells.length} done`];
  const inProgress = count("in_progress");
  const notStarted = count("not_started");
  const overdue = cells.filter((c) => c.overdue).length;
  if (inProgress > 0) parts.push(`${inProgress} in progress`);
  if (notStarted > 0) parts.push(`${notStarted} not started`);
  if (overdue > 0) parts.push(`${overdue} overdue`);
  return parts.join(" · ");
}

/**
 * Attempts the member deleted, which no longer count: "1 attempt deleted", "2 reviewed attempts
 * deleted", "3 attempts deleted (1 reviewed)"; null when none was.
 */
export function deletedWords(cell: Pick<CellLike, "deletedAttempts" | "deletedReviewed">) {
  const n = cell.deletedAttempts ?? 0;
  const reviewed = cell.deletedReviewed ?? 0;
  if (n === 0) return null;
  if (reviewed === 0) return `${plural(n, "attempt")} deleted`;
  if (reviewed === n) return `${plural(n, "reviewed attempt")} deleted`;
  return `${plural(n, "attempt")} deleted (${reviewed} reviewed)`;
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** What the facilitator set for an assignment, in one line: "Target 70 · at least 2 attempts, 5 count". */
export function assignmentRules(a: {
  targetScore: number;
  minAttempts: number;
  maxAttempts: number | null;
}): string {
  const counted =
    a.maxAttempts === null ? "" : `, the first ${plural(a.maxAttempts, "attempt")} count`;
  return `Target ${a.targetScore} · at least ${plural(a.minAttempts, "attempt")}${counted}`;
}

// ── the cohort list ──

/** A cohort's name as two are compared (as the server does): spaces collapsed, case folded. */
export const cohortNameKey = (name: string): string =>
  name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("und");

/** The names (as keys) that more than one of the listed cohorts has: their cards need telling apart. */
export function sharedCohortNames(cohorts: readonly { name: string }[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const c of cohorts) {
    const key = cohortNameKey(c.name);
    if (seen.has(key)) shared.add(key);
    seen.add(key);
  }
  return shared;
}

/** Who is in a cohort, for its card: "2 managers · 1 mentor · 7 invited, not yet joined". */
export function cohortPeopleWords(c: {
  members: number;
  mentors: number;
  invited?: number;
}): string {
  const parts = [plural(c.members, "manager"), plural(c.mentors, "mentor")];
  if (c.invited) parts.push(`${c.invited} invited, not yet joined`);
  return parts.join(" · ");
}

/** What a new assignment's form starts with; after each assignment it goes back to these. */
export const ASSIGNMENT_DEFAULTS = { target: "70", min: "1", max: "" } as const;

/**
 * The attempt settings in the form that are not the defaults, in words ("target 40", "at least 2
 * attempts", "at most 3 attempts"): what a scenario picked next would inherit, said before it does.
 */
export function settingsOffDefault(form: { target: string; min: string; max: string }): string[] {
  const words: string[] = [];
  if (form.target.trim() !== ASSIGNMENT_DEFAULTS.target) words.push(`target ${form.target.trim()}`);
  if (form.min.trim() !== ASSIGNMENT_DEFAULTS.min)
    words.push(`at least ${plural(Number(form.min), "attempt")}`);
  if (form.max.trim() !== ASSIGNMENT_DEFAULTS.max)
    words.push(`at most ${plural(Number(form.max), "attempt")}`);
  return words;
}

// ── due dates: a calendar day ("2026-12-10"), the same day for every reader wherever they are ──

/**
 * A date field's value as a due date, or null when it is empty or not a real day. The server keeps
 * the day itself; someone is overdue once it has ended everywhere (server/people/due-date.ts).
 */
export function dueFromDateInput(value: string): string | null {
  return isDueDate(value) ? value : null;
}

/** Today where the reader is, as a date field holds it: "2026-11-27". */
export function localDate(now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Whole days from the reader's today to a due date: "due today", "due in 3 days", "due 2 days ago".
 * About the date only: whether someone is overdue is their cell's to say (they may have finished in
 * time, and the day may not have ended everywhere yet).
 */
export function dueWords(dueDate: string | null, now: number): string {
  if (dueDate === null) return "no due date";
  const days = daysBetween(localDate(now), dueDate);
  if (days < 0) return `due ${plural(-days, "day")} ago`;
  if (days === 0) return "due today";
  if (days === 1) return "due tomorrow";
  return `due in ${days} days`;
}

/** True when a date field's day has already ended where the facilitator is. */
export function isPastDay(value: string, now: number): boolean {
  return isDueDate(value) && value < localDate(now);
}

/**
 * When an assignment becomes overdue, under the date field: the same day for everyone, and nobody is
 * late while it is still that day where they are.
 */
export const OVERDUE_RULE =
  "The same day for everyone: overdue once it has ended everywhere in the world (noon UTC the next day).";

// ── invitations ──

/** "Manager", "Mentor and Facilitator": the roles an invitation offers, for lists of links. */
export function invitedAs(roles: readonly string[]): string {
  const words = roles.map((r) => r.charAt(0).toUpperCase() + r.slice(1));
  return words.join(" and ") || "no role";
}

/** Links made during this visit, newest first; an older link for the same email stops working. */
export interface MadeLink {
  id: string;
  url: string;
  email: string;
  /** The name given with the email, if any. */
  name?: string | undefined;
  roles: string[];
  expiresAt: number;
  /** How many earlier unused links for this email it made stop working. */
  replaced: number;
  /** Why it stopped working, if it did. */
  closed: "replaced" | "revoked" | null;
  /** The links made by one submit of a pasted list share a batch: they stay in the paste's order. */
  batch?: number;
}

/**
 * A new link into the list: newest first, except that the links of one pasted list (one `batch`)
 * keep the order they were pasted in, the list's first email first. An earlier open link for the
 * same email is marked replaced (the server made it stop working).
 */
export function addMadeLink(
  links: readonly MadeLink[],
  link: Omit<MadeLink, "closed">,
): MadeLink[] {
  const others = links.map((l) =>
    l.email === link.email && l.closed === null ? { ...l, closed: "replaced" as const } : l,
  );
  const made: MadeLink = { ...link, closed: null };
  const lastOfBatch =
    link.batch === undefined ? -1 : others.findLastIndex((l) => l.batch === link.batch);
  return [...others.slice(0, lastOfBatch + 1), made, ...others.slice(lastOfBatch + 1)];
}

/**
 * What "Copy all" puts on the clipboard: each link that still works, as listed, one a line, the
 * email and the link separated by a tab (two columns when pasted into a spreadsheet).
 */
export const madeLinkLines = (links: readonly MadeLink[]): string =>
  links
    .filter((l) => l.closed === null)
    .map((l) => `${l.email}\t${l.url}`)
    .join("\n");

/** The status after a submit: how many links were made, in words. */
export function madeLinksWords(
  made: readonly { email: string; name?: string | undefined; replaced: number }[],
): string {
  if (made.length === 0) return "";
  const first = made[0];
  if (made.length === 1 && first)
    return `Invitation link for ${inviteeWords(first)} created${first.replaced > 0 ? "; it replaces their earlier link" : ""}. Copy it from the list below.`;
  const replaced = made.filter((m) => m.replaced > 0).length;
  return `${made.length} invitation links created, in the order you gave the emails${
    replaced > 0 ? ` (${replaced} of them replace an earlier link)` : ""
  }. Copy them below, one by one or all at once.`;
}

export const revokeMadeLink = (links: readonly MadeLink[], id: string): MadeLink[] =>
  links.map((l) => (l.id === id && l.closed === null ? { ...l, closed: "revoked" as const } : l));

// ── the mentor inbox ──

export interface InboxLike {
  sessionId: string;
  sharedAt: number;
  review: { status: "open" | "done"; doneAt: number | null } | null;
  /** Its owner deleted it: nothing left to review. */
  deletedAt?: number | null | undefined;
  /**
   * My review is done, but the session was scored again since (its owner rewound it): my review is
   * of an earlier version and counts for nothing until I mark it done again.
   */
  changedSinceReview?: boolean | undefined;
  /** Replies to my comments I have not read: the session waits for me until I open it. */
  unreadReplies?: number | undefined;
}

export const awaitingReview = (item: InboxLike) =>
  item.deletedAt == null &&
  (item.review?.status !== "done" ||
    item.changedSinceReview === true ||
    (item.unreadReplies ?? 0) > 0);

/** Waiting for me only because of a reply to my comments: my review is done and still counts. */
export const awaitingOnlyReply = (item: InboxLike) =>
  awaitingReview(item) &&
  item.review?.status === "done" &&
  item.changedSinceReview !== true &&
  (item.unreadReplies ?? 0) > 0;

/**
 * What waits for a reviewer, in words: "2 awaiting review", "1 awaiting review · 1 with a new
 * reply", "1 with a new reply" (`replied` of the `waiting` wait only for a reply to be read).
 * `yours`: "awaiting your review", as the menu says it.
 */
export function waitingWords(waiting: number, replied: number, yours = false): string {
  const replies = Math.min(Math.max(replied, 0), waiting);
  const reviews = waiting - replies;
  const parts = [
    ...(reviews > 0 || replies === 0 ? [`${reviews} awaiting ${yours ? "your " : ""}review`] : []),
    ...(replies > 0 ? [`${replies} with a new reply`] : []),
  ];
  return parts.join(" · ");
}

/**
 * "Not started" (no note yet), "In review" (notes, not marked done), "Reviewed", or "Changed since
 * your review" (rewound and scored again after it was finished).
 */
export function reviewStatusLabel(
  review: InboxLike["review"],
  deleted = false,
  changed = false,
): string {
  // A session its owner deleted is nothing to start or finish: only a finished review is worth saying.
  if (deleted && review?.status !== "done") return "Nothing to review";
  if (review === null) return "Not started";
  if (review.status === "done" && changed && !deleted) return "Changed since your review";
  return review.status === "done" ? "Reviewed" : "In review";
}

/**
 * Whether my finished review is of an earlier version: the session was scored again (rewound, new
 * lines) after I last marked it done or adjusted it, as the server decides `changedSinceReview`.
 */
export function reviewOfEarlierVersion(
  review: { status: string; doneAt: number | null } | null,
  myAdjustments: readonly { updatedAt: number }[],
  lastScoredAt: number | null | undefined,
): boolean {
  if (review?.status !== "done" || review.doneAt === null || lastScoredAt == null) return false;
  return lastScoredAt > Math.max(review.doneAt, ...myAdjustments.map((a) => a.updatedAt));
}

/**
 * Which of the manager's attempts a shared session is, as their History numbers it, and when it
 * was started: "Attempt 2 of 3 · Nov 27, 06:49 PM".
 */
export function attemptWords(attempt: { n: number; of: number; startedAt: number }): string {
  return `Attempt ${attempt.n} of ${attempt.of} · ${formatDateTime(attempt.startedAt)}`;
}

/**
 * The score of a shared session as the inbox lists it: a finished review's overall score counts,
 * with the machine's beside it ("55 (machine 89)", as History says it); else the machine's.
 */
export function inboxScoreText(item: {
  overall: number | null;
  reviewedOverall?: number | null | undefined;
  counted?: { passed: boolean; verdictByReviewer: boolean } | null | undefined;
}): string {
  // The verdict that counts, as History and the grid say it; "by review" when a reviewer's step
  // statuses decided it.
  const c = item.counted;
  const verdict = c
    ? `, ${c.passed ? "passed" : "not passed"}${c.verdictByReviewer ? " by review" : ""}`
    : "";
  if (item.reviewedOverall != null)
    return item.overall === null
      ? `${item.reviewedOverall} (reviewed)${verdict}`
      : `${item.reviewedOverall} (machine ${item.overall})${verdict}`;
  return item.overall === null ? "No score" : `${item.overall}${verdict}`;
}

/**
 * Awaiting review first, the one waiting longest at the top (first shared, first reviewed); then the
 * finished ones and those their owner deleted, the most recent (finished or deleted) first.
 */
export function sortInbox<T extends InboxLike>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    const wa = awaitingReview(a);
    const wb = awaitingReview(b);
    if (wa !== wb) return wa ? -1 : 1;
    if (wa) return a.sharedAt - b.sharedAt || a.sessionId.localeCompare(b.sessionId);
    const da = a.deletedAt ?? a.review?.doneAt ?? a.sharedAt;
    const db = b.deletedAt ?? b.review?.doneAt ?? b.sharedAt;
    return db - da || a.sessionId.localeCompare(b.sessionId);
  });
}

// ── notes ──

export interface NoteLike {
  authorId: string;
}

/** Only a note's author edits or deletes it (the server refuses everyone else with 403). */
export const isMine = (note: NoteLike, meId: string | undefined) =>
  meId !== undefined && note.authorId === meId;

/** Comments grouped by the turn they are on, oldest first within a turn. */
export function commentsByTurn<T extends { turnId: string; createdAt: number }>(
  comments: readonly T[],
): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const c of [...comments].sort((a, b) => a.createdAt - b.createdAt)) {
    const list = out.get(c.turnId);
    if (list) list.push(c);
    else out.set(c.turnId, [c]);
  }
  return out;
}

// ── scoring agreement ──

/**
 * Cohen's κ in words, on the Landis and Koch scale: below 0 reviewers agree less than chance would,
 * 0.8 and above is near-perfect agreement.
 */
export function kappaWords(kappa: number): string {
  if (kappa < 0) return "worse than chance";
  if (kappa <= 0.2) return "slight";
  if (kappa <= 0.4) return "fair";
  if (kappa <= 0.6) return "moderate";
  if (kappa <= 0.8) return "substantial";
  return "almost perfect";
}

/** The confusion counts where reviewer and machine differed, largest first: "hit→missed: 2". */
export function disagreements(confusion: Readonly<Record<string, number>>): [string, number][] {
  return Object.entries(confusion)
    .filter(([pair]) => {
      const [machine, reviewer] = pair.split("→");
      return machine !== reviewer;
    })
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Steps where reviewers agree least with the machine first; among equals, the most reviewed first. */
export function weakestFirst<T extends { agreementRate: number; reviews: number; stepId: string }>(
  steps: readonly T[],
): T[] {
  return [...steps].sort(
    (a, b) =>
      a.agreementRate - b.agreementRate ||
      b.reviews - a.reviews ||
      a.stepId.localeCompare(b.stepId),
  );
}

/**
 * How reviewers changed the overall score, in words that keep raises and cuts apart: "Reviewers
 * changed the overall score in 2 finished reviews: raised it in 1 and lowered it in 1, by 31 points
 * on average either way (net −3)."
 */
export function overallChangeWords(
  changes: { adjusted: number; raised: number; lowered: number; meanAbsolute: number },
  netShift: number | null,
): string {
  const { adjusted, raised, lowered } = changes;
  const where = `Reviewers set the overall score in ${plural(adjusted, "finished review")}`;
  if (raised + lowered === 0) return `${where}, each time the same as the machine's.`;
  const ways = [
    raised > 0 ? `raised it in ${raised}` : "",
    lowered > 0 ? `lowered it in ${lowered}` : "",
    adjusted - raised - lowered > 0 ? `kept it in ${adjusted - raised - lowered}` : "",
  ].filter(Boolean);
  const listed = ways.length === 1 ? ways[0] : `${ways.slice(0, -1).join(", ")} and ${ways.at(-1)}`;
  const net =
    raised > 0 && lowered > 0 && netShift !== null ? ` (net ${formatSigned(netShift, 1)})` : "";
  return `${where}: ${listed}, by ${plural(Math.round(changes.meanAbsolute), "point")} on average either way${net}.`;
}

/** One person to invite: their email, and their name when the pasted text gave one. */
export interface Invitee {
  email: string;
  name?: string;
}

const NAME_LIMIT = 100;
// `"Ann Lee" <ann@…>`, `Ann Lee <ann@…>`, `<ann@…>`, or a bare address. A name holds no separator
// (new line, comma, semicolon) unless quoted, and no "@", so a bare address before it stays apart.
// Anything with an "@" is taken, even "ann@": the server refuses a broken one, which then stays in
// the box with why, rather than vanishing from the list unseen.
const INVITEE =
  /(?:"([^"]*)"\s*|([^<>,;"@\s][^<>,;"@\n]*?)\s*)?<\s*([^<>\s,;]*@[^<>\s,;]*)\s*>|([^\s,;<>()"']*@[^\s,;<>()"']*)/g;

const cleanName = (raw: string | undefined): string | undefined => {
  const name = (raw ?? "").replace(/\s+/g, " ").trim();
  return name && !name.includes("@") && name.length <= NAME_LIMIT ? name : undefined;
};

/**
 * Who is in what a facilitator typed or pasted into the invitation box: one email, or a list from a
 * spreadsheet column or an email's To line, split at new lines, commas, semicolons and spaces.
 * "Ann Lee <ann@example.com>" and `"Lee, Ann" <ann@example.com>` give the address and the name; so
 * does a spreadsheet row of two cells, a name and an address (tab-separated, either order). The
 * same address twice (in any case) counts once, keeping the first name given.
 */
export function inviteeList(text: string): Invitee[] {
  const seen = new Map<string, Invitee>();
  for (const line of text.split(/\r?\n/)) {
    const cells = line
      .split("\t")
      .map((c) => c.trim())
      .filter(Boolean);
    const row =
      cells.length === 2 && cells.filter((c) => c.includes("@")).length === 1
        ? cleanName(cells.find((c) => !c.includes("@")))
        : undefined;
    const found = [...line.matchAll(INVITEE)];
    for (const m of found) {
      const email = (m[3] ?? m[4] ?? "").trim();
      if (!email) continue;
      const name = m[3] ? cleanName(m[1] ?? m[2]) : found.length === 1 ? row : undefined;
      const key = email.toLowerCase();
      const before = seen.get(key);
      if (!before) seen.set(key, name ? { email, name } : { email });
      else if (!before.name && name) before.name = name;
    }
  }
  return [...seen.values()];
}

/** The emails alone, as `inviteeList` reads them. */
export const emailList = (text: string): string[] => inviteeList(text).map((i) => i.email);

/** An invitee as it goes back into the box (a refused one, to correct): `Name <email>`. */
export const inviteeText = (i: Invitee): string =>
  i.name
    ? `${/[,;"<>]/.test(i.name) ? `"${i.name.replaceAll('"', "")}"` : i.name} <${i.email}>`
    : i.email;

/** An invitee in a sentence or a list: "Ann Lee (ann@example.com)", or the email alone. */
export const inviteeWords = (i: { email: string; name?: string | undefined }): string =>
  i.name ? `${i.name} (${i.email})` : i.email;

/** Which members the progress grid shows: everyone, those with a scenario not done, or overdue. */
export type GridFilter = "everyone" | "not_done" | "overdue";

/**
 * The rows a grid filter keeps: "not done" keeps a member with any assigned scenario not done yet,
 * "overdue" one with any scenario overdue. Columns stay, so each row still reads whole.
 */
export function rowsShown<R extends { cells: readonly Pick<CellLike, "status" | "overdue">[] }>(
  rows: readonly R[],
  filter: GridFilter,
): R[] {
  if (filter === "not_done") return rows.filter((r) => r.cells.some((c) => c.status !== "done"));
  if (filter === "overdue") return rows.filter((r) => r.cells.some((c) => c.overdue));
  return [...rows];
}

/**
 * Why a cell in progress is not done yet, in words, so "In progress" does not hide a member stuck
 * below the target: "1 of 2 attempts made", "Below the target of 60", both, that no attempt at the
 * target passed (done needs a passed attempt at or above the target), or that no attempt that
 * counts is left (past `maxAttempts`, the cell cannot become done). Null for other cells.
 */
export function notDoneWhy(
  cell: Pick<CellLike, "status" | "bestScore" | "attempts" | "bestPassed">,
  a: { targetScore: number; minAttempts: number; maxAttempts: number | null },
): string | null {
  if (cell.status !== "in_progress") return null;
  const below = cell.bestScore === null || cell.bestScore < a.targetScore;
  if (below && a.maxAttempts !== null && cell.attempts >= a.maxAttempts)
    return `Below the target of ${a.targetScore}, and no attempt that counts is left (the first ${plural(a.maxAttempts, "attempt")} count)`;
  const short = cell.attempts < a.minAttempts;
  // At the target, but that attempt did not pass: done needs an attempt that passed at the target.
  const unpassed = !below && cell.bestPassed === false;
  if (short && unpassed)
    return `${cell.attempts} of ${plural(a.minAttempts, "attempt")} made; none at the target has passed yet`;
  if (short && below)
    return `${cell.attempts} of ${plural(a.minAttempts, "attempt")} made; below the target of ${a.targetScore}`;
  if (short) return `${cell.attempts} of ${plural(a.minAttempts, "attempt")} made`;
  if (below) return `Below the target of ${a.targetScore}`;
  if (unpassed)
    return "No attempt at the target has passed yet (a required step missed or a critical flag)";
  return null;
}

// ── accounts (admin) ──

/**
 * The accounts whose name or email holds the query, as the library's search compares text (case and
 * accents ignored, so "zoe" finds Zoë); every word of the query must be found. An empty query: all.
 */
export function filterAccounts<T extends { displayName: string; email: string | null }>(
  users: readonly T[],
  query: string,
): T[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...users];
  return users.filter((u) => {
    const hay = foldForSearch(`${u.displayName} ${u.email ?? ""}`);
    return words.every((w) => hay.includes(w));
  });
}

/** The question before disabling an account: what stops, and what is kept. */
export const disableQuestion = (name: string) =>
  `Disable ${name}'s account? They are signed out at once and cannot sign in again until an admin enables it. Their sessions, reviews and place in cohorts are kept, and sessions they shared stay readable by their mentors.`;

export const enableQuestion = (name: string) =>
  `Enable ${name}'s account? They can sign in again with their password.`;

/** "Disabled on 27 Nov 2026 by Ada" beside a disabled account. */
export function disabledWords(at: number, by: string | null): string {
  return `Disabled on ${formatDate(at)}${by ? ` by ${by}` : ""}: cannot sign in`;
}

// ── finished reviews in History ──

export interface HistoryReview {
  /** Who finished a review of it, in the order they started. */
  names: string[];
  /** When the latest of those reviews was finished. */
  doneAt: number | null;
  /** A finished review the owner has not opened (on the debrief) since it was finished. */
  unseen: boolean;
}

/** What History says of one session's reviews: null until a reviewer has finished one. */
export function historyReview(r: {
  reviewed: boolean;
  unseen?: boolean | undefined;
  reviewers: readonly { status: string; doneAt: number | null; displayName: string }[];
}): HistoryReview | null {
  const done = r.reviewers.filter((x) => x.status === "done");
  if (!r.reviewed || done.length === 0) return null;
  const times = done.flatMap((x) => (x.doneAt === null ? [] : [x.doneAt]));
  return {
    names: done.map((x) => x.displayName),
    doneAt: times.length > 0 ? Math.max(...times) : null,
    unseen: r.unseen === true,
  };
}

/** "reviewed by Maya Chen on Nov 27, 2026" (History's row, after its Debrief link). */
export function historyReviewWords(review: HistoryReview): string {
  const last = review.names.at(-1);
  const who =
    review.names.length === 0
      ? ""
      : review.names.length === 1
        ? ` by ${last}`
        : ` by ${review.names.slice(0, -1).join(", ")} and ${last}`;
  return `reviewed${who}${review.doneAt === null ? "" : ` on ${formatDate(review.doneAt)}`}`;
}

/** What is new to the owner of a session, by kind (a late comment: added after its review was done). */
export interface NewNotes {
  reviews?: number | undefined;
  replies: number;
  comments: number;
}

/**
 * What is new, in words, with "new" said once: "1 new review", "2 new replies", "1 new comment",
 * "1 new review and 2 replies", "1 new review, 2 replies and 1 comment"; null when nothing is.
 */
export function newNotesWords(news: NewNotes): string | null {
  const kinds = [
    [news.reviews ?? 0, "review", "reviews"],
    [news.replies, "reply", "replies"],
    [news.comments, "comment", "comments"],
  ] as const;
  const said = kinds.flatMap(([n, one, many]) => (n > 0 ? [`${n} ${n === 1 ? one : many}`] : []));
  if (said.length === 0) return null;
  return listWords(said).replace(" ", " new ");
}

/**
 * What is new on one of your attempts besides a finished review, in words: "1 new reply from Maya
 * Chen", "2 new replies and 1 comment from Maya Chen and Sam Lee"; null when nothing is.
 */
export function historyNewsWords(
  news: { replies: number; comments: number; from: readonly string[] } | null | undefined,
): string | null {
  const what = news ? newNotesWords({ replies: news.replies, comments: news.comments }) : null;
  if (!news || what === null) return null;
  const names = news.from.filter((n) => n !== "");
  return names.length === 0 ? what : `${what} from ${listWords(names)}`;
}

/**
 * The count beside History in the menu, and what it counts in words: each new review, reply and
 * late comment ("1 new review and 2 replies"). A server that does not say which (no `news`) gives
 * the number of attempts with something new.
 */
export function historyCount(notices: { reviewsNew: number; news?: NewNotes | undefined }): {
  n: number;
  words: string;
} {
  const { news, reviewsNew } = notices;
  const words = news ? newNotesWords(news) : null;
  if (news && words !== null)
    return { n: (news.reviews ?? 0) + news.replies + news.comments, words };
  return {
    n: reviewsNew,
    words: `${reviewsNew} ${reviewsNew === 1 ? "attempt" : "attempts"} with something new`,
  };
}

// ── an invitation offered to a signed-in person ──

/**
 * What an invitation card says: who invites you into what, and, before you join a cohort as a
 * manager, what its facilitators will see of you (consent is the point of asking).
 */
export function invitationWhat(i: {
  by: string | null;
  cohort: string | null;
  roles: readonly string[];
}): { headline: string; consequence: string } {
  const who = i.by ?? "Someone";
  const as = i.roles.length === 0 ? "" : ` as ${listWords(i.roles.map((r) => `a ${r}`))}`;
  if (i.cohort === null)
    return {
      headline: `${who} invited you to take the ${listWords(i.roles)} role${i.roles.length === 1 ? "" : "s"}.`,
      consequence: "Accept to add it to your account, or decline.",
    };
  const manager = i.roles.includes("manager");
  return {
    headline: `${who} invited you to join the cohort “${i.cohort}”${as}.`,
    consequence: manager
      ? "Joining shows its facilitators your progress on the scenarios assigned there (status, best score, attempts since each was assigned), never your conversations; you choose what to share with a mentor."
      : "Joining lists you in the cohort as its mentor; you read only the sessions its managers share with you.",
  };
}

const listWords = (words: readonly string[]) =>
  words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;

/** The question before leaving a cohort: what its facilitators stop seeing, and what stays. */
export function leaveQuestion(name: string, places: readonly string[]): string {
  const manager = places.includes("member");
  return manager
    ? `Leave the cohort “${name}”? Its facilitators no longer see your progress there, and its assignments leave your library. Your sessions stay yours, and a session you shared with a mentor stays shared. To join again you need a new invitation.`
    : `Leave the cohort “${name}”? You are no longer its mentor. Sessions its managers shared with you stay shared until they revoke them. To join again you need a new invitation.`;
}
