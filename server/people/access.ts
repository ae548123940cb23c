import { ErrorCode, FlightdeckError } from "../errors";
import type { Queryable } from "../store";
import { type CohortRow, peopleRepo as repo, type SessionBriefRow } from "../store/people-repo";
import {
  type Action,
  type CohortResource,
  decide,
  type PolicyUser,
  type ResourceFor,
  type SessionResource,
} from "./policy";

/**
 * Loads the facts the policy needs and turns its decision into the error a client sees: 404 for a
 * resource the asker may not know exists, 403 where they may, 401 when nobody is signed in.
 */
export async function authorize<A extends Action>(
  user: PolicyUser | null,
  action: A,
  resource: ResourceFor<A>,
  notFound: () => FlightdeckError = () =>
    new FlightdeckError(ErrorCode.NotFound, "no such resource"),
): Promise<void> {
  const decision = decide(user, action, resource);
  if (decision === "allow") return;
  if (decision === "unauthenticated")
    throw new FlightdeckError(ErrorCode.Unauthenticated, "sign in first");
  if (decision === "not_found") throw notFound();
  throw new FlightdeckError(ErrorCode.Forbidden, FORBIDDEN_MESSAGES[action]);
}

/**
 * What a refusal says, per action: who may do it, in plain words, for the person who was refused
 * (the code, FD_FORBIDDEN, is what a script checks).
 */
export const FORBIDDEN_MESSAGES: Record<Action, string> = {
  public: "This is not open to you.",
  signed_in: "This is not open to you.",
  "session.create": "Only managers practise conversations; your account has no manager role.",
  "session.list": "Only managers have practice sessions of their own.",
  "session.read":
    "Only the manager who practised this conversation, and the mentors, facilitators or admins they shared it with, can read it; if it is shared with you, your account no longer has one of those roles (an admin changes roles).",
  "session.summary":
    "Only the manager, the people they shared it with and their cohort's facilitators can see this score.",
  "session.play": "Only the manager who practised this conversation can continue it.",
  "session.delete": "Only the manager who practised this conversation can delete it.",
  "session.share": "Only the manager who practised this conversation can share it.",
  "session.review":
    "Reviewing needs the mentor, facilitator or admin role, and the conversation shared with you; if it is shared with you, your account no longer has one of those roles (an admin changes roles).",
  "review.read":
    "Only the manager, and the mentors, facilitators or admins they shared this conversation with, can read its review; if it is shared with you, your account no longer has one of those roles (an admin changes roles).",
  "note.edit":
    "Only the person who wrote this note can change it, while they may still review the conversation (it is shared with them, and they hold the mentor, facilitator or admin role).",
  "cohort.create": "Only facilitators and admins can create cohorts.",
  "cohort.read": "Only the cohort's members, its facilitators and admins can open this cohort.",
  "cohort.progress": "Only the cohort's facilitators and admins can see its progress.",
  "cohort.manage": "Only the cohort's facilitators and admins can change it.",
  "invitation.create":
    "Only admins, and facilitators for managers and mentors of their own cohorts, can invite people.",
  "invitation.revoke": "Only admins, and the facilitators of its cohort, can revoke an invitation.",
  "user.list": "Only admins can see the accounts, and the invitations made on the Accounts page.",
  "user.manage": "Only admins can change accounts.",
  "stats.read": "Only facilitators and admins can see how reviewers and the scoring agree.",
};

export const sessionNotFound = (id: string) =>
  new FlightdeckError(ErrorCode.SessionNotFound, `no session "${id}"`);

/** The policy's view of a practice session: owner, shares, facilitators of the owner's cohorts. */
export async function sessionResourceOf(
  db: Queryable,
  row: Pick<SessionBriefRow, "id" | "user_id">,
): Promise<SessionResource> {
  const [shares, facilitatorIds] = await Promise.all([
    repo.sharesOf(db, row.id),
    repo.facilitatorsOf(db, row.user_id),
  ]);
  return {
    kind: "session",
    ownerId: row.user_id,
    sharedWith: shares.map((s) => s.user_id),
    facilitatorIds,
  };
}

type SessionAction = {
  [A in Action]: ResourceFor<A> extends SessionResource ? A : never;
}[Action];

/**
 * Asks the policy about a practice session. The owner's own actions never depend on shares or
 * cohorts, so for the owner no extra facts are loaded (a turn costs no extra query).
 */
export async function authorizeSession(
  db: Queryable,
  user: PolicyUser | null,
  row: Pick<SessionBriefRow, "id" | "user_id"> | undefined,
  id: string,
  action: SessionAction,
): Promise<void> {
  if (!row) throw sessionNotFound(id);
  const resource: SessionResource =
    user && row.user_id === user.id
      ? { kind: "session", ownerId: row.user_id, sharedWith: [], facilitatorIds: [] }
      : await sessionResourceOf(db, row);
  await authorize(user, action, resource, () => sessionNotFound(id));
}

/** A session's brief row, after the policy allowed the action on it. */
export async function sessionFor(
  db: Queryable,
  user: PolicyUser | null,
  id: string,
  action: SessionAction,
): Promise<{ row: SessionBriefRow; resource: SessionResource }> {
  const row = await repo.sessionBrief(db, id);
  if (!row) throw sessionNotFound(id);
  const resource = await sessionResourceOf(db, row);
  await authorize(user, action, resource, () => sessionNotFound(id));
  return { row, resource };
}

export const cohortNotFound = (id: string) =>
  new FlightdeckError(ErrorCode.NotFound, `no cohort "${id}"`);

export async function cohortResource(
  db: Queryable,
  id: string,
): Promise<{ row: CohortRow; resource: CohortResource }> {
  const row = await repo.getCohort(db, id);
  if (!row) throw cohortNotFound(id);
  const members = await repo.members(db, id);
  return {
    row,
    resource: {
      kind: "cohort",
      facilitatorIds: members.filter((m) => m.role === "facilitator").map((m) => m.user_id),
      memberIds: members.filter((m) => m.role === "member").map((m) => m.user_id),
      mentorIds: members.filter((m) => m.role === "mentor").map((m) => m.user_id),
    },
  };
}

type CohortAction = {
  [A in Action]: ResourceFor<A> extends CohortResource ? A : never;
}[Action];

export async function cohortFor(
  db: Queryable,
  user: PolicyUser | null,
  id: string,
  action: CohortAction,
) {
  const cohort = await cohortResource(db, id);
  await authorize(user, action, cohort.resource, () => cohortNotFound(id));
  return cohort;
}
