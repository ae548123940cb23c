import type { Me, RoleName } from "../state/auth-slice";

/**
 * What the client shows by role. The server decides every access (server/people/policy.ts); this only
 * keeps links to pages someone cannot use out of their way.
 */
export const hasAnyRole = (me: Me | null, ...roles: RoleName[]): boolean =>
  me?.user?.roles.some((r) => roles.includes(r)) ?? false;

/** Managers practise; in local mode the one user holds every role. */
export const canPractise = (me: Me | null) => hasAnyRole(me, "manager");

/**
 * Where someone starts: the library for those who practise, else the page of what they do here
 * (a mentor's reviews, a facilitator's cohorts). The library stays open to all at /scenarios.
 */
export function homeOf(me: Me | null): string {
  if (canPractise(me)) return "/";
  if (canRunCohorts(me)) return "/cohorts";
  if (canReview(me)) return "/reviews";
  return "/scenarios";
}

/** Facilitators and admins run cohorts and see the scoring-agreement page. */
export const canRunCohorts = (me: Me | null) => hasAnyRole(me, "facilitator", "admin");
/** Anyone who may review a shared session has a review inbox. */
export const canReview = (me: Me | null) => hasAnyRole(me, "mentor", "facilitator", "admin");

/** Each role in words, with what it lets someone do, for the invitation page and the user menu. */
export const ROLE_LABELS: Record<RoleName, { label: string; does: string }> = {
  manager: { label: "Manager", does: "practises conversations" },
  mentor: { label: "Mentor", does: "reviews sessions shared with them" },
  facilitator: { label: "Facilitator", does: "runs cohorts and assigns scenarios" },
  admin: { label: "Admin", does: "manages accounts and roles" },
};

/** "Manager and Mentor" */
export function rolesText(roles: readonly RoleName[]): string {
  const labels = roles.map((r) => ROLE_LABELS[r].label);
  if (labels.length <= 1) return labels[0] ?? "No role";
  return `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`;
}
