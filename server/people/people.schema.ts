import { z } from "zod";
import { STEP_STATUSES } from "../rubric/scorecard.schema";
import { CountedScoreSchema } from "../sessions/record.schema";
import { isDueDate } from "./due-date";

/**
 * Request bodies and answers of the accounts, cohorts and review API (docs/roles.md). The web client
 * imports this file, so it imports only zod and other schema files.
 */

export const RoleSchema = z.enum(["admin", "facilitator", "mentor", "manager"]);
export type RoleName = z.infer<typeof RoleSchema>;

export const EmailSchema = z
  .string()
  .trim()
  .max(254)
  .toLowerCase()
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "expected an email address");
/** Long enough to resist guessing (the web client words the same rule from it). */
export const MIN_PASSWORD_CHARS = 10;
/** Long enough to resist guessing; capped so hashing stays cheap for the server. */
export const PasswordSchema = z
  .string()
  .min(MIN_PASSWORD_CHARS, `use at least ${MIN_PASSWORD_CHARS} characters`)
  .max(200, "use at most 200 characters");
/** The longest display or cohort name, in the units zod counts (UTF-16 code units, after trimming). */
export const MAX_NAME_CHARS = 100;
const Name = z.string().trim().min(1).max(MAX_NAME_CHARS);
const Id = z.string().min(1).max(64);
const Roles = z.array(RoleSchema).min(1).max(4);

export const LoginBodySchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1).max(200),
});
/** `POST /api/me/password`: the current password, checked under the sign-in backoff, and a new one. */
export const ChangePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: PasswordSchema,
});
/** `PATCH /api/me`: the name others see (in a cohort's grid, a mentor's Reviews, a comment). */
export const RenameMeSchema = z.strictObject({ displayName: Name });
/** `POST /api/users/:id/password-reset`: the link to pass on. */
export const PasswordResetLinkSchema = z.looseObject({
  path: z.string(),
  url: z.string(),
  email: z.string(),
  expiresAt: z.number(),
});
/** `POST /api/password-resets/lookup`: whose password the link sets. */
export const PasswordResetAnswerSchema = z.looseObject({
  email: z.string(),
  displayName: z.string(),
  expiresAt: z.number(),
});
/** `POST /api/password-resets/lookup` and `…/use`: the token from the `/reset#<token>` fragment. */
export const PasswordResetLookupSchema = z.strictObject({ token: z.string().min(16).max(128) });
export const PasswordResetUseSchema = z.strictObject({
  token: z.string().min(16).max(128),
  password: PasswordSchema,
});
export const InvitationLookupSchema = z.strictObject({ token: z.string().min(16).max(128) });
export const AcceptInvitationSchema = z.strictObject({
  token: z.string().min(16).max(128),
  /** Needed to create an account; omitted when a signed-in user accepts for their own account. */
  displayName: Name.optional(),
  password: PasswordSchema.optional(),
});
export const CreateInvitationSchema = z.strictObject({
  email: EmailSchema,
  /** The invited person's name, when the inviter knows it ("Ann Lee <ann@example.com>"): shown on
   * the pending list and filled in on the sign-up page, where they can change it. */
  name: Name.optional(),
  roles: Roles.default(["manager"]),
  cohortId: Id.optional(),
  /** How long the link works: 1 hour to 30 days, 7 days when absent. */
  expiresInHours: z.number().int().min(1).max(720).default(168),
});
export const SetRolesSchema = z.strictObject({ roles: z.array(RoleSchema).max(4) });
/** `PUT /api/users/:id/disabled`: true stops the account signing in, false lets it again. */
export const SetDisabledSchema = z.strictObject({ disabled: z.boolean() });

