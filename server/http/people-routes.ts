import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { ErrorCode, FlightdeckError } from "../errors";
import {
  type Account,
  AddMemberSchema,
  AdjustmentBodySchema,
  assignmentInput,
  CommentBodySchema,
  CreateAssignmentSchema,
  CreateCohortSchema,
  CreateInvitationSchema,
  EditAdjustmentSchema,
  EditCommentSchema,
  EditSetAsideSchema,
  type People,
  publicUser,
  RenameCohortSchema,
  ReplyBodySchema,
  SetAsideBodySchema,
  SetDisabledSchema,
  SetRolesSchema,
  ShareBodySchema,
  UpdateAssignmentSchema,
  type User,
} from "../people";
import { csvContentDisposition } from "../people/progress";
import { parseInput as parse } from "./invalid-input";

const BODY_LIMIT = 16 * 1024;
const Id = z.string().min(1).max(64);
const IdParams = z.strictObject({ id: Id });
const MemberParams = z.strictObject({ id: Id, userId: Id });
const ReviewBody = z.strictObject({ done: z.boolean() });

const actor = (request: FastifyRequest): User => {
  if (!request.actor) throw new FlightdeckError(ErrorCode.Unauthenticated, "sign in first");
  return request.actor;
};
const id = (request: FastifyRequest) => parse(IdParams, request.params, "path").id;

/** An account as `AccountAnswerSchema` describes it: the public fields, and whether it is disabled. */
const accountAnswer = (a: Account) => ({
  ...publicUser(a.user),
  disabledAt: a.disabledAt,
  disabledBy: a.disabledBy,
});

/** Invitation links carry the token in the fragment, which browsers never send, so no log holds it. */
function invitationLink(request: FastifyRequest, token: string) {
  const path = `/invite#${token}`;
  return { path, url: `${request.protocol}://${request.host}${path}` };
}

/** A new invitation as `InvitationLinkSchema` describes it. */
function invitationAnswer(
  request: FastifyRequest,
  created: {
    token: string;
    invitation: {
      id: string;
      email: string;
      name?: string | null;
      roles: string[];
      expires_at: number;
    };
    replaced: number;
  },
) {
  const { invitation } = created;
  return {
    id: invitation.id,
    ...invitationLink(request, created.token),
    email: invitation.email,
    ...(invitation.name ? { name: invitation.name } : {}),
    roles: invitation.roles,
    expiresAt: invitation.expires_at,
    replaced: created.replaced,
  };
}

/**
 * REST for accounts (admin), cohorts, assignments, progress, sharing and reviews. Thin: parse with
 * the schema, call the service (which asks the policy), answer. docs/roles.md lists every route.
 */
