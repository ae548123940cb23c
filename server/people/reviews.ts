import { randomUUID } from "node:crypto";
import type { Content } from "../content";
import { ErrorCode, FlightdeckError, RateLimitedError } from "../errors";
import type { Db } from "../store";
import {
  type AdjustmentRow,
  type CommentRow,
  type FlagSetAsideRow,
  type ReviewRow,
  peopleRepo as repo,
  type ScoreRow,
  type SessionBriefRow,
} from "../store/people-repo";
import { authorize, sessionFor, sessionResourceOf } from "./access";
import { reserveAttempt } from "./accounts";
import {
  type FlagObservation,
  flagAgreement,
  overallChanges,
  type StepObservation,
  stepAgreement,
} from "./agreement";
import { brokenDownEndings, countedScores } from "./counted";
import { APP, type NoteResource } from "./policy";
import { whyNotPassed } from "./progress";
import { SHARE_RULE } from "./throttle";
import { sharedPerson, type User, userOf } from "./user";
import { setAsideMatches } from "./verdict";

export interface ReviewServiceDeps {
  db: Db;
  content: Content;
  clock?: () => number;
}

interface StoredScorecard {
  patternId?: string;
  overall?: number;
  steps?: { id: string; status: string }[];
  antiPatterns?: { id: string; title: string; turn: number; quote: string; critical: boolean }[];
}

/** Roles that can review a shared session. */
const REVIEWER_ROLES = ["mentor", "facilitator", "admin"];

const wireComment = (c: CommentRow) => ({
  id: c.id,
  sessionId: c.session_id,
  authorId: c.author_id,
  turnId: c.turn_id,
  /** The comment this one answers; null for a first comment (migration 15). */
  parentId: c.parent_id ?? null,
  text: c.text,
  createdAt: c.created_at,
  updatedAt: c.updated_at,
});

const wireAdjustment = (a: AdjustmentRow) => ({
  id: a.id,
  sessionId: a.session_id,
  authorId: a.author_id,
  patternId: a.pattern_id,
  /** null: the overall score was adjusted. */
  stepId: a.step_id,
  machineStatus: a.machine_status,
  status: a.status,
  machineScore: a.machine_score,
  score: a.score,
  reason: a.reason,
  createdAt: a.created_at,
  updatedAt: a.updated_at,
});

const wireSetAside = (f: FlagSetAsideRow) => ({
  id: f.id,
  sessionId: f.session_id,
  authorId: f.author_id,
  patternId: f.pattern_id,
  /** The anti-pattern's id; with `turn` (the scorecard's), the flag. */
  flagId: f.flag_id,
  turn: Number(f.turn),
  /** The machine's words and title of the flag when it was set aside. */
  quote: f.quote,
  title: f.title,
  critical: Boolean(f.critical),
  reason: f.reason,
  createdAt: f.created_at,
  updatedAt: f.updated_at,
});

const wireReview = (r: ReviewRow) => ({
  reviewerId: r.reviewer_id,
  status: r.status,
  doneAt: r.done_at,
  updatedAt: r.updated_at,
});

/** The latest scorecard of each pattern on the branch being flown. */
function currentScorecards(session: SessionBriefRow, cards: readonly ScoreRow[]) {
  const latest = new Map<string, StoredScorecard>();
  for (const c of cards)
    if (c.session_id === session.id && c.branch_id === session.active_branch_id)
      latest.set(c.pattern_id, c.data as StoredScorecard);
  return latest;
}

/** Sharing a session with a reviewer, comments, score adjustments, finished reviews, agreement. */
export class ReviewService {
  private readonly clock: () => number;
  constructor(private readonly deps: ReviewServiceDeps) {
    this.clock = deps.clock ?? Date.now;
  }
  private get db() {
    return this.deps.db;
  }

  // ── sharing ──

