import "./zod-config";
import { z } from "zod";
import { RoleSchema } from "../../../server/people/people.schema";
import { STEP_STATUSES } from "../../../server/rubric/scorecard.schema";
import { useAppStore } from "../state/store";
import { requestJson, setCsrfToken } from "./http";

/**
 * Cohorts, invitations, assignments, the progress grid, the review inbox, review notes and scoring
 * agreement (docs/roles.md, "API for the web client"). Every answer is checked with zod here, so a
 * page only ever sees the shapes below.
 */

const UserSchema = z.looseObject({
  id: z.string(),
  email: z.string().nullable(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
});
export type PersonUser = z.infer<typeof UserSchema>;

const MeSchema = z.looseObject({
  authMode: z.enum(["local", "password"]),
  user: UserSchema.nullable(),
  csrfToken: z.string().nullable().optional(),
});

/**
 * Who is signed in. The account shell keeps this in the store (`me`); until it has answered, the page
 * asks `GET /api/me` itself and sets the CSRF token from that answer, as the shell would.
 */
export async function currentUser(): Promise<PersonUser | null> {
  const known = useAppStore.getState().me;
  if (known?.user) return known.user;
  const me = await requestJson("/api/me", MeSchema);
  if (me.csrfToken) setCsrfToken(me.csrfToken);
  return me.user;
}

// ── cohorts ──

const CohortSummarySchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  createdAt: z.number(),
  manages: z.boolean(),
  members: z.number(),
});
export type CohortSummary = z.infer<typeof CohortSummarySchema>;

const AssignmentSchema = z.looseObject({
  id: z.string(),
  cohortId: z.string(),
  scenarioId: z.string(),
  scenarioTitle: z.string(),
  dueAt: z.number().nullable(),
  targetScore: z.number(),
  minAttempts: z.number(),
  maxAttempts: z.number().nullable(),
  createdAt: z.number(),
});
export type Assignment = z.infer<typeof AssignmentSchema>;

const InvitationSummarySchema = z.looseObject({
  email: z.string(),
  roles: z.array(RoleSchema),
  expiresAt: z.number(),
});

const CohortSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  createdAt: z.number(),
  assignments: z.array(AssignmentSchema),
  /** Present for those who manage the cohort; a member sees only its name and assignments. */
  members: z.array(UserSchema).optional(),
  facilitators: z.array(UserSchema).optional(),
  invitations: z.array(InvitationSummarySchema).optional(),
});
export type Cohort = z.infer<typeof CohortSchema>;

const CellSchema = z.looseObject({
  assignmentId: z.string(),
  status: z.enum(["not_started", "in_progress", "done"]),
  bestScore: z.number().nullable(),
  attempts: z.number(),
  lastActivityAt: z.number().nullable(),
  overdue: z.boolean(),
});
export type ProgressCell = z.infer<typeof CellSchema>;

const ProgressSchema = z.looseObject({
  assignments: z.array(AssignmentSchema.omit({ cohortId: true })),
  rows: z.array(
    z.looseObject({
      member: z.looseObject({
        id: z.string(),
        displayName: z.string(),
        email: z.string().nullable(),
      }),
      cells: z.array(CellSchema),
    }),
  ),
});
export type Progress = z.infer<typeof ProgressSchema>;

const InvitationLinkSchema = z.looseObject({
  path: z.string(),
  url: z.string(),
  email: z.string(),
  expiresAt: z.number(),
});
export type InvitationLink = z.infer<typeof InvitationLinkSchema>;

const enc = encodeURIComponent;
/** A 204 has no body; requestJson reads it as undefined. */
const NoContent = { parse: () => undefined };

/**
 * A state-changing request needs the CSRF token in password mode. The account shell sets it when it
 * loads `/api/me`; a page opened before that asks once here.
 */
