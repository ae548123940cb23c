import "./zod-config";
import { z } from "zod";
import {
  AccountAnswerSchema,
  InvitationAnswerSchema,
  MeAnswerSchema,
  MyAssignmentSchema,
  MyReviewSchema,
  NotesSchema,
  PasswordResetAnswerSchema,
  PasswordResetLinkSchema,
  type RoleName,
  SharedPersonSchema,
  ShareSchema,
  UserAnswerSchema,
} from "../../../server/people/people.schema";
import { paths } from "../model/routes";
import type { Me } from "../state/auth-slice";
import { useAppStore } from "../state/store";
import { ApiError, messageOf, onUnauthenticated, requestJson, setCsrfToken } from "./http";

/**
 * Who is signed in, sign-in and invitations, and the people around one's own practice: the mentors a
 * session is shared with, their notes, one's assignments and which attempts were reviewed
 * (docs/roles.md lists the routes). The answers are described here because the server types them by
 * its code, not by a schema; the fields they share (user, role, step status) come from its schemas.
 */

const store = () => useAppStore.getState();

/** Keeps the CSRF token for later requests and tells the store who is here. */
function adopt(answer: z.infer<typeof MeAnswerSchema>): Me {
  setCsrfToken(answer.csrfToken);
  const me: Me = {
    authMode: answer.authMode,
    user: answer.user,
    ...(answer.inCohorts ? { inCohorts: true } : {}),
  };
  if (me.user) store().setSignInEnded(false);
  store().setMe(me);
  return me;
}

/**
 * After a sign-in (password, invitation, reset link): who is here, as `GET /api/me` says it, since
 * only that answer carries what the menu also needs (`inCohorts`: a member or mentor of a cohort
 * has Cohorts in the menu at once, not after a reload). The sign-in's own answer is the fallback.
 */
async function adoptSignIn(answer: z.infer<typeof MeAnswerSchema>): Promise<Me> {
  setCsrfToken(answer.csrfToken);
  try {
    const whole = await requestJson("/api/me", MeAnswerSchema);
    if (whole.user?.id === answer.user?.id) return adopt(whole);
  } catch {
    // The sign-in itself worked: its answer will do until /api/me is read again.
  }
  return adopt(answer);
}

/**
 * `GET /api/me`: at start, and again whenever a request says the sign-in is gone. null when the
 * server could not be asked (the store keeps the reason).
 */
export async function loadMe(): Promise<Me | null> {
  try {
    return adopt(await requestJson("/api/me", MeAnswerSchema));
  } catch (err) {
    // Only password mode refuses /api/me: nobody is signed in.
    if (err instanceof ApiError && err.status === 401) {
      setCsrfToken(null);
      // An admin disabled the account: said on the sign-in page, after a reload too.
      if (err.code === ACCOUNT_DISABLED) store().setSignInEnded("disabled");
      // Someone was signed in a moment ago, and no Sign out on this page ended it.
      else if (store().me?.user && store().signInEnded !== "disabled") store().setSignInEnded(true);
      const me: Me = { authMode: "password", user: null };
      store().setMe(me);
      return me;
    }
    store().setMeError(messageOf(err));
    return null;
  }
}

/** `POST /api/auth/login`; throws the server's ApiError (401 wrong, 429 with "try again in N s"). */
export async function signIn(email: string, password: string): Promise<Me> {
  return adoptSignIn(
    await requestJson("/api/auth/login", MeAnswerSchema, {
      method: "POST",
      body: JSON.stringify({ email, password }),
    }),
  );
}

/**
 * `POST /api/auth/logout`, then forgets the user and opens the sign-in page, unless `stay` (the
 * invitation page, which works signed out). A 401 means the sign-in had already ended, which is as
 * good; any other failure is thrown, since the cookie may still be valid. Both store changes happen
 * together, so the app never sees a signed-out user on a page that needs one.
 */
export async function signOut(options: { stay?: boolean } = {}): Promise<void> {
  try {
    await requestJson("/api/auth/logout", NO_BODY, { method: "POST" });
  } catch (err) {
    if (!(err instanceof ApiError && err.status === 401)) throw err;
  }
  setCsrfToken(null);
  store().setMe({ authMode: store().me?.authMode ?? "password", user: null });
  if (!options.stay) store().navigate(paths.signin());
}

/** For answers without a body (204). */
const NO_BODY = { parse: (): undefined => undefined };

/** `PATCH /api/me`: the name others see; who I am is asked again, so the menu says it at once. */
export async function renameMe(displayName: string): Promise<void> {
  await requestJson("/api/me", NO_BODY, {
    method: "PATCH",
    body: JSON.stringify({ displayName }),
  });
  await loadMe();
}

/** `POST /api/me/password`: this sign-in stays, every other one of this account ends. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await requestJson("/api/me/password", NO_BODY, {
    method: "POST",
    body: JSON.stringify({ currentPassword, newPassword }),
  });
}

/**
 * A 401 from any API call while someone is signed in means the sign-in ended (expired, signed out in
 * another tab): ask /api/me again, and the app's gate takes them to the sign-in page and back. The
 * live socket says the same with its close code (`sessionEnded`). Installed once, at start.
 */
