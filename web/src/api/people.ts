import "./zod-config";
import { z } from "zod";
import type { RoleName } from "../../../server/people/people.schema";
import {
  AccountInvitationSchema,
  AdjustmentSchema,
  AgreementSchema,
  AssignmentSchema,
  CohortSchema,
  CohortSummarySchema,
  CommentSchema,
  FlagSetAsideSchema,
  InboxItemSchema,
  InvitationLinkSchema,
  NotesSchema,
  ProgressSchema,
  ReviewSchema,
  UserAnswerSchema,
} from "../../../server/people/people.schema";
import type { STEP_STATUSES } from "../../../server/rubric/scorecard.schema";
import { requestJson } from "./http";
import { noticesChanged } from "./notices";

/**
 * Cohorts, invitations, assignments, the progress grid, the review inbox, review notes and scoring
 * agreement (docs/roles.md, "API for the web client"). Every answer is checked with zod here, so a
 * page only ever sees the shapes below.
 */

// ── cohorts ──

export type CohortSummary = z.infer<typeof CohortSummarySchema>;

export type Assignment = z.infer<typeof AssignmentSchema>;

export type Cohort = z.infer<typeof CohortSchema>;

export type ProgressCell = Progress["rows"][number]["cells"][number];

export type Progress = z.infer<typeof ProgressSchema>;

export type InvitationLink = z.infer<typeof InvitationLinkSchema>;

const enc = encodeURIComponent;
/** A 204 has no body; requestJson reads it as undefined. */
const NoContent = { parse: () => undefined };

