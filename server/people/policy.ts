/**
 * The one access policy. Every REST route and websocket message asks `can` (or `decide`, which also
 * says whether a refusal is a 404 or a 403). Pure: the caller loads the facts a resource needs
 * (owner, shares, cohort facilitators) and passes them in; nothing here reads the database or the clock.
 *
 * 404 vs 403: someone who may not know a resource exists gets `not_found`; someone who can see it but
 * may not do this to it gets `forbidden`.
 */

export const ROLES = ["admin", "facilitator", "mentor", "manager"] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking. `roles` is absent for internal callers that act only on their own sessions. */
export interface PolicyUser {
  readonly id: string;
  readonly roles?: readonly string[] | undefined;
}

export interface SessionResource {
  readonly kind: "session";
  readonly ownerId: string;
  /** Users the owner shared this session with. */
  readonly sharedWith: readonly string[];
  /** Facilitators of the cohorts the owner is a member of. */
  readonly facilitatorIds: readonly string[];
}

export interface CohortResource {
  readonly kind: "cohort";
  readonly facilitatorIds: readonly string[];
  /** Managers in the cohort's progress grid. */
  readonly memberIds: readonly string[];
  /** Mentors invited into the cohort: they read its name and assignments, never a member's session. */
  readonly mentorIds: readonly string[];
}

/** A review comment or adjustment. */
export interface NoteResource {
  readonly kind: "note";
  readonly authorId: string;
  readonly session: SessionResource;
}

export interface InvitationResource {
  readonly kind: "invitation";
  readonly roles: readonly string[];
  /** The cohort the invitee joins, when there is one. */
  readonly cohort?: CohortResource | undefined;
}

export interface UserResource {
  readonly kind: "user";
  readonly id: string;
}

/** Actions that concern no particular record: only the asker's roles decide. */
export interface AppResource {
  readonly kind: "app";
}

export type Resource =
  | AppResource
  | SessionResource
  | CohortResource
  | NoteResource
  | InvitationResource
  | UserResource;

/** Every action, with the kind of resource it is asked about. */
export const ACTIONS = {
  /** Anyone, signed in or not: sign-in, invitation pages, health, static files. */
  public: "app",
  /** Any signed-in user. */
  signed_in: "app",
  "session.create": "app",
  /** Lists the asker's own sessions. */
  "session.list": "app",
  /** Transcript, scorecard and debrief. */
  "session.read": "session",
  /** Status and scores only (the progress grid). */
  "session.summary": "session",
  /** Resume, say, hint, rewind, end. */
  "session.play": "session",
  "session.delete": "session",
  "session.share": "session",
  /** Comment on turns, adjust scores, mark the review done. */
  "session.review": "session",
  /** Read the review notes on a session. */
  "review.read": "session",
  /** Change or delete a comment or adjustment. */
  "note.edit": "note",
  "cohort.create": "app",
  "cohort.read": "cohort",
  "cohort.progress": "cohort",
  "cohort.manage": "cohort",
  "invitation.create": "invitation",
  /** Withdraw an invitation nobody has used yet. */
  "invitation.revoke": "invitation",
  "user.list": "app",
  "user.manage": "user",
  "stats.read": "app",
} as const satisfies Record<string, Resource["kind"]>;
export type Action = keyof typeof ACTIONS;
export type ResourceFor<A extends Action> = Extract<Resource, { kind: (typeof ACTIONS)[A] }>;

export type Decision = "allow" | "unauthenticated" | "not_found" | "forbidden";

/** Roles a facilitator may hand out in an invitation; admins may hand out any. */
export const FACILITATOR_INVITES: readonly Role[] = ["manager", "mentor"];

const has = (user: PolicyUser, role: Role) => user.roles?.includes(role) ?? false;

const isOwner = (user: PolicyUser, s: SessionResource) => s.ownerId === user.id;
const isSharedWith = (user: PolicyUser, s: SessionResource) => s.sharedWith.includes(user.id);
/** The roles a session may be shared with: the reviewer's, which reading a shared session needs. */
const mayReview = (user: PolicyUser) =>
  has(user, "mentor") || has(user, "facilitator") || has(user, "admin");
/**
 * Shared with them, and they still hold a reviewer's role: an admin who takes the role away (a
 * mentor who left the programme) ends their reading of every session shared with them; the shares
 * stay, so giving the role back gives the access back.
 */
