import "./zod-config";
import { z } from "zod";
import {
  MyInvitationSchema,
  NoticesSchema,
  UserAnswerSchema,
} from "../../../server/people/people.schema";
import { requestJson } from "./http";

/**
 * What the menu counts beside Reviews and History (`GET /api/me/notices`), and telling the server
 * that the owner has seen their session's finished reviews. Pages that change either say so on the
 * window (`noticesChanged`), and the menu asks again.
 */

export type Notices = z.infer<typeof NoticesSchema>;

/**
 * Sessions waiting for my review, and my sessions with something new since I opened their debrief
 * (a finished review, or a reply or comment by someone else).
 */
export const loadNotices = () => requestJson("/api/me/notices", NoticesSchema);

/** The window event said when what the menu counts may have changed (a review done, or seen). */
export const NOTICES_CHANGED = "flightdeck:notices-changed";
export const noticesChanged = () => window.dispatchEvent(new Event(NOTICES_CHANGED));

/**
 * `POST /api/sessions/:id/reviews/seen`: the owner has the session's finished reviews, comments and
 * replies in front of them, so they are no longer new (History's "New", the count beside History).
 */
export async function markReviewsSeen(sessionId: string): Promise<void> {
  const { seen } = await requestJson(
    `/api/sessions/${encodeURIComponent(sessionId)}/reviews/seen`,
    z.object({ seen: z.number() }),
    { method: "POST" },
  );
  if (seen > 0) noticesChanged();
}

// ── invitations waiting for a signed-in person ──

export type MyInvitation = z.infer<typeof MyInvitationSchema>;

/** `GET /api/me/invitations`: invitations for my email, to join or decline here without the link. */
export const loadMyInvitations = async (): Promise<MyInvitation[]> =>
  (await requestJson("/api/me/invitations", z.object({ invitations: z.array(MyInvitationSchema) })))
    .invitations;

/** `POST /api/me/invitations/:id/accept`: joins (the roles and the cohort are added). */
export const acceptMyInvitation = (id: string) =>
  requestJson(
    `/api/me/invitations/${encodeURIComponent(id)}/accept`,
    z.object({ user: UserAnswerSchema }),
    { method: "POST" },
  );

/** `DELETE /api/me/invitations/:id`: declines; the invitation stops working. */
export async function declineMyInvitation(id: string): Promise<void> {
  await requestJson(
    `/api/me/invitations/${encodeURIComponent(id)}`,
    { parse: () => undefined },
    { method: "DELETE" },
  );
}
