import type { ClientMessage } from "../sessions/protocol.schema";
import { ACTIONS, type Action } from "./policy";

/**
 * The action every HTTP route and websocket message is checked against. The auth hook refuses a
 * route with no entry here, so a new route is closed until someone decides who may call it (one table,
 * not a rule beside each route, so the whole matrix reads in one place); tests/access-matrix.test.ts fails until its expectations are written too.
 *
 * Actions about the whole app (see ACTIONS) are decided by the hook from the asker's roles. Actions
 * about one record (a session, a cohort, a note) are decided where the record is loaded, through the
 * same policy; the hook only requires a signed-in user for them.
 */
export const ROUTE_ACCESS: Readonly<Record<string, Action>> = {
  "GET /healthz": "public",
  "GET /readyz": "public",
  "GET /ws": "signed_in",

  "POST /api/auth/login": "public",
  "POST /api/auth/logout": "signed_in",
  "GET /api/auth/first-account": "public",
  "GET /api/me": "signed_in",
  "PATCH /api/me": "signed_in",
  "POST /api/me/password": "signed_in",
  "POST /api/invitations/lookup": "public",
  "POST /api/invitations/accept": "public",

  "GET /api/engine": "signed_in",
  "GET /api/scenarios": "signed_in",
  "GET /api/scenarios/:id": "signed_in",
  "GET /api/patterns": "signed_in",
  "GET /api/patterns/:id": "signed_in",
  "POST /api/lint": "signed_in",

  "POST /api/sessions": "session.create",
  "GET /api/sessions": "session.list",
  "GET /api/sessions/:id": "session.read",
  "GET /api/sessions/:id/export": "session.read",
  "DELETE /api/sessions/:id": "session.delete",

  "GET /api/users": "user.list",
  "PUT /api/users/:id/roles": "user.manage",
  "PUT /api/users/:id/disabled": "user.manage",
  "POST /api/users/:id/password-reset": "user.manage",
  "POST /api/password-resets/lookup": "public",
  "POST /api/password-resets/use": "public",
  "GET /api/invitations": "user.list",
  "POST /api/invitations": "invitation.create",
  "DELETE /api/invitations/:id": "invitation.revoke",

  "GET /api/cohorts": "signed_in",
  "POST /api/cohorts": "cohort.create",
  "GET /api/cohorts/:id": "cohort.read",
  "PATCH /api/cohorts/:id": "cohort.manage",
  "DELETE /api/cohorts/:id": "cohort.manage",
  "POST /api/cohorts/:id/members": "cohort.manage",
  "DELETE /api/cohorts/:id/members/:userId": "cohort.manage",
  "DELETE /api/cohorts/:id/facilitators/:userId": "cohort.manage",
  "DELETE /api/cohorts/:id/mentors/:userId": "cohort.manage",
  "POST /api/cohorts/:id/invitations": "invitation.create",
  "POST /api/cohorts/:id/assignments": "cohort.manage",
  "PUT /api/assignments/:id": "cohort.manage",
  "DELETE /api/assignments/:id": "cohort.manage",
  "GET /api/cohorts/:id/progress": "cohort.progress",
  "GET /api/cohorts/:id/progress.csv": "cohort.progress",
  "GET /api/me/assignments": "signed_in",
  "GET /api/me/inbox": "signed_in",
  "GET /api/me/reviews": "session.list",
  "GET /api/me/notices": "signed_in",
  "GET /api/me/invitations": "signed_in",
  "POST /api/me/invitations/:id/accept": "signed_in",
  "DELETE /api/me/invitations/:id": "signed_in",
  "DELETE /api/me/cohorts/:id": "signed_in",

  "GET /api/sessions/:id/shares": "session.share",
  "POST /api/sessions/:id/shares": "session.share",
  "DELETE /api/sessions/:id/shares/:userId": "session.share",
  "GET /api/sessions/:id/notes": "review.read",
  "POST /api/sessions/:id/comments": "session.review",
  "POST /api/comments/:id/replies": "review.read",
  "PATCH /api/comments/:id": "note.edit",
  "DELETE /api/comments/:id": "note.edit",
  "POST /api/sessions/:id/adjustments": "session.review",
  "PATCH /api/adjustments/:id": "note.edit",
  "DELETE /api/adjustments/:id": "note.edit",
  "POST /api/sessions/:id/flag-set-asides": "session.review",
  "PATCH /api/flag-set-asides/:id": "note.edit",
  "DELETE /api/flag-set-asides/:id": "note.edit",
  "PUT /api/sessions/:id/review": "session.review",
  "POST /api/sessions/:id/reviews/seen": "review.read",
  "GET /api/stats/agreement": "stats.read",
};

/** The action of each websocket message type; session actions are then checked on the session. */
export const MESSAGE_ACCESS: Readonly<Record<ClientMessage["type"], Action>> = {
  start: "session.create",
  resume: "session.play",
  say: "session.play",
  hint: "session.play",
  rewind: "session.play",
  undo_rewind: "session.play",
  retry_reply: "session.play",
  end: "session.play",
  ping: "signed_in",
};

/**
 * The action for a route, from the table. GET routes outside /api and /ws are the web client's
 * static files, open to everyone (the client asks /api/me who is signed in).
 */
export function routeAction(method: string, url: string): Action | undefined {
  const verb = method === "HEAD" ? "GET" : method;
  const listed = ROUTE_ACCESS[`${verb} ${url}`];
  if (listed) return listed;
  if (verb === "GET" && !url.startsWith("/api/") && url !== "/api" && url !== "/ws")
    return "public";
  return undefined;
}

/** True for actions the hook decides alone (about the app, not one record). */
export const isAppAction = (action: Action): boolean => ACTIONS[action] === "app";