export async function peopleRoutes(app: FastifyInstance, opts: { people: People }): Promise<void> {
  const { accounts, cohorts, reviews } = opts.people;
  const limit = { bodyLimit: BODY_LIMIT };
  const needsPasswordMode = () => {
    if (opts.people.mode === "local")
      throw new FlightdeckError(
        ErrorCode.BadRequest,
        "invitations need AUTH_MODE=password: local mode has one user",
      );
  };

  // ── users and invitations ──
  app.get("/api/users", async (request) => ({
    users: (await accounts.listUsers(actor(request))).map(accountAnswer),
  }));
  app.put("/api/users/:id/disabled", limit, async (request) => {
    needsPasswordMode();
    const { disabled } = parse(SetDisabledSchema, request.body, "body");
    return accountAnswer(await accounts.setDisabled(actor(request), id(request), disabled));
  });
  app.put("/api/users/:id/roles", limit, async (request) => {
    const { roles } = parse(SetRolesSchema, request.body, "body");
    return publicUser(await accounts.setRoles(actor(request), id(request), roles));
  });
  app.post("/api/users/:id/password-reset", limit, async (request, reply) => {
    needsPasswordMode();
    const created = await accounts.createPasswordReset(actor(request), id(request));
    return reply.status(201).send({
      path: created.path,
      url: `${request.protocol}://${request.host}${created.path}`,
      email: created.email,
      expiresAt: created.expiresAt,
    });
  });
  app.get("/api/invitations", async (request) => ({
    invitations: await accounts.listInvitations(actor(request)),
  }));
  app.post("/api/invitations", limit, async (request, reply) => {
    needsPasswordMode();
    const body = parse(CreateInvitationSchema, request.body, "body");
    const created = await accounts.createInvitation(actor(request), body);
    return reply.status(201).send(invitationAnswer(request, created));
  });
  app.delete("/api/invitations/:id", limit, async (request, reply) => {
    // The id is the SHA-256 of the link's token: it names the invitation and opens nothing.
    await accounts.revokeInvitation(actor(request), id(request));
    return reply.status(204).send();
  });

  // ── cohorts ──
  app.get("/api/cohorts", async (request) => ({ cohorts: await cohorts.list(actor(request)) }));
  app.post("/api/cohorts", limit, async (request, reply) => {
    const { name } = parse(CreateCohortSchema, request.body, "body");
    return reply.status(201).send(await cohorts.create(actor(request), name));
  });
  app.get("/api/cohorts/:id", async (request) => cohorts.read(actor(request), id(request)));
  app.patch("/api/cohorts/:id", limit, async (request) => {
    const { name } = parse(RenameCohortSchema, request.body, "body");
    return cohorts.rename(actor(request), id(request), name);
  });
  app.delete("/api/cohorts/:id", limit, async (request, reply) => {
    await cohorts.remove(actor(request), id(request));
    return reply.status(204).send();
  });
  app.post("/api/cohorts/:id/members", limit, async (request, reply) => {
    const body = parse(AddMemberSchema, request.body, "body");
    return reply
      .status(201)
      .send(await cohorts.addMember(actor(request), id(request), body.email, body.role));
  });
  app.delete("/api/cohorts/:id/members/:userId", limit, async (request, reply) => {
    const params = parse(MemberParams, request.params, "path");
    await cohorts.removeMember(actor(request), params.id, params.userId, "member");
    return reply.status(204).send();
  });
  app.delete("/api/cohorts/:id/facilitators/:userId", limit, async (request, reply) => {
    const params = parse(MemberParams, request.params, "path");
    await cohorts.removeMember(actor(request), params.id, params.userId, "facilitator");
    return reply.status(204).send();
  });
  app.delete("/api/cohorts/:id/mentors/:userId", limit, async (request, reply) => {
    const params = parse(MemberParams, request.params, "path");
    await cohorts.removeMember(actor(request), params.id, params.userId, "mentor");
    return reply.status(204).send();
  });
  app.post("/api/cohorts/:id/invitations", limit, async (request, reply) => {
    needsPasswordMode();
    const body = parse(CreateInvitationSchema.omit({ cohortId: true }), request.body, "body");
    const created = await cohorts.invite(actor(request), id(request), body);
    return reply.status(201).send(invitationAnswer(request, created));
  });
  app.post("/api/cohorts/:id/assignments", limit, async (request, reply) => {
    const body = parse(CreateAssignmentSchema, request.body, "body");
    return reply
      .status(201)
      .send(
        await cohorts.assign(actor(request), id(request), body.scenarioId, assignmentInput(body)),
      );
  });
  app.put("/api/assignments/:id", limit, async (request) => {
    const body = parse(UpdateAssignmentSchema, request.body, "body");
    return cohorts.updateAssignment(actor(request), id(request), assignmentInput(body));
  });
  app.delete("/api/assignments/:id", limit, async (request, reply) => {
    await cohorts.removeAssignment(actor(request), id(request));
    return reply.status(204).send();
  });
  app.get("/api/cohorts/:id/progress", async (request) =>
    cohorts.progress(actor(request), id(request)),
  );
  app.get("/api/cohorts/:id/progress.csv", async (request, reply) => {
    const { name, csv } = await cohorts.progressCsv(actor(request), id(request));
    return reply
      .type("text/csv; charset=utf-8")
      .header("content-disposition", csvContentDisposition(name))
      .send(csv);
  });

  // ── the signed-in user's own lists ──
  app.get("/api/me/assignments", async (request) => ({
    assignments: await cohorts.mine(actor(request)),
  }));
  app.get("/api/me/inbox", async (request) => ({ sessions: await reviews.inbox(actor(request)) }));
  app.get("/api/me/notices", async (request, reply) => {
    reply.header("cache-control", "no-store");
    return reviews.notices(actor(request));
  });
  app.get("/api/me/invitations", async (request, reply) => {
    reply.header("cache-control", "no-store");
    return { invitations: await accounts.invitationsForMe(actor(request)) };
  });
  app.post("/api/me/invitations/:id/accept", limit, async (request) => ({
    user: publicUser(await accounts.acceptMine(actor(request), id(request))),
  }));
  app.delete("/api/me/invitations/:id", limit, async (request, reply) => {
    await accounts.declineMine(actor(request), id(request));
    return reply.status(204).send();
  });
  app.delete("/api/me/cohorts/:id", limit, async (request, reply) => {
    await cohorts.leave(actor(request), id(request));
    return reply.status(204).send();
  });
  app.get("/api/me/reviews", async (request) => ({
    sessions: await reviews.reviewsOfMine(actor(request)),
  }));

  // ── sharing and review ──
  app.get("/api/sessions/:id/shares", async (request) => ({
    shares: await reviews.shares(actor(request), id(request)),
  }));
  app.post("/api/sessions/:id/shares", limit, async (request, reply) => {
    const { email } = parse(ShareBodySchema, request.body, "body");
    return reply.status(201).send(await reviews.share(actor(request), id(request), email));
  });
  app.delete("/api/sessions/:id/shares/:userId", limit, async (request, reply) => {
    const params = parse(MemberParams, request.params, "path");
    await reviews.unshare(actor(request), params.id, params.userId);
    return reply.status(204).send();
  });
  app.get("/api/sessions/:id/notes", async (request) => reviews.notes(actor(request), id(request)));
  app.post("/api/sessions/:id/comments", limit, async (request, reply) => {
    const body = parse(CommentBodySchema, request.body, "body");
    return reply
      .status(201)
      .send(await reviews.comment(actor(request), id(request), body.turnId, body.text));
  });
  app.post("/api/comments/:id/replies", limit, async (request, reply) => {
    const { text } = parse(ReplyBodySchema, request.body, "body");
    return reply.status(201).send(await reviews.reply(actor(request), id(request), text));
  });
  app.patch("/api/comments/:id", limit, async (request) => {
    const { text } = parse(EditCommentSchema, request.body, "body");
    return reviews.editComment(actor(request), id(request), text);
  });
  app.delete("/api/comments/:id", limit, async (request, reply) => {
    await reviews.deleteComment(actor(request), id(request));
    return reply.status(204).send();
  });
  app.post("/api/sessions/:id/adjustments", limit, async (request, reply) => {
    const body = parse(AdjustmentBodySchema, request.body, "body");
    return reply.status(201).send(await reviews.adjust(actor(request), id(request), body));
  });
  app.patch("/api/adjustments/:id", limit, async (request) => {
    const body = parse(EditAdjustmentSchema, request.body, "body");
    return reviews.editAdjustment(actor(request), id(request), body);
  });
  app.delete("/api/adjustments/:id", limit, async (request, reply) => {
    await reviews.deleteAdjustment(actor(request), id(request));
    return reply.status(204).send();
  });
  app.post("/api/sessions/:id/flag-set-asides", limit, async (request, reply) => {
    const body = parse(SetAsideBodySchema, request.body, "body");
    return reply.status(201).send(await reviews.setAsideFlag(actor(request), id(request), body));
  });
  app.patch("/api/flag-set-asides/:id", limit, async (request) => {
    const { reason } = parse(EditSetAsideSchema, request.body, "body");
    return reviews.editSetAside(actor(request), id(request), reason);
  });
  app.delete("/api/flag-set-asides/:id", limit, async (request, reply) => {
    await reviews.restoreFlag(actor(request), id(request));
    return reply.status(204).send();
  });
  app.put("/api/sessions/:id/review", limit, async (request) => {
    const { done } = parse(ReviewBody, request.body, "body");
    return reviews.markDone(actor(request), id(request), done);
  });

  app.post("/api/sessions/:id/reviews/seen", limit, async (request) =>
    reviews.markReviewsSeen(actor(request), id(request)),
  );

  app.get("/api/stats/agreement", async (request) => reviews.agreement(actor(request)));
}
