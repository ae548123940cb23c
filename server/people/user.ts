import type { UserRow } from "../store/people-repo";
import type { PublicUser, RoleName, SharedPerson } from "./people.schema";
import { ROLES } from "./policy";

/** A signed-in person, as routes and the policy see them. */
export interface User {
  readonly id: string;
  readonly email: string | null;
  readonly displayName: string;
  readonly roles: readonly RoleName[];
}

/** The one user of AUTH_MODE=local. It holds every role, so the whole product works without sign-in. */
export const LOCAL_USER: User = {
  id: "local",
  email: null,
  displayName: "You",
  roles: [...ROLES],
};

const isRole = (r: string): r is RoleName => (ROLES as readonly string[]).includes(r);

export const userOf = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  displayName: row.display_name,
  roles: row.roles.filter(isRole),
});

export const publicUser = (u: User): PublicUser => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  roles: [...u.roles],
});

/**
 * Someone as the owner of a session they review sees them: name and email, never their roles, so
 * sharing does not tell a manager who holds which role.
 */
export const sharedPerson = (u: User): SharedPerson => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
});