let signedIn: Promise<unknown> | null = null;
async function send<T>(
  method: string,
  path: string,
  schema: { parse(data: unknown): T },
  body?: unknown,
): Promise<T> {
  if (!useAppStore.getState().me?.user) {
    signedIn ??= currentUser().catch(() => {
      signedIn = null;
    });
    await signedIn;
  }
  return requestJson(path, schema, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

export const listCohorts = async () =>
  (await requestJson("/api/cohorts", z.looseObject({ cohorts: z.array(CohortSummarySchema) })))
    .cohorts;
export const createCohort = (name: string) =>
  send("POST", "/api/cohorts", CohortSummarySchema.partial({ manages: true, members: true }), {
    name,
  });
export const readCohort = (id: string) => requestJson(`/api/cohorts/${enc(id)}`, CohortSchema);
export const cohortProgress = (id: string) =>
  requestJson(`/api/cohorts/${enc(id)}/progress`, ProgressSchema);
export const progressCsvUrl = (id: string) => `/api/cohorts/${enc(id)}/progress.csv`;

export const inviteToCohort = (id: string, email: string, role: "manager" | "mentor") =>
  send("POST", `/api/cohorts/${enc(id)}/invitations`, InvitationLinkSchema, {
    email,
    roles: [role],
  });
/** Adds someone who already has an account. */
export const addMember = (id: string, email: string) =>
  send("POST", `/api/cohorts/${enc(id)}/members`, UserSchema, { email });
export const removeMember = (id: string, userId: string) =>
  send("DELETE", `/api/cohorts/${enc(id)}/members/${enc(userId)}`, NoContent);

export interface AssignmentInput {
  dueAt: number | null;
  targetScore: number;
  minAttempts: number;
  maxAttempts: number | null;
}
export const assignScenario = (cohortId: string, scenarioId: string, input: AssignmentInput) =>
  send("POST", `/api/cohorts/${enc(cohortId)}/assignments`, AssignmentSchema, {
    scenarioId,
    ...input,
  });
export const updateAssignment = (id: string, input: AssignmentInput) =>
  send("PUT", `/api/assignments/${enc(id)}`, AssignmentSchema, input);
export const removeAssignment = (id: string) =>
  send("DELETE", `/api/assignments/${enc(id)}`, NoContent);

// ── review ──

const ReviewSchema = z.looseObject({
  reviewerId: z.string(),
  status: z.enum(["open", "done"]),
  doneAt: z.number().nullable(),
  updatedAt: z.number(),
});
export type Review = z.infer<typeof ReviewSchema>;

const InboxItemSchema = z.looseObject({
  sessionId: z.string(),
  scenarioId: z.string(),
  scenarioTitle: z.string(),
  owner: z.looseObject({ id: z.string(), displayName: z.string() }).nullable(),
  status: z.string(),
  overall: z.number().nullable(),
  sharedAt: z.number(),
  review: ReviewSchema.nullable(),
});
export type InboxItem = z.infer<typeof InboxItemSchema>;

export const loadInbox = async () =>
  (await requestJson("/api/me/inbox", z.looseObject({ sessions: z.array(InboxItemSchema) })))
    .sessions;

const StepStatus = z.enum(STEP_STATUSES);
const CommentSchema = z.looseObject({
  id: z.string(),
  sessionId: z.string(),
  authorId: z.string(),
  turnId: z.string(),
  text: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Comment = z.infer<typeof CommentSchema>;

const AdjustmentSchema = z.looseObject({
  id: z.string(),
  sessionId: z.string(),
  authorId: z.string(),
  patternId: z.string(),
  /** null: the overall score was adjusted. */
  stepId: z.string().nullable(),
  machineStatus: StepStatus.nullable(),
  status: StepStatus.nullable(),
  machineScore: z.number().nullable(),
  score: z.number().nullable(),
  reason: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Adjustment = z.infer<typeof AdjustmentSchema>;

const NotesSchema = z.looseObject({
  reviews: z.array(ReviewSchema),
  comments: z.array(CommentSchema),
  adjustments: z.array(AdjustmentSchema),
  authors: z.array(z.looseObject({ id: z.string(), displayName: z.string() })),
});
export type Notes = z.infer<typeof NotesSchema>;

export const loadNotes = (sessionId: string) =>
  requestJson(`/api/sessions/${enc(sessionId)}/notes`, NotesSchema);
export const addComment = (sessionId: string, turnId: string, text: string) =>
  send("POST", `/api/sessions/${enc(sessionId)}/comments`, CommentSchema, { turnId, text });
export const editComment = (id: string, text: string) =>
  send("PATCH", `/api/comments/${enc(id)}`, CommentSchema, { text });
export const deleteComment = (id: string) => send("DELETE", `/api/comments/${enc(id)}`, NoContent);

export type AdjustmentInput =
  | { patternId: string; stepId: string; status: (typeof STEP_STATUSES)[number]; reason: string }
  | { patternId: string; score: number; reason: string };
/** One adjustment per author and step (or overall): a second replaces the first. */
export const adjust = (sessionId: string, input: AdjustmentInput) =>
  send("POST", `/api/sessions/${enc(sessionId)}/adjustments`, AdjustmentSchema, input);
export const deleteAdjustment = (id: string) =>
  send("DELETE", `/api/adjustments/${enc(id)}`, NoContent);
export const markReviewDone = (sessionId: string, done: boolean) =>
  send("PUT", `/api/sessions/${enc(sessionId)}/review`, ReviewSchema, { done });

// ── agreement ──

const AgreementSchema = z.looseObject({
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
  reviews: z.number(),
  overallShift: z.number().nullable(),
});
export type Agreement = z.infer<typeof AgreementSchema>;
export type StepAgreement = Agreement["steps"][number];

export const loadAgreement = () => requestJson("/api/stats/agreement", AgreementSchema);