  /**
   * Shares a session with a reviewer by email. A refusal says whether a reviewer has that email, so
   * refusals are rate-limited per user with the sign-in's backoff (SHARE_RULE): each attempt is
   * counted before the email is looked up (parallel guesses cannot slip past), and a share that
   * works gives its count back.
   */
  async share(actor: User, sessionId: string, email: string) {
    await sessionFor(this.db, actor, sessionId, "session.share");
    const key = `share:${actor.id}`;
    const reserved = await reserveAttempt(this.db, [[key, SHARE_RULE]], this.clock());
    if ("retryAfterMs" in reserved) {
      const seconds = Math.ceil(reserved.retryAfterMs / 1000);
      throw new RateLimitedError(
        `Too many shares were refused in a row, so sharing is paused: try again in ${seconds} s.`,
        reserved.retryAfterMs,
      );
    }
    const row = await repo.getUserByEmail(this.db, email);
    if (row && row.id === actor.id)
      throw new FlightdeckError(
        ErrorCode.BadRequest,
        "This conversation is already yours: share it with your mentor's email.",
      );
    // One answer for no account and for an account that may not review: sharing tells a manager
    // who may review their session, not who has an account here or which roles they hold.
    // A disabled account reviews nothing, so it is not offered either.
    if (!row?.roles.some((r) => REVIEWER_ROLES.includes(r)) || row.disabled_at !== null)
      throw new FlightdeckError(
        ErrorCode.NotFound,
        `No mentor, facilitator or admin here has the email ${email}. Check the spelling, or ask your facilitator to invite your mentor.`,
      );
    await repo.share(this.db, sessionId, row.id, this.clock());
    await repo.giveBackThrottle(this.db, key, reserved.counts[0]?.blocked_until ?? 0);
    return sharedPerson(userOf(row));
  }

  async unshare(actor: User, sessionId: string, userId: string) {
    await sessionFor(this.db, actor, sessionId, "session.share");
    if (!(await repo.unshare(this.db, sessionId, userId)))
      throw new FlightdeckError(
        ErrorCode.NotFound,
        "This conversation is no longer shared with that person (perhaps changed in another tab). Reload the page to see who it is shared with.",
      );
  }

  async shares(actor: User, sessionId: string) {
    await sessionFor(this.db, actor, sessionId, "session.share");
    const shares = await repo.sharesOf(this.db, sessionId);
    const users = await repo.getUsers(
      this.db,
      shares.map((s) => s.user_id),
    );
    return shares.flatMap((s) => {
      const u = users.find((x) => x.id === s.user_id);
      return u ? [{ user: sharedPerson(userOf(u)), sharedAt: s.created_at }] : [];
    });
  }

  /** The mentor inbox: sessions shared with the actor, newest share first, with review status. */
  async inbox(actor: User) {
    // Reading a shared session needs a reviewer's role (policy `session.read`): without one the
    // inbox would still name the managers and their scores.
    if (!actor.roles.some((r) => REVIEWER_ROLES.includes(r))) return [];
    const shares = await repo.sharedWith(this.db, actor.id);
    const ids = shares.map((s) => s.session_id);
    const [sessions, reviews, scores, adjustments, setAsides, replies] = await Promise.all([
      repo.sessionBriefs(this.db, ids),
      repo.reviewsOfSessions(this.db, ids),
      repo.overallScores(this.db, ids),
      repo.adjustments(this.db, ids),
      repo.flagSetAsides(this.db, ids),
      repo.unreadReplies(this.db, actor.id, ids),
    ]);
    // The score and verdict each counts with, as History, the grid and the debrief read them; for one
    // that did not pass, why, in the grid's words ("Escalated on turn 1 · Required step … missed").
    const counted = await countedScores(this.db, this.deps.content, sessions, "failed");
    const endings = await brokenDownEndings(this.db, sessions);
    const owners = await repo.getUsers(
      this.db,
      sessions.map((s) => s.user_id),
    );
    const attempts = attemptNumbers(
      await repo.attemptsOfUsers(
        this.db,
        [...new Set(sessions.map((s) => s.user_id))],
        [...new Set(sessions.map((s) => s.scenario_id))],
      ),
    );
    const live = shares.flatMap((share) => {
      const s = sessions.find((x) => x.id === share.session_id);
      if (!s) return [];
      const owner = owners.find((u) => u.id === s.user_id);
      const review = reviews.find((r) => r.session_id === s.id && r.reviewer_id === actor.id);
      const c = counted.get(s.id) ?? null;
      // The session was scored again after this reviewer finished (a rewind made lines they never
      // read): their review is of an earlier version, and it waits for them again.
      const lastScored = Math.max(
        -Infinity,
        ...scores.filter((x) => x.session_id === s.id).map((x) => Number(x.created_at)),
      );
      const reviewedAt = review?.done_at
        ? Math.max(
            Number(review.done_at),
            ...[...adjustments, ...setAsides]
              .filter((a) => a.session_id === s.id && a.author_id === actor.id)
              .map((a) => Number(a.updated_at)),
          )
        : null;
      return [
        {
          sessionId: s.id,
          scenarioId: s.scenario_id,
          scenarioTitle: this.deps.content.scenarios.get(s.scenario_id)?.title ?? s.scenario_id,
          owner: owner ? { id: owner.id, displayName: owner.display_name } : null,
          status: s.status,
          overall: c && !c.earlier ? c.machineOverall : null,
          reviewedOverall: c && !c.earlier ? c.reviewedOverall : null,
          counted: c,
          whyNotPassed:
            c && !c.earlier && !c.passed
              ? whyNotPassed({ ending: endings.get(s.id) ?? null, failReasons: c.failReasons })
              : [],
          changedSinceReview:
            review?.status === "done" && reviewedAt !== null && lastScored > reviewedAt,
          // Replies to my comments I have not read: the session waits for me until I open it.
          unreadReplies: replies.get(s.id) ?? 0,
          attempt: attempts.get(s.id) ?? null,
          sharedAt: share.created_at,
          review: review ? wireReview(review) : null,
          deletedAt: null,
        },
      ];
    });
    return [...live, ...(await this.deletedInInbox(actor))];
  }