export function watchForSignOut(): void {
  onUnauthenticated((path, code) => {
    if (code === ACCOUNT_DISABLED) store().setSignInEnded("disabled");
    if (store().me?.user && !path.endsWith("/api/me")) void loadMe();
  });
}

/** The code of a 401 for an account an admin disabled (its sign-in, its requests, its socket). */
export const ACCOUNT_DISABLED = "FD_ACCOUNT_DISABLED";

/** The live socket was closed because the sign-in ended or the roles changed. */
export function sessionEnded(): void {
  if (store().me?.user) void loadMe();
}

export type Invitation = z.infer<typeof InvitationAnswerSchema>;

/** `POST /api/invitations/lookup`: the token goes in the body, never in a URL a log could keep. */
export const lookupInvitation = (token: string) =>
  requestJson("/api/invitations/lookup", InvitationAnswerSchema, {
    method: "POST",
    body: JSON.stringify({ token }),
  });

/**
 * `POST /api/invitations/accept`: signed out, creates the account (name and password) and signs it
 * in; signed in as the invited email, adds the invitation's roles to that account.
 */
export async function acceptInvitation(
  token: string,
  account?: { displayName: string; password: string },
): Promise<Me> {
  return adoptSignIn(
    await requestJson("/api/invitations/accept", MeAnswerSchema, {
      method: "POST",
      body: JSON.stringify({ token, ...account }),
    }),
  );
}

// ── accounts (admin) and password links ──

export type AccountUser = z.infer<typeof AccountAnswerSchema>;
export const listUsers = async (): Promise<AccountUser[]> =>
  (await requestJson("/api/users", z.object({ users: z.array(AccountAnswerSchema) }))).users;

/** `PUT /api/users/:id/disabled`: true stops the account signing in (at once), false lets it again. */
export const setUserDisabled = (userId: string, disabled: boolean) =>
  requestJson(`/api/users/${encodeURIComponent(userId)}/disabled`, AccountAnswerSchema, {
    method: "PUT",
    body: JSON.stringify({ disabled }),
  });

export const setUserRoles = (userId: string, roles: RoleName[]) =>
  requestJson(`/api/users/${encodeURIComponent(userId)}/roles`, UserAnswerSchema, {
    method: "PUT",
    body: JSON.stringify({ roles }),
  });

/** `POST /api/users/:id/password-reset`: a single-use link, a day, for the admin to pass on. */
export const createPasswordReset = (userId: string) =>
  requestJson(`/api/users/${encodeURIComponent(userId)}/password-reset`, PasswordResetLinkSchema, {
    method: "POST",
  });

export const lookupPasswordReset = (token: string) =>
  requestJson("/api/password-resets/lookup", PasswordResetAnswerSchema, {
    method: "POST",
    body: JSON.stringify({ token }),
  });

/** `POST /api/password-resets/use`: sets the password and signs this browser in. */
export async function redeemPasswordReset(token: string, password: string): Promise<Me> {
  return adoptSignIn(
    await requestJson("/api/password-resets/use", MeAnswerSchema, {
      method: "POST",
      body: JSON.stringify({ token, password }),
    }),
  );
}

// ── sharing a session with a mentor, and what they wrote ──

export type Share = z.infer<typeof ShareSchema>;

const sessionPath = (id: string) => `/api/sessions/${encodeURIComponent(id)}`;

export const listShares = async (sessionId: string): Promise<Share[]> =>
  (
    await requestJson(
      `${sessionPath(sessionId)}/shares`,
      z.object({ shares: z.array(ShareSchema) }),
    )
  ).shares;

/** Shares with the reviewer of that email; the server says why not (nobody who reviews has it). */
export const addShare = (sessionId: string, email: string) =>
  requestJson(`${sessionPath(sessionId)}/shares`, SharedPersonSchema, {
    method: "POST",
    body: JSON.stringify({ email }),
  });

export async function removeShare(sessionId: string, userId: string): Promise<void> {
  await requestJson(`${sessionPath(sessionId)}/shares/${encodeURIComponent(userId)}`, NO_BODY, {
    method: "DELETE",
  });
}

export type Notes = z.infer<typeof NotesSchema>;
export type ReviewComment = Notes["comments"][number];
export type Adjustment = Notes["adjustments"][number];

/** Every reviewer's comments, adjustments and review status on a session (owner and reviewers). */
export const loadNotes = (sessionId: string) =>
  requestJson(`${sessionPath(sessionId)}/notes`, NotesSchema);

// ── the signed-in person's own lists ──

export type MyAssignment = z.infer<typeof MyAssignmentSchema>;

/** "Assigned to you": soonest due first, with progress (`GET /api/me/assignments`). */
export const loadMyAssignments = async (): Promise<MyAssignment[]> =>
  (await requestJson("/api/me/assignments", z.object({ assignments: z.array(MyAssignmentSchema) })))
    .assignments;

export type MyReview = z.infer<typeof MyReviewSchema>;

/** Which of my sessions a reviewer opened or finished (`GET /api/me/reviews`), for History. */
export const loadMyReviews = async (): Promise<MyReview[]> =>
  (await requestJson("/api/me/reviews", z.object({ sessions: z.array(MyReviewSchema) }))).sessions;