export const CreateCohortSchema = z.strictObject({ name: Name });
export const RenameCohortSchema = z.strictObject({ name: Name });
/** A person's place in a cohort: member (a manager in the progress grid), mentor or facilitator. */
export const CohortRoleSchema = z.enum(["facilitator", "member", "mentor"]);
export type CohortRole = z.infer<typeof CohortRoleSchema>;
export const AddMemberSchema = z.strictObject({
  email: EmailSchema,
  role: CohortRoleSchema.default("member"),
});

const AssignmentFields = {
  /**
   * The due date, "YYYY-MM-DD": the same calendar day for everyone; overdue once it has ended
   * everywhere (server/people/due-date.ts). Null or absent for no due date.
   */
  dueDate: z
    .string()
    .refine(isDueDate, "expected a calendar day, YYYY-MM-DD")
    .nullable()
    .optional(),
  /**
   * Deprecated, for older scripts: epoch milliseconds at the end of the due day where its sender was,
   * read as that day. Send `dueDate` instead.
   */
  // At most the last moment of year 9999: a due date is YYYY-MM-DD, and a larger number is no date.
  dueAt: z.number().int().min(0).max(253_402_300_799_999).nullable().optional(),
  targetScore: z.number().int().min(0).max(100).default(70),
  minAttempts: z.number().int().min(1).max(50).default(1),
  /** Attempts after this many do not count toward the grid; null for no limit. */
  maxAttempts: z.number().int().min(1).max(50).nullable().default(null),
};
const attemptsInOrder = (a: { minAttempts: number; maxAttempts: number | null }) =>
  a.maxAttempts === null || a.maxAttempts >= a.minAttempts;
const oneDue = (a: { dueDate?: string | null | undefined; dueAt?: number | null | undefined }) =>
  a.dueDate === undefined || a.dueAt === undefined;
export const CreateAssignmentSchema = z
  .strictObject({ scenarioId: Id, ...AssignmentFields })
  .refine(attemptsInOrder, {
    path: ["maxAttempts"],
    message: "maxAttempts must be at least minAttempts",
  })
  .refine(oneDue, { path: ["dueAt"], message: "send dueDate or dueAt, not both" });
export const UpdateAssignmentSchema = z
  .strictObject(AssignmentFields)
  .refine(attemptsInOrder, {
    path: ["maxAttempts"],
    message: "maxAttempts must be at least minAttempts",
  })
  .refine(oneDue, { path: ["dueAt"], message: "send dueDate or dueAt, not both" });

export const ShareBodySchema = z.strictObject({ email: EmailSchema });
export const CommentBodySchema = z.strictObject({
  turnId: Id,
  text: z.string().trim().min(1).max(4000),
});
export const EditCommentSchema = z.strictObject({ text: z.string().trim().min(1).max(4000) });
/** `POST /api/comments/:id/replies`: an answer under a comment, in the comment's limits. */
export const ReplyBodySchema = EditCommentSchema;
const Reason = z.string().trim().min(3, "say why, in a few words").max(2000);
/** A step adjustment names the step and its new status; an overall one gives the new score. */
export const AdjustmentBodySchema = z.union([
  z.strictObject({
    patternId: Id,
    stepId: Id,
    status: z.enum(STEP_STATUSES),
    reason: Reason,
  }),
  z.strictObject({
    patternId: Id,
    score: z.number().int().min(0).max(100),
    reason: Reason,
  }),
]);
/**
 * `POST /api/sessions/:id/flag-set-asides`: sets a machine flag aside, named by its pattern, its
 * anti-pattern's id and its scorecard turn, with the reason the manager will read.
 */
export const SetAsideBodySchema = z.strictObject({
  patternId: Id,
  flagId: Id,
  turn: z.number().int().min(0),
  reason: Reason,
});
export const EditSetAsideSchema = z.strictObject({ reason: Reason });
export const EditAdjustmentSchema = z.strictObject({
  status: z.enum(STEP_STATUSES).optional(),
  score: z.number().int().min(0).max(100).optional(),
  reason: Reason,
});