  /**
   * Sessions shared with the actor that their owner deleted since: in the inbox still, saying so,
   * instead of vanishing (no transcript, score or note is left to open).
   */
  private async deletedInInbox(actor: User) {
    const deleted = await repo.deletedSharedWith(this.db, actor.id);
    const owners = await repo.getUsers(
      this.db,
      deleted.map((d) => d.user_id),
    );
    return deleted.map((d) => {
      const owner = owners.find((u) => u.id === d.user_id);
      return {
        sessionId: d.session_id,
        scenarioId: d.scenario_id,
        scenarioTitle: this.deps.content.scenarios.get(d.scenario_id)?.title ?? d.scenario_id,
        owner: owner ? { id: owner.id, displayName: owner.display_name } : null,
        status: "deleted",
        overall: null,
        reviewedOverall: null,
        counted: null,
        whyNotPassed: [] as string[],
        changedSinceReview: false,
        unreadReplies: 0,
        attempt: null,
        sharedAt: d.shared_at,
        review:
          d.review_status === null
            ? null
            : {
                reviewerId: actor.id,
                status: d.review_status,
                doneAt: d.review_done_at,
                updatedAt: d.review_updated_at ?? d.shared_at,
              },
        deletedAt: d.deleted_at,
      };
    });
  }

  // ── notes ──

  /** Everything reviewers wrote on a session, with authors' names: for the owner and the reviewers. */
  async notes(actor: User, sessionId: string) {
    const { row } = await sessionFor(this.db, actor, sessionId, "review.read");
    const [comments, adjustments, reviews, setAsides] = await Promise.all([
      repo.comments(this.db, sessionId),
      repo.adjustments(this.db, [sessionId]),
      repo.reviewsOfSessions(this.db, [sessionId]),
      repo.flagSetAsides(this.db, [sessionId]),
    ]);
    const authorIds = new Set([
      ...comments.map((c) => c.author_id),
      ...adjustments.map((a) => a.author_id),
      ...setAsides.map((a) => a.author_id),
      ...reviews.map((r) => r.reviewer_id),
      // The manager too, so a reviewer's export can name them ("**Lee Chen** (manager) replied").
      row.user_id,
    ]);
    const authors = (await repo.getUsers(this.db, [...authorIds])).map((u) => ({
      id: u.id,
      displayName: u.display_name,
    }));
    return {
      reviews: reviews.map(wireReview),
      comments: comments.map(wireComment),
      adjustments: adjustments.map(wireAdjustment),
      setAsides: setAsides.map(wireSetAside),
      authors,
    };
  }