/** A state-changing request; http.ts adds the CSRF token the account shell loaded at start. */
async function send<T>(
  method: string,
  path: string,
  schema: { parse(data: unknown): T },
  body?: unknown,
): Promise<T> {
  return requestJson(path, schema, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

export const listCohorts = async () =>
  (await requestJson("/api/cohorts", z.looseObject({ cohorts: z.array(CohortSummarySchema) })))
    .cohorts;
export const createCohort = (name: string) =>
  send("POST", "/api/cohorts", CohortSummarySchema, { name });
export const readCohort = (id: string) => requestJson(`/api/cohorts/${enc(id)}`, CohortSchema);
/**
 * The cohorts I practise in, with their mentors (name and email), for the share dialog: a manager
 * sees a cohort's mentors, never its other managers.
 */
export async function cohortsWithMyMentors(): Promise<Cohort[]> {
  const mine = (await listCohorts()).filter((c) => c.yourRoles.includes("member"));
  return Promise.all(mine.map((c) => readCohort(c.id)));
}
export const cohortProgress = (id: string) =>
  requestJson(`/api/cohorts/${enc(id)}/progress`, ProgressSchema);
export const progressCsvUrl = (id: string) => `/api/cohorts/${enc(id)}/progress.csv`;

export type CohortInvitation = NonNullable<Cohort["invitations"]>[number];

/** A new single-use link; it replaces this email's unused invitation into the cohort. */
export const inviteToCohort = (
  id: string,
  invitee: { email: string; name?: string | undefined },
  role: "manager" | "mentor" | "facilitator",
  /** How long the link works (1–720); the server's 7 days when absent. */
  expiresInHours?: number,
) =>
  send("POST", `/api/cohorts/${enc(id)}/invitations`, InvitationLinkSchema, {
    email: invitee.email,
    ...(invitee.name ? { name: invitee.name } : {}),
    roles: [role],
    ...(expiresInHours === undefined ? {} : { expiresInHours }),
  });
export type AccountInvitation = z.infer<typeof AccountInvitationSchema>;
/** Invitations into no cohort nobody used yet (`GET /api/invitations`, admins), newest first. */
export const listAccountInvitations = async () =>
  (
    await requestJson(
      "/api/invitations",
      z.looseObject({ invitations: z.array(AccountInvitationSchema) }),
    )
  ).invitations;
/** An admin's invitation with any roles and no cohort (`POST /api/invitations`). */
export const inviteWithRoles = (
  invitee: { email: string; name?: string | undefined },
  roles: RoleName[],
) =>
  send("POST", "/api/invitations", InvitationLinkSchema, {
    email: invitee.email,
    ...(invitee.name ? { name: invitee.name } : {}),
    roles,
  });
/** Withdraws an unused invitation: its link stops working. */
export const revokeInvitation = (invitationId: string) =>
  send("DELETE", `/api/invitations/${enc(invitationId)}`, NoContent);
/**
 * Adds someone who already has an account, by default as a manager in the grid; as a facilitator
 * (a co-facilitator) they need that role on their account.
 */
export const addMember = (
  id: string,
  email: string,
  role: "member" | "mentor" | "facilitator" = "member",
) => send("POST", `/api/cohorts/${enc(id)}/members`, UserAnswerSchema, { email, role });
export const removeFacilitator = (id: string, userId: string) =>
  send("DELETE", `/api/cohorts/${enc(id)}/facilitators/${enc(userId)}`, NoContent);
/** A new name for the cohort (`PATCH /api/cohorts/:id`). */
export const renameCohort = (id: string, name: string) =>
  send("PATCH", `/api/cohorts/${enc(id)}`, z.looseObject({ id: z.string(), name: z.string() }), {
    name,
  });
/**
 * Deletes the cohort: its assignments, its grid, its invitations and everyone's place in it go;
 * the managers keep their sessions.
 */
export const deleteCohort = (id: string) => send("DELETE", `/api/cohorts/${enc(id)}`, NoContent);
export const removeMember = (id: string, userId: string) =>
  send("DELETE", `/api/cohorts/${enc(id)}/members/${enc(userId)}`, NoContent);
export const removeMentor = (id: string, userId: string) =>
  send("DELETE", `/api/cohorts/${enc(id)}/mentors/${enc(userId)}`, NoContent);

export interface AssignmentInput {
  /** "YYYY-MM-DD", the same calendar day for everyone; null for none. */
  dueDate: string | null;
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

export type Review = z.infer<typeof ReviewSchema>;

export type InboxItem = z.infer<typeof InboxItemSchema>;

export const loadInbox = async () =>
  (await requestJson("/api/me/inbox", z.looseObject({ sessions: z.array(InboxItemSchema) })))
    .sessions;

export type Comment = z.infer<typeof CommentSchema>;

export type Adjustment = z.infer<typeof AdjustmentSchema>;

export type Notes = z.infer<typeof NotesSchema>;

export const loadNotes = (sessionId: string) =>
  requestJson(`/api/sessions/${enc(sessionId)}/notes`, NotesSchema);
export const addComment = (sessionId: string, turnId: string, text: string) =>
  send("POST", `/api/sessions/${enc(sessionId)}/comments`, CommentSchema, { turnId, text });
export const editComment = (id: string, text: string) =>
  send("PATCH", `/api/comments/${enc(id)}`, CommentSchema, { text });
export const deleteComment = (id: string) => send("DELETE", `/api/comments/${enc(id)}`, NoContent);
/** Answers a comment (the session's owner, or a reviewer): a reply under the first comment. */
export const replyToComment = (id: string, text: string) =>
  send("POST", `/api/comments/${enc(id)}/replies`, CommentSchema, { text });

export type AdjustmentInput =
  | { patternId: string; stepId: string; status: (typeof STEP_STATUSES)[number]; reason: string }
  | { patternId: string; score: number; reason: string };
/** One adjustment per author and step (or overall): a second replaces the first. */
export const adjust = (sessionId: string, input: AdjustmentInput) =>
  send("POST", `/api/sessions/${enc(sessionId)}/adjustments`, AdjustmentSchema, input);
export const deleteAdjustment = (id: string) =>
  send("DELETE", `/api/adjustments/${enc(id)}`, NoContent);

export type FlagSetAside = z.infer<typeof FlagSetAsideSchema>;
/** Sets a machine flag aside with a reason; one per reviewer and flag (a second replaces it). */
export const setAsideFlag = (
  sessionId: string,
  input: { patternId: string; flagId: string; turn: number; reason: string },
) => send("POST", `/api/sessions/${enc(sessionId)}/flag-set-asides`, FlagSetAsideSchema, input);
export const editSetAside = (id: string, reason: string) =>
  send("PATCH", `/api/flag-set-asides/${enc(id)}`, FlagSetAsideSchema, { reason });
/** Restores the flag: the set-aside goes. */
export const restoreFlag = (id: string) =>
  send("DELETE", `/api/flag-set-asides/${enc(id)}`, NoContent);
export async function markReviewDone(sessionId: string, done: boolean) {
  const review = await send("PUT", `/api/sessions/${enc(sessionId)}/review`, ReviewSchema, {
    done,
  });
  // The count beside Reviews in the menu goes down (or up, reopened).
  noticesChanged();
  return review;
}

// ── agreement ──

export type Agreement = z.infer<typeof AgreementSchema>;
export type StepAgreement = Agreement["steps"][number];

export const loadAgreement = () => requestJson("/api/stats/agreement", AgreementSchema);

/** `DELETE /api/me/cohorts/:id`: leave a cohort one joined as a manager or mentor. */
export const leaveCohort = (id: string) => send("DELETE", `/api/me/cohorts/${enc(id)}`, NoContent);