export const ProgressStatusSchema = z.enum(["not_started", "in_progress", "done"]);
export type ProgressStatus = z.infer<typeof ProgressStatusSchema>;

export const PublicUserSchema = z.strictObject({
  id: z.string(),
  email: z.string().nullable(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
});
export type PublicUser = z.infer<typeof PublicUserSchema>;

// ── answers: the server's answers as the web client validates them ──
// Loose objects, so a field added later is not an error for an older client. server/people/
// people.test.ts parses the services' real answers with these, so the two cannot drift apart.

const StepStatusSchema = z.enum(STEP_STATUSES);
/** A user in an answer: the public fields, and whatever a later server adds. */
export const UserAnswerSchema = z.looseObject(PublicUserSchema.shape);
/** An account in the admin's list (`GET /api/users`, `PUT /api/users/:id/disabled`). */
export const AccountAnswerSchema = UserAnswerSchema.extend({
  /** When an admin disabled it; null (or absent, from an older server) while it may sign in. */
  disabledAt: z.number().nullable().optional(),
  disabledBy: z.looseObject({ id: z.string(), displayName: z.string() }).nullable().optional(),
});

/** `GET /api/me`, and the sign-in and invitation answers. */
export const MeAnswerSchema = z.looseObject({
  authMode: z.enum(["local", "password"]),
  user: UserAnswerSchema.nullable(),
  csrfToken: z.string().nullable(),
  /** `GET /api/me` only, and only when true: a member or mentor of at least one cohort. */
  inCohorts: z.boolean().optional(),
});

/** `POST /api/invitations/lookup`. */
export const InvitationAnswerSchema = z.looseObject({
  email: z.string(),
  roles: z.array(RoleSchema),
  cohort: z.looseObject({ id: z.string(), name: z.string() }).nullable(),
  expiresAt: z.number(),
  /** True when the email already has an account: sign in first, then accept. */
  hasAccount: z.boolean(),
  /** Who sent the link. */
  invitedBy: z.looseObject({ displayName: z.string() }).nullable().optional(),
  /** The name the inviter gave, to fill in "Your name"; absent when they gave none. */
  name: z.string().optional(),
});

/** `POST /api/invitations`, `POST /api/cohorts/:id/invitations`: the link, shown once. */
export const InvitationLinkSchema = z.looseObject({
  /** The invitation's id, to revoke it (`DELETE /api/invitations/:id`); not the link's token. */
  id: z.string(),
  path: z.string(),
  url: z.string(),
  email: z.string(),
  /** The name given with the email, if any. */
  name: z.string().optional(),
  roles: z.array(RoleSchema),
  expiresAt: z.number(),
  /** How many earlier unused links for this email (into the same cohort) stopped working. */
  replaced: z.number(),
});

/** A reviewer of one's session, in `POST`/`GET /api/sessions/:id/shares`: no roles. */
/** Someone named to another user (a share, a cohort's mentor): who they are, never their roles. */
export const SharedPersonSchema = z.looseObject({
  id: z.string(),
  email: z.string().nullable(),
  displayName: z.string(),
});
export type SharedPerson = z.infer<typeof SharedPersonSchema>;
export const ShareSchema = z.looseObject({ user: SharedPersonSchema, sharedAt: z.number() });

export const ReviewSchema = z.looseObject({
  reviewerId: z.string(),
  status: z.enum(["open", "done"]),
  doneAt: z.number().nullable(),
  updatedAt: z.number(),
});

export const CommentSchema = z.looseObject({
  id: z.string(),
  sessionId: z.string(),
  authorId: z.string(),
  turnId: z.string(),
  /** The comment this one answers; null (or absent, before migration 15) for a first comment. */
  parentId: z.string().nullable().optional(),
  text: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

export const AdjustmentSchema = z.looseObject({
  id: z.string(),
  sessionId: z.string(),
  authorId: z.string(),
  patternId: z.string(),
  /** null: the overall score was adjusted. */
  stepId: z.string().nullable(),
  machineStatus: StepStatusSchema.nullable(),
  status: StepStatusSchema.nullable(),
  machineScore: z.number().nullable(),
  score: z.number().nullable(),
  reason: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

/** A machine flag a reviewer set aside (migration 14), with the machine's words kept. */
export const FlagSetAsideSchema = z.looseObject({
  id: z.string(),
  sessionId: z.string(),
  authorId: z.string(),
  patternId: z.string(),
  flagId: z.string(),
  /** The scorecard's turn of the flag (as `antiPatterns[].turn`). */
  turn: z.number(),
  quote: z.string(),
  title: z.string(),
  critical: z.boolean(),
  reason: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

/** `GET /api/sessions/:id/notes`: every reviewer's notes on a session. */
export const NotesSchema = z.looseObject({
  reviews: z.array(ReviewSchema),
  comments: z.array(CommentSchema),
  adjustments: z.array(AdjustmentSchema),
  /** Absent from a server before migration 14. */
  setAsides: z.array(FlagSetAsideSchema).default([]),
  authors: z.array(z.looseObject({ id: z.string(), displayName: z.string() })),
});

/** One member × assignment cell of the progress grid. */
export const ProgressCellSchema = z.looseObject({
  assignmentId: z.string(),
  status: ProgressStatusSchema,
  bestScore: z.number().nullable(),
  /** The best score is the one a reviewer gave in a finished review, not the rules'. */
  bestReviewed: z.boolean(),
  /** Whether the best attempt passed (the counted verdict); null without a score. */
  bestPassed: z.boolean().nullable().optional(),
  /** That verdict is a reviewer's: their step statuses changed the machine's. */
  bestPassedByReviewer: z.boolean().optional(),
  /** Why the best attempt did not pass, in words ("Escalated on turn 2"); empty when it passed. */
  bestWhyNotPassed: z.array(z.string()).optional(),
  attempts: z.number(),
  lastActivityAt: z.number().nullable(),
  /** Past the due date and not done. */
  overdue: z.boolean(),
  /** When the cell became done; null until then. */
  completedAt: z.number().nullable(),
  /** For a done cell, whole days it was done after the due date (0: on time); else null. */
  daysLate: z.number().nullable(),
  /**
   * Attempts since the assignment that the member deleted: no longer in `attempts` nor counted,
   * listed so the cell does not silently lose them. Absent from a server before migration 9.
   */
  deletedAttempts: z.number().optional(),
  /** Of those, how many a reviewer had finished reviewing. */
  deletedReviewed: z.number().optional(),
});

export const AssignmentSchema = z.looseObject({
  id: z.string(),
  cohortId: z.string(),
  scenarioId: z.string(),
  scenarioTitle: z.string(),
  /** "YYYY-MM-DD", the same calendar day for everyone; null for no due date. */
  dueDate: z.string().nullable(),
  /** The moment it becomes overdue: the last millisecond of `dueDate` anywhere on Earth (UTC−12). */
  dueAt: z.number().nullable(),
  targetScore: z.number(),
  minAttempts: z.number(),
  maxAttempts: z.number().nullable(),
  createdAt: z.number(),
});

/** `GET /api/me/assignments`: "Assigned to you", with my progress. */
export const MyAssignmentSchema = AssignmentSchema.extend({
  cohortName: z.string(),
  progress: ProgressCellSchema.nullable(),
});

/** `GET /api/me/reviews`: which of my sessions a reviewer opened or finished. */
export const MyReviewSchema = z.looseObject({
  sessionId: z.string(),
  reviewed: z.boolean(),
  /** A finished review the owner has not opened since (absent from an older server: false). */
  unseen: z.boolean().optional(),
  /**
   * Replies, and comments after a finished review, by others since the owner last opened the
   * debrief, and whose (display names, first writer first); null when none (absent: older server).
   */
  news: z
    .looseObject({ replies: z.number(), comments: z.number(), from: z.array(z.string()) })
    .nullable()
    .optional(),
  reviewers: z.array(ReviewSchema.extend({ displayName: z.string() })),
  comments: z.number(),
  adjustments: z.number(),
});

/** `GET /api/me/invitations`: invitations waiting for the signed-in person's email. */
export const MyInvitationSchema = z.looseObject({
  id: z.string(),
  roles: z.array(z.string()),
  cohort: z.looseObject({ id: z.string(), name: z.string() }).nullable(),
  invitedBy: z.looseObject({ displayName: z.string() }).nullable(),
  createdAt: z.number(),
  expiresAt: z.number(),
});

/** `GET /api/me/notices`: what the menu counts beside Reviews and History. */
export const NoticesSchema = z.looseObject({
  reviewsWaiting: z.number(),
  /** Of reviewsWaiting, those waiting only for a reply to be read (absent from an older server). */
  reviewsReplied: z.number().optional(),
  /** Of the owner's sessions, those with something new since they last opened the debrief. */
  reviewsNew: z.number(),
  /**
   * What is new in those sessions, by kind: finished reviews not opened since, and replies and late
   * comments (added after their author's review was done) by others (absent from an older server).
   */
  news: z
    .looseObject({ reviews: z.number(), replies: z.number(), comments: z.number() })
    .optional(),
});

/** `GET /api/cohorts`. */
export const CohortSummarySchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  createdAt: z.number(),
  manages: z.boolean(),
  /** Managers in the progress grid. */
  members: z.number(),
  mentors: z.number(),
  /** For those who manage it: invitations into it that can still be accepted (not yet joined). */
  invited: z.number().optional(),
  /** Where the asker is in it; empty for an admin who only oversees it. */
  yourRoles: z.array(CohortRoleSchema),
  /**
   * For those who manage it, how its grid stands: scenarios assigned, and managers with any of
   * them not done yet, or overdue. Absent for members and mentors, and on a new cohort.
   */
  standing: z
    .looseObject({ assignments: z.number(), notDone: z.number(), overdue: z.number() })
    .optional(),
});

/**
 * An invitation into a cohort nobody used yet: pending until it expires, then expired; or declined
 * by the invited person.
 */
export const CohortInvitationSchema = z.looseObject({
  id: z.string(),
  email: z.string(),
  /** The name the inviter gave with the email; absent when they gave none. */
  name: z.string().optional(),
  roles: z.array(RoleSchema),
  createdAt: z.number(),
  expiresAt: z.number(),
  status: z.enum(["pending", "expired", "declined"]),
  /** When the invited person declined it (status "declined"). */
  declinedAt: z.number().optional(),
});

/** A cohort's mentor as its members see them: the person a share names, no roles. */
export const CohortPersonSchema = SharedPersonSchema;

/** `GET /api/invitations`: invitations into no cohort nobody used yet (the Accounts page's). */
export const AccountInvitationSchema = CohortInvitationSchema.extend({
  /** Who made it. */
  invitedBy: z.string().nullable(),
});

/**
 * `GET /api/cohorts/:id`: members, facilitators and invitations only for those who manage it; its
 * mentors for them (with their roles) and for its managers (name and email, to share a session with).
 */
export const CohortSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  createdAt: z.number(),
  assignments: z.array(AssignmentSchema),
  yourRoles: z.array(CohortRoleSchema),
  members: z.array(UserAnswerSchema).optional(),
  mentors: z.array(CohortPersonSchema).optional(),
  facilitators: z.array(UserAnswerSchema).optional(),
  /** Newest first. */
  invitations: z.array(CohortInvitationSchema).optional(),
});

/** `GET /api/cohorts/:id/progress`: the grid. */
export const ProgressSchema = z.looseObject({
  assignments: z.array(
    AssignmentSchema.omit({ cohortId: true }).extend({
      /** The scenario's level ("L2"), for the column's head as the library's chips show it. */
      level: z.string().optional(),
    }),
  ),
  rows: z.array(
    z.looseObject({
      member: z.looseObject({
        id: z.string(),
        displayName: z.string(),
        email: z.string().nullable(),
        /** False once the account lost the manager role: in the cohort, but it cannot practise. */
        canPractise: z.boolean().optional(),
        /** True when an admin disabled the account: it cannot sign in. */
        disabled: z.boolean().optional(),
      }),
      cells: z.array(ProgressCellSchema),
    }),
  ),
  /** Invited as managers, not joined yet, while their link works (absent from an older server). */
  invited: z
    .array(
      z.looseObject({
        email: z.string(),
        name: z.string().optional(),
        invitedAt: z.number(),
        expiresAt: z.number(),
      }),
    )
    .optional(),
});

/** `GET /api/me/inbox`: sessions shared with me. */
export const InboxItemSchema = z.looseObject({
  sessionId: z.string(),
  scenarioId: z.string(),
  scenarioTitle: z.string(),
  owner: z.looseObject({ id: z.string(), displayName: z.string() }).nullable(),
  status: z.string(),
  /** The machine's overall score of the scenario's main pattern on the branch being flown. */
  overall: z.number().nullable(),
  /** The overall score of a finished review, which counts in place of `overall`. */
  reviewedOverall: z.number().nullable().optional(),
  /** The score and verdict it counts with (server/people/verdict.ts); null unscored or deleted. */
  counted: CountedScoreSchema.optional(),
  /**
   * Why it did not pass, in the cohort grid's words ("Escalated on turn 1", "Required step “Name the
   * impact” missed"); empty when it passed, is unscored or was deleted.
   */
  whyNotPassed: z.array(z.string()).optional(),
  /**
   * My review is done, but the session was scored again since (a rewind made lines I never read):
   * it waits for me again, and my review counts for nothing until I mark it done again.
   */
  changedSinceReview: z.boolean().optional(),
  /** Replies by others to my comments that I have not read (I have not opened it since). */
  unreadReplies: z.number().optional(),
  /**
   * Which of its owner's attempts of the scenario it is, numbered as their History numbers them
   * (oldest first, from the first line said: `n` of `of`), and when it was started; null when no
   * line was said yet (no attempt) or it was deleted.
   */
  attempt: z
    .looseObject({ n: z.number(), of: z.number(), startedAt: z.number() })
    .nullable()
    .optional(),
  sharedAt: z.number(),
  review: ReviewSchema.nullable(),
  /**
   * When its owner deleted it (then `status` is "deleted", with no score, and it cannot be opened);
   * null or absent for a session that is still there.
   */
  deletedAt: z.number().nullable().optional(),
});

/** `GET /api/stats/agreement`: how often reviewers agreed with the machine, per step. */
export const AgreementSchema = z.looseObject({
  steps: z.array(
    z.looseObject({
      patternId: z.string(),
      stepId: z.string(),
      stepTitle: z.string(),
      reviews: z.number(),
      agreed: z.number(),
      agreementRate: z.number(),
      kappa: z.number().nullable(),
      confusion: z.record(z.string(), z.number()),
    }),
  ),
  /** Per anti-pattern: flags finished reviews saw and set aside (absent before migration 14). */
  flags: z
    .array(
      z.looseObject({
        patternId: z.string(),
        antiPatternId: z.string(),
        title: z.string(),
        flagged: z.number(),
        setAside: z.number(),
        setAsideRate: z.number(),
        criticalSetAside: z.number(),
      }),
    )
    .optional(),
  reviews: z.number(),
  overallShift: z.number().nullable(),
  /** Overall-score adjustments: how many raised and lowered, and the mean change either way. */
  overallChanges: z
    .looseObject({
      adjusted: z.number(),
      raised: z.number(),
      lowered: z.number(),
      meanAbsolute: z.number(),
    })
    .nullable()
    .optional(),
});