  private async touchReview(reviewerId: string, sessionId: string, done?: boolean) {
    const now = this.clock();
    const existing = await repo.getReview(this.db, sessionId, reviewerId);
    const status = done === undefined ? (existing?.status ?? "open") : done ? "done" : "open";
    const review: ReviewRow = {
      session_id: sessionId,
      reviewer_id: reviewerId,
      status,
      created_at: existing?.created_at ?? now,
      updated_at: now,
      done_at: status === "done" ? (done ? now : (existing?.done_at ?? now)) : null,
    };
    await repo.putReview(this.db, review);
    return review;
  }

  async comment(actor: User, sessionId: string, turnId: string, text: string) {
    await sessionFor(this.db, actor, sessionId, "session.review");
    if (!(await repo.turnIds(this.db, sessionId)).includes(turnId))
      throw new FlightdeckError(
        ErrorCode.BadRequest,
        "That line is no longer in this conversation. Reload the page to see it as it is now.",
      );
    const now = this.clock();
    const row: CommentRow = {
      id: randomUUID(),
      session_id: sessionId,
      author_id: actor.id,
      turn_id: turnId,
      text,
      created_at: now,
      updated_at: now,
    };
    await repo.insertComment(this.db, row);
    await this.touchReview(actor.id, sessionId);
    return wireComment(row);
  }

  /**
   * Answers a comment: the session's owner or one of its reviewers writes under it. A reply to a
   * reply answers the same first comment (a thread is one level deep). The reviewer whose comment it
   * answers has the session waiting for them until they read it (`notices`, the inbox).
   */
  async reply(actor: User, commentId: string, text: string) {
    const missing = () =>
      new FlightdeckError(
        ErrorCode.NotFound,
        "This comment no longer exists: it was deleted, perhaps in another tab. Reload the page to see the notes as they are now.",
      );
    const parent = await repo.getComment(this.db, commentId);
    if (!parent) throw missing();
    const session = await repo.sessionBrief(this.db, parent.session_id);
    if (!session) throw missing();
    const resource = await sessionResourceOf(this.db, session);
    await authorize(actor, "review.read", resource, missing);
    const root = parent.parent_id
      ? ((await repo.getComment(this.db, parent.parent_id)) ?? parent)
      : parent;
    const now = this.clock();
    const row: CommentRow = {
      id: randomUUID(),
      session_id: root.session_id,
      author_id: actor.id,
      turn_id: root.turn_id,
      parent_id: root.id,
      text,
      created_at: now,
      updated_at: now,
    };
    await repo.insertComment(this.db, row);
    // A reviewer who answers has read the thread; their reply is a note of their review.
    if (actor.id !== session.user_id) {
      await this.touchReview(actor.id, root.session_id);
      await repo.markRepliesSeen(this.db, root.session_id, actor.id, now);
    }
    return wireComment(row);
  }

  private async noteFor<T extends { session_id: string; author_id: string }>(
    actor: User,
    what: string,
    row: T | undefined,
  ): Promise<T> {
    const missing = () =>
      new FlightdeckError(
        ErrorCode.NotFound,
        `This ${what} no longer exists: it was deleted, perhaps in another tab. Reload the page to see the notes as they are now.`,
      );
    if (!row) throw missing();
    const session = await repo.sessionBrief(this.db, row.session_id);
    if (!session) throw missing();
    const resource: NoteResource = {
      kind: "note",
      authorId: row.author_id,
      session: await sessionResourceOf(this.db, session),
    };
    await authorize(actor, "note.edit", resource, missing);
    return row;
  }

  async editComment(actor: User, id: string, text: string) {
    const row = await this.noteFor(actor, "comment", await repo.getComment(this.db, id));
    const now = this.clock();
    await repo.updateComment(this.db, id, text, now);
    return wireComment({ ...row, text, updated_at: now });
  }

  async deleteComment(actor: User, id: string) {
    await this.noteFor(actor, "comment", await repo.getComment(this.db, id));
    await repo.deleteComment(this.db, id);
  }

