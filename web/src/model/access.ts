import type { Me, RoleName } from "../state/auth-slice";

/**
 * What the client shows by role. The server decides every access (server/people/policy.ts); this only
 * keeps links to pages someone cannot use out of their way.
 */
export const hasAnyRole = (me: Me | null, ...roles: RoleName[]): boolean =>
  me?.user?.roles.some((r) => roles.includes(r)) ?? false;

/** Facilitators and admins run cohorts and see the scoring-agreement page. */
export const canRunCohorts = (me: Me | null) => hasAnyRole(me, "facilitator", "admin");
/** Anyone who may review a shared session has a review inbox. */
export const canReview = (me: Me | null) => hasAnyRole(me, "mentor", "facilitator", "admin");