const readsAsReviewer = (user: PolicyUser, s: SessionResource) =>
  isSharedWith(user, s) && mayReview(user);
/** Facilitates a cohort of the owner: sees status and scores, not the transcript. */
const facilitatesOwner = (user: PolicyUser, s: SessionResource) =>
  has(user, "facilitator") && s.facilitatorIds.includes(user.id);
const knowsSession = (user: PolicyUser, s: SessionResource) =>
  isOwner(user, s) || isSharedWith(user, s) || facilitatesOwner(user, s);

const facilitates = (user: PolicyUser, c: CohortResource) =>
  has(user, "admin") || (has(user, "facilitator") && c.facilitatorIds.includes(user.id));
const knowsCohort = (user: PolicyUser, c: CohortResource) =>
  facilitates(user, c) ||
  c.facilitatorIds.includes(user.id) ||
  c.memberIds.includes(user.id) ||
  c.mentorIds.includes(user.id);

function allowed(user: PolicyUser, action: Action, resource: Resource): boolean {
  switch (action) {
    case "public":
    case "signed_in":
    case "session.list":
      return true;
    case "session.create":
      return has(user, "manager");
    case "cohort.create":
      return has(user, "facilitator") || has(user, "admin");
    case "user.list":
      return has(user, "admin");
    case "stats.read":
      return has(user, "facilitator") || has(user, "admin");
  }
  switch (resource.kind) {
    case "session":
      switch (action) {
        // Your own practice is yours whatever your roles: you can always read, finish or delete it.
        case "session.play":
        case "session.delete":
        case "session.share":
          return isOwner(user, resource);
        case "session.read":
        case "review.read":
          return isOwner(user, resource) || readsAsReviewer(user, resource);
        case "session.summary":
          return (
            isOwner(user, resource) ||
            readsAsReviewer(user, resource) ||
            facilitatesOwner(user, resource)
          );
        case "session.review":
          return readsAsReviewer(user, resource);
      }
      return false;
    case "note":
      // A reviewer's note while they may review; the owner's own reply to a comment, always.
      return (
        action === "note.edit" &&
        resource.authorId === user.id &&
        (allowed(user, "session.review", resource.session) || resource.session.ownerId === user.id)
      );
    case "cohort":
      switch (action) {
        case "cohort.read":
          return knowsCohort(user, resource);
        case "cohort.progress":
        case "cohort.manage":
          return facilitates(user, resource);
      }
      return false;
    case "invitation":
      if (has(user, "admin")) return true;
      // A cohort's facilitator withdraws any invitation into it, whoever made it.
      if (action === "invitation.revoke")
        return resource.cohort !== undefined && facilitates(user, resource.cohort);
      if (action !== "invitation.create") return false;
      return (
        has(user, "facilitator") &&
        resource.cohort !== undefined &&
        facilitates(user, resource.cohort) &&
        resource.roles.every((r) => (FACILITATOR_INVITES as readonly string[]).includes(r))
      );
    case "user":
      return action === "user.manage" && has(user, "admin");
    case "app":
      return false;
  }
}

/** Whether the asker may know the resource exists: decides 403 over 404 when refused. */
function visible(user: PolicyUser, resource: Resource): boolean {
  switch (resource.kind) {
    case "session":
      return knowsSession(user, resource);
    case "note":
      return (
        allowed(user, "review.read", resource.session) ||
        allowed(user, "session.review", resource.session)
      );
    case "cohort":
      return knowsCohort(user, resource);
    case "invitation":
      return resource.cohort === undefined || knowsCohort(user, resource.cohort);
    case "user":
      return true;
    case "app":
      return true;
  }
}

/** The decision with its reason. A null user is someone not signed in. */
export function decide<A extends Action>(
  user: PolicyUser | null,
  action: A,
  resource: ResourceFor<A>,
): Decision {
  if (action === "public") return "allow";
  if (!user) return "unauthenticated";
  if (resource.kind !== ACTIONS[action]) return "forbidden";
  if (allowed(user, action, resource)) return "allow";
  return visible(user, resource) ? "forbidden" : "not_found";
}

export function can<A extends Action>(
  user: PolicyUser | null,
  action: A,
  resource: ResourceFor<A>,
): boolean {
  return decide(user, action, resource) === "allow";
}

export const APP: AppResource = { kind: "app" };