  /** Adjusts a step's status or the overall score, keeping the machine's value beside it. */
  async adjust(
    actor: User,
    sessionId: string,
    input: { patternId: string; reason: string } & (
      | { stepId: string; status: string }
      | { score: number }
    ),
  ) {
    const { row: session } = await sessionFor(this.db, actor, sessionId, "session.review");
    const card = currentScorecards(session, await repo.scorecards(this.db, [sessionId])).get(
      input.patternId,
    );
    if (!card)
      throw new FlightdeckError(
        ErrorCode.BadRequest,
        "This conversation has no score for that pattern yet, so there is nothing to adjust.",
      );
    const now = this.clock();
    const base = {
      id: randomUUID(),
      session_id: sessionId,
      author_id: actor.id,
      pattern_id: input.patternId,
      reason: input.reason,
      created_at: now,
      updated_at: now,
    };
    let row: AdjustmentRow;
    if ("stepId" in input) {
      const step = card.steps?.find((s) => s.id === input.stepId);
      if (!step)
        throw new FlightdeckError(
          ErrorCode.BadRequest,
          "That step is not in this conversation's scorecard. Reload the page to see the steps it was scored on.",
        );
      row = {
        ...base,
        step_id: input.stepId,
        machine_status: step.status,
        status: input.status,
        machine_score: null,
        score: null,
      };
    } else {
      row = {
        ...base,
        step_id: null,
        machine_status: null,
        status: null,
        machine_score: card.overall ?? null,
        score: input.score,
      };
    }
    const stored = await repo.upsertAdjustment(this.db, row);
    await this.touchReview(actor.id, sessionId);
    return wireAdjustment(stored);
  }

  async editAdjustment(
    actor: User,
    id: string,
    input: { status?: string | undefined; score?: number | undefined; reason: string },
  ) {
    const row = await this.noteFor(actor, "adjustment", await repo.getAdjustment(this.db, id));
    const isStep = row.step_id !== null;
    if (isStep ? input.status === undefined : input.score === undefined)
      throw new FlightdeckError(
        ErrorCode.BadRequest,
        isStep ? "body: status: a step adjustment needs a status" : "body: score: needed",
      );
    const now = this.clock();
    const patch = {
      status: isStep ? (input.status ?? null) : null,
      score: isStep ? null : (input.score ?? null),
      reason: input.reason,
      now,
    };
    await repo.updateAdjustment(this.db, id, patch);
    return wireAdjustment({
      ...row,
      status: patch.status,
      score: patch.score,
      reason: patch.reason,
      updated_at: now,
    });
  }

  async deleteAdjustment(actor: User, id: string) {
    await this.noteFor(actor, "adjustment", await repo.getAdjustment(this.db, id));
    await repo.deleteAdjustment(this.db, id);
  }

  /**
   * Sets a machine flag aside: the reviewer reads it as a false alarm and says why. Once the review
   * is done, the counted verdict leaves it out (verdict.ts); the flag stays on every screen, struck,
   * with the reason. One per reviewer and flag: a second replaces the first's reason.
   */
  async setAsideFlag(
    actor: User,
    sessionId: string,
    input: { patternId: string; flagId: string; turn: number; reason: string },
  ) {
    const { row: session } = await sessionFor(this.db, actor, sessionId, "session.review");
    const card = currentScorecards(session, await repo.scorecards(this.db, [sessionId])).get(
      input.patternId,
    );
    const flag = card?.antiPatterns?.find((f) => f.id === input.flagId && f.turn === input.turn);
    if (!card || !flag)
      throw new FlightdeckError(
        ErrorCode.BadRequest,
        "That flag is not in this conversation's scorecard (it was scored again since, perhaps after a rewind). Reload the page to see its flags as they are now.",
      );
    const now = this.clock();
    const stored = await repo.upsertFlagSetAside(this.db, {
      id: randomUUID(),
      session_id: sessionId,
      author_id: actor.id,
      pattern_id: input.patternId,
      flag_id: flag.id,
      turn: flag.turn,
      quote: flag.quote,
      title: flag.title,
      critical: flag.critical,
      reason: input.reason,
      created_at: now,
      updated_at: now,
    });
    await this.touchReview(actor.id, sessionId);
    return wireSetAside(stored);
  }

  async editSetAside(actor: User, id: string, reason: string) {
    const row = await this.noteFor(actor, "set-aside", await repo.getFlagSetAside(this.db, id));
    const now = this.clock();
    await repo.updateFlagSetAside(this.db, id, reason, now);
    return wireSetAside({ ...row, reason, updated_at: now });
  }

  /** Restores a flag: the set-aside goes, and the flag counts again. */
  async restoreFlag(actor: User, id: string) {
    await this.noteFor(actor, "set-aside", await repo.getFlagSetAside(this.db, id));
    await repo.deleteFlagSetAside(this.db, id);
  }

  async markDone(actor: User, sessionId: string, done: boolean) {
    await sessionFor(this.db, actor, sessionId, "session.review");
    return wireReview(await this.touchReview(actor.id, sessionId, done));
  }

  /**
   * What the menu counts for someone: sessions shared with them that their review is not done of
   * (only for those who may review), and their own sessions with something new since they last
   * opened the debrief: a finished review, or a reply or late comment by someone else (`news`
   * counts each kind).
   */
  async notices(actor: User) {
    const reviewer = actor.roles.some((r) => REVIEWER_ROLES.includes(r));
    const [reviewsWaiting, reviewsReplied, reviewsNew, news] = await Promise.all([
      reviewer ? repo.awaitingReview(this.db, actor.id) : 0,
      reviewer ? repo.awaitingOnlyReplies(this.db, actor.id) : 0,
      repo.unseenReviewedSessions(this.db, actor.id),
      repo.newToOwner(this.db, actor.id),
    ]);
    // reviewsReplied: of reviewsWaiting, those done but for a reply the reviewer has not read.
    // news: what makes those reviewsNew counts new, by kind, so the menu can say which.
    return { reviewsWaiting, reviewsReplied, reviewsNew, news };
  }

  /**
   * The owner opened the session's debrief with its notes: its finished reviews, replies and
   * comments are no longer new (`seen` counts those that were). A
   * reviewer opened its review page: the replies in their threads are read.
   */
  async markReviewsSeen(actor: User, sessionId: string) {
    const { row } = await sessionFor(this.db, actor, sessionId, "review.read");
    if (row.user_id !== actor.id) {
      const unread = (await repo.unreadReplies(this.db, actor.id, [sessionId])).get(sessionId) ?? 0;
      await repo.markRepliesSeen(this.db, sessionId, actor.id, this.clock());
      return { seen: unread };
    }
    return { seen: await repo.markReviewsSeen(this.db, sessionId, this.clock()) };
  }

  /** For the owner's history: which of their sessions were reviewed, and by whom. */
  async reviewsOfMine(actor: User) {
    const shared = await this.db.query<{ session_id: string }>(
      `SELECT DISTINCT r.session_id FROM reviews r JOIN practice_sessions s ON s.id = r.session_id
       WHERE s.user_id = $1`,
      [actor.id],
    );
    const ids = shared.map((r) => r.session_id);
    const [reviews, adjustments] = await Promise.all([
      repo.reviewsOfSessions(this.db, ids),
      repo.adjustments(this.db, ids),
    ]);
    const [comments, fresh] = await Promise.all([
      Promise.all(ids.map((id) => repo.comments(this.db, id))),
      repo.newNotesForOwner(this.db, actor.id, ids),
    ]);
    const reviewers = await repo.getUsers(this.db, [
      ...new Set([...reviews.map((r) => r.reviewer_id), ...fresh.map((n) => n.authorId)]),
    ]);
    const nameOf = (id: string) => reviewers.find((u) => u.id === id)?.display_name ?? "";
    return ids.map((id, i) => ({
      sessionId: id,
      reviewed: reviews.some((r) => r.session_id === id && r.status === "done"),
      // A finished review the owner has not opened since it was finished.
      unseen: reviews.some(
        (r) =>
          r.session_id === id &&
          r.status === "done" &&
          (r.owner_seen_at == null || r.owner_seen_at < (r.done_at ?? 0)),
      ),
      reviewers: reviews
        .filter((r) => r.session_id === id)
        .map((r) => ({
          ...wireReview(r),
          displayName: reviewers.find((u) => u.id === r.reviewer_id)?.display_name ?? "",
        })),
      comments: comments[i]?.length ?? 0,
      adjustments: adjustments.filter((a) => a.session_id === id).length,
      // Replies (and comments after a finished review) by others since the owner last opened it.
      news: newsOf(fresh.filter((n) => n.sessionId === id)),
    }));
    function newsOf(rows: typeof fresh) {
      if (rows.length === 0) return null;
      return {
        replies: rows.reduce((n, r) => n + r.replies, 0),
        comments: rows.reduce((n, r) => n + r.comments, 0),
        from: rows.map((r) => nameOf(r.authorId)),
      };
    }
  }

  // ── agreement ──

  /** Per pattern step: how often finished reviews kept the machine's status, and Cohen's κ. */
  async agreement(actor: User) {
    await authorize(actor, "stats.read", APP);
    const done = await repo.doneReviews(this.db);
    const ids = [...new Set(done.map((r) => r.session_id))];
    const [sessions, cards, adjustments, setAsides] = await Promise.all([
      repo.sessionBriefs(this.db, ids),
      repo.scorecards(this.db, ids),
      repo.adjustments(this.db, ids),
      repo.flagSetAsides(this.db, ids),
    ]);
    const observations: StepObservation[] = [];
    const flagObservations: FlagObservation[] = [];
    for (const review of done) {
      const session = sessions.find((s) => s.id === review.session_id);
      if (!session) continue;
      for (const [patternId, card] of currentScorecards(session, cards)) {
        for (const f of card.antiPatterns ?? [])
          flagObservations.push({
            patternId,
            antiPatternId: f.id,
            critical: f.critical,
            setAside: setAsides.some(
              (a) =>
                a.session_id === session.id &&
                a.author_id === review.reviewer_id &&
                a.pattern_id === patternId &&
                setAsideMatches({ flagId: a.flag_id, turn: Number(a.turn), quote: a.quote }, f),
            ),
          });
        for (const step of card.steps ?? []) {
          const adjusted = adjustments.find(
            (a) =>
              a.session_id === session.id &&
              a.author_id === review.reviewer_id &&
              a.pattern_id === patternId &&
              a.step_id === step.id,
          );
          observations.push({
            patternId,
            stepId: step.id,
            machine: adjusted?.machine_status ?? step.status,
            reviewer: adjusted?.status ?? step.status,
          });
        }
      }
    }
    const overall = adjustments.filter(
      (a) =>
        a.step_id === null &&
        done.some((r) => r.session_id === a.session_id && r.reviewer_id === a.author_id),
    );
    const changes = overallChanges(
      overall.map((a) => ({ machine: a.machine_score ?? 0, reviewer: a.score ?? 0 })),
    );
    return {
      steps: stepAgreement(observations).map((s) => ({
        ...s,
        stepTitle:
          this.deps.content.patterns.get(s.patternId)?.steps.find((x) => x.id === s.stepId)
            ?.title ?? s.stepId,
      })),
      /** Per anti-pattern: how often finished reviews set its flags aside as misreadings. */
      flags: flagAgreement(flagObservations).map((f) => ({
        ...f,
        title:
          this.deps.content.patterns
            .get(f.patternId)
            ?.antiPatterns.find((a) => a.id === f.antiPatternId)?.title ?? f.antiPatternId,
      })),
      reviews: done.length,
      /** Mean (reviewer − machine) over overall-score adjustments in finished reviews. */
      overallShift: changes?.meanShift ?? null,
      /** How many were raised and lowered, and the mean change either way. */
      overallChanges: changes,
    };
  }
}

/**
 * Each attempt's number among its owner's attempts of its scenario, as their History numbers them
 * (web/src/model/progress.ts `attemptsByScenario`): the sessions in which they said a line, in the
 * order they were started, from 1; and how many there are. A mentor's inbox and review page tell
 * two shared attempts of one scenario apart by it.
 */
export function attemptNumbers(
  rows: readonly { id: string; user_id: string; scenario_id: string; created_at: number }[],
): Map<string, { n: number; of: number; startedAt: number }> {
  const groups = new Map<string, (typeof rows)[number][]>();
  for (const r of rows) {
    const key = `${r.user_id}\u0000${r.scenario_id}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const out = new Map<string, { n: number; of: number; startedAt: number }>();
  for (const list of groups.values()) {
    const ordered = list.toSorted((a, b) => Number(a.created_at) - Number(b.created_at));
    for (const [i, r] of ordered.entries())
      out.set(r.id, { n: i + 1, of: ordered.length, startedAt: Number(r.created_at) });
  }
  return out;
}
