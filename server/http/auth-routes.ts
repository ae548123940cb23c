import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { isLoopbackHost } from "../config";
import { ErrorCode, FlightdeckError } from "../errors";
import {
  AcceptInvitationSchema,
  type Action,
  APP,
  authorize,
  ChangePasswordSchema,
  DISABLED_MESSAGE,
  InvitationLookupSchema,
  isAppAction,
  LOCAL_USER,
  LoginBodySchema,
  MESSAGE_ACCESS,
  PasswordResetLookupSchema,
  PasswordResetUseSchema,
  type People,
  publicUser,
  RenameMeSchema,
  routeAction,
  SESSION_TTL_MS,
  type SignIn,
  sameSecret,
  type User,
} from "../people";
import { firstAdminHint } from "../people/first-account";
import { errorBody } from "./errors";
import { parseInput as parse } from "./invalid-input";
import { CONTENT_SECURITY_POLICY } from "./static-files";

declare module "fastify" {
  interface FastifyRequest {
    /** Who is asking: the local user, a signed-in user, or null. Set by the auth hook. */
    actor: User | null;
    /** The sign-in session (hash of the cookie's token); null in local mode or signed out. */
    authSessionId: string | null;
    csrfToken: string | null;
  }
  interface FastifyInstance {
    /** Every route registered after the auth plugin, as the access matrix test enumerates them. */
    registeredRoutes: { method: string; url: string; bodyLimit: number | undefined }[];
  }
}

export const SESSION_COOKIE = "fd_session";
/** State-changing requests of a signed-in user carry the sign-in's CSRF token in this header. */
export const CSRF_HEADER = "x-csrf-token";
const AUTH_BODY_LIMIT = 4 * 1024;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function cookieValue(request: FastifyRequest, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** True when a browser says the request comes from another site (a CSRF or socket-hijack attempt). */
function isCrossSite(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return request.headers["sec-fetch-site"] === "cross-site";
  try {
    return new URL(origin).host !== request.host;
  } catch {
    return true; // "null" and other opaque origins
  }
}

const isHttps = (request: FastifyRequest) => request.protocol === "https";

/**
 * True when the request names this machine in its Host header (localhost, 127.x.x.x, [::1]; any
 * port, so a dev proxy on another port passes). Local mode answers nothing else: a website whose
 * name was re-pointed at 127.0.0.1 (DNS rebinding) is same-origin with itself, so its Origin
 * matches its Host and only the name in Host gives it away. A request with no Host at all is no
 * browser's.
 */
function namesLoopback(request: FastifyRequest): boolean {
  const host = request.host;
  if (!host) return true;
  try {
    return isLoopbackHost(new URL(`http://${host}`).hostname.replace(/\.$/, ""));
  } catch {
    return false;
  }
}

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, signIn: SignIn) {
  const attributes = [
    `${SESSION_COOKIE}=${signIn.token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${Math.floor(SESSION_TTL_MS / 1000)}`,
    ...(isHttps(request) ? ["Secure"] : []),
  ];
  reply.header("set-cookie", attributes.join("; "));
}

function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  reply.header(
    "set-cookie",
    `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${isHttps(request) ? "; Secure" : ""}`,
  );
}

function deny(reply: FastifyReply, code: ErrorCode, message: string, status: number) {
  return reply.status(status).send(errorBody(code, message));
}

const meOf = (people: People, request: FastifyRequest) => ({
  authMode: people.mode,
  user: request.actor ? publicUser(request.actor) : null,
  csrfToken: request.csrfToken,
});

/**
 * Sign-in and the one gate every request passes: security headers, the same-site check on
 * state-changing requests and socket upgrades, who is asking (the local user, or the cookie's
 * sign-in), the CSRF token, and the route's action asked of the policy (server/people/route-access.ts).
 *
 * Registered without encapsulation so its hooks and decorations cover every route of the app.
 */
export async function authRoutes(
  app: FastifyInstance,
  opts: { people: People; embeddedDatabase: boolean },
): Promise<void> {
  const { people } = opts;
  app.decorateRequest("actor", null);
  app.decorateRequest("authSessionId", null);
  app.decorateRequest("csrfToken", null);
  const routes: FastifyInstance["registeredRoutes"] = [];
  app.decorate("registeredRoutes", routes);
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat())
      routes.push({ method, url: route.url ?? route.path, bodyLimit: route.bodyLimit });
  });

  // A socket upgrade refused here never reaches @fastify/websocket, which would close the raw
  // socket after the answer; without this it stays open and holds up server shutdown.
  app.addHook("onResponse", async (request) => {
    if (request.headers.upgrade !== undefined) request.raw.socket?.destroy();
  });

  // The client's headers (static-files.ts) on every answer, API and socket refusals included.
  app.addHook("onRequest", async (request, reply) => {
    reply.header("content-security-policy", CONTENT_SECURITY_POLICY);
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "no-referrer");
    reply.header("x-frame-options", "DENY");
    reply.header("cross-origin-opener-policy", "same-origin");
    if (isHttps(request)) reply.header("strict-transport-security", "max-age=31536000");

    if (people.mode === "local" && !namesLoopback(request))
      return deny(
        reply,
        ErrorCode.Forbidden,
        "this Flightdeck has no sign-in (AUTH_MODE=local), so it answers only at localhost or 127.0.0.1: open it there",
        403,
      );

    const url = request.routeOptions.url;
    if (url === undefined) return; // no such route: the 404 handler answers
    const stateChanging = !SAFE_METHODS.has(request.method);
    if ((stateChanging || url === "/ws") && isCrossSite(request))
      return deny(reply, ErrorCode.Forbidden, "cross-site request refused", 403);

    if (people.mode === "local") {
      request.actor = LOCAL_USER;
    } else {
      const token = cookieValue(request, SESSION_COOKIE);
      const auth = token ? await people.accounts.authenticate(token) : null;
      if (auth && auth.disabledAt !== null) {
        // An admin disabled the account: the cookie signs nobody in, and every route that needs a
        // sign-in says why, a reload too (the cookie stays, so the reason does: enabling the account
        // ends that sign-in). Sign-in, invitation and password links answer as to anyone signed out.
        const action = routeAction(request.method, url);
        if (action !== "public")
          return deny(reply, ErrorCode.AccountDisabled, DISABLED_MESSAGE, 401);
      } else if (auth) {
        request.actor = auth.user;
        request.authSessionId = auth.authSessionId;
        request.csrfToken = auth.csrfToken;
      } else if (token) {
        clearSessionCookie(request, reply);
      }
    }

    const action = routeAction(request.method, url);
    if (!action) {
      request.log.error({ route: `${request.method} ${url}` }, "route has no access rule");
      return deny(
        reply,
        ErrorCode.Forbidden,
        `${request.method} ${url} has no access rule yet (server/people/route-access.ts)`,
        403,
      );
    }
    if (action === "public") return;
    if (!request.actor) return deny(reply, ErrorCode.Unauthenticated, "sign in first", 401);
    if (stateChanging && request.csrfToken !== null) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== "string" || !sameSecret(sent, request.csrfToken))
        return deny(
          reply,
          ErrorCode.Forbidden,
          `missing or wrong ${CSRF_HEADER} header (GET /api/me gives the token)`,
          403,
        );
    }
    if (isAppAction(action)) await authorize(request.actor, action, APP as never);
  });

  const localOnly = () =>
    new FlightdeckError(
      ErrorCode.BadRequest,
      "sign-in is off: AUTH_MODE=local has one user and no passwords",
    );

  app.post("/api/auth/login", { bodyLimit: AUTH_BODY_LIMIT }, async (request, reply) => {
    if (people.mode === "local") throw localOnly();
    const body = parse(LoginBodySchema, request.body, "body");
    const result = await people.accounts.signIn(body.email, body.password, request.ip);
    if (!result.ok && result.reason === "throttled") {
      reply.header("retry-after", String(Math.ceil(result.retryAfterMs / 1000)));
      return deny(
        reply,
        ErrorCode.RateLimited,
        `too many failed sign-ins: try again in ${Math.ceil(result.retryAfterMs / 1000)} s`,
        429,
      );
    }
    if (!result.ok && result.reason === "disabled")
      return deny(reply, ErrorCode.AccountDisabled, DISABLED_MESSAGE, 401);
    if (!result.ok)
      return deny(reply, ErrorCode.Unauthenticated, "the email or the password is wrong", 401);
    if (request.authSessionId) await people.accounts.signOut(request.authSessionId, result.user.id);
    setSessionCookie(request, reply, result);
    reply.header("cache-control", "no-store");
    return { authMode: people.mode, user: publicUser(result.user), csrfToken: result.csrfToken };
  });

  app.post("/api/auth/logout", { bodyLimit: AUTH_BODY_LIMIT }, async (request, reply) => {
    if (request.authSessionId && request.actor)
      await people.accounts.signOut(request.authSessionId, request.actor.id);
    clearSessionCookie(request, reply);
    return reply.status(204).send();
  });

  // Only to this machine: its address (as TRUST_PROXY lets it be read) and the name it was asked by
  // (a proxy on the same machine forwards the public name). Anyone else gets null, as once an
  // account exists, so the network cannot learn that the instance is still empty.
  app.get("/api/auth/first-account", async (request, reply) => {
    reply.header("cache-control", "no-store");
    if (people.mode === "local") return { firstAdmin: null };
    const fromLoopback = isLoopbackHost(request.ip) && namesLoopback(request);
    return {
      firstAdmin: fromLoopback
        ? firstAdminHint({
            accounts: await people.accounts.countAccounts(),
            fromLoopback,
            embeddedDatabase: opts.embeddedDatabase,
          })
        : null,
    };
  });

  app.get("/api/me", async (request, reply) => {
    reply.header("cache-control", "no-store");
    const actor = request.actor;
    // A member or mentor of a cohort has its page in the menu too (those who run cohorts always do).
    const inCohorts =
      people.mode === "password" &&
      actor !== null &&
      actor !== undefined &&
      !actor.roles.some((r) => r === "facilitator" || r === "admin") &&
      (await people.cohorts.list(actor)).length > 0;
    return { ...meOf(people, request), ...(inCohorts ? { inCohorts: true } : {}) };
  });

  app.patch("/api/me", { bodyLimit: AUTH_BODY_LIMIT }, async (request, reply) => {
    if (people.mode === "local") throw localOnly();
    const { displayName } = parse(RenameMeSchema, request.body, "body");
    const actor = request.actor;
    if (!actor) return deny(reply, ErrorCode.Unauthenticated, "sign in first", 401);
    return { user: publicUser(await people.accounts.rename(actor, displayName)) };
  });

  app.post("/api/me/password", { bodyLimit: AUTH_BODY_LIMIT }, async (request, reply) => {
    if (people.mode === "local") throw localOnly();
    const body = parse(ChangePasswordSchema, request.body, "body");
    const actor = request.actor;
    if (!actor || !request.authSessionId)
      return deny(reply, ErrorCode.Unauthenticated, "sign in first", 401);
    if (body.newPassword === body.currentPassword)
      throw new FlightdeckError(
        ErrorCode.BadRequest,
        "newPassword: choose a password other than the current one",
      );
    const result = await people.accounts.changePassword(
      actor,
      request.authSessionId,
      body.currentPassword,
      body.newPassword,
      request.ip,
    );
    if (!result.ok && result.reason === "throttled") {
      reply.header("retry-after", String(Math.ceil(result.retryAfterMs / 1000)));
      return deny(
        reply,
        ErrorCode.RateLimited,
        `too many wrong passwords: try again in ${Math.ceil(result.retryAfterMs / 1000)} s`,
        429,
      );
    }
    // Not 401: the person is signed in, only the password they typed is wrong.
    if (!result.ok)
      throw new FlightdeckError(ErrorCode.BadRequest, "currentPassword: that is not your password");
    return reply.status(204).send();
  });

  app.post("/api/password-resets/lookup", { bodyLimit: AUTH_BODY_LIMIT }, async (request) => {
    if (people.mode === "local") throw localOnly();
    const { token } = parse(PasswordResetLookupSchema, request.body, "body");
    return people.accounts.lookupPasswordReset(token);
  });

  app.post("/api/password-resets/use", { bodyLimit: AUTH_BODY_LIMIT }, async (request, reply) => {
    if (people.mode === "local") throw localOnly();
    const body = parse(PasswordResetUseSchema, request.body, "body");
    const signIn = await people.accounts.redeemPasswordReset(body.token, body.password);
    // Whoever was signed in in this browser is replaced by the account whose password was set.
    if (request.authSessionId && request.actor)
      await people.accounts.signOut(request.authSessionId, request.actor.id);
    setSessionCookie(request, reply, signIn);
    reply.header("cache-control", "no-store");
    return { authMode: people.mode, user: publicUser(signIn.user), csrfToken: signIn.csrfToken };
  });

  app.post("/api/invitations/lookup", { bodyLimit: AUTH_BODY_LIMIT }, async (request) => {
    if (people.mode === "local") throw localOnly();
    const { token } = parse(InvitationLookupSchema, request.body, "body");
    return people.accounts.lookupInvitation(token);
  });

  app.post("/api/invitations/accept", { bodyLimit: AUTH_BODY_LIMIT }, async (request, reply) => {
    if (people.mode === "local") throw localOnly();
    const body = parse(AcceptInvitationSchema, request.body, "body");
    // A signed-in accept changes the account, so it needs the CSRF token like any other change.
    if (request.csrfToken !== null) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== "string" || !sameSecret(sent, request.csrfToken))
        return deny(reply, ErrorCode.Forbidden, `missing or wrong ${CSRF_HEADER} header`, 403);
    }
    const { user, signIn } = await people.accounts.acceptInvitation(
      body.token,
      body,
      request.actor,
    );
    if (signIn) setSessionCookie(request, reply, signIn);
    reply.header("cache-control", "no-store");
    return reply.status(201).send({
      authMode: people.mode,
      user: publicUser(user),
      csrfToken: signIn?.csrfToken ?? request.csrfToken,
    });
  });
}
// Like fastify-plugin: the hook and decorations apply to the whole app, not just this plugin.
Object.assign(authRoutes, { [Symbol.for("skip-override")]: true });

/** The actor of a request that passed the auth hook; the websocket route acts for it. */
export function actorOf(request: FastifyRequest): User {
  if (!request.actor) throw new FlightdeckError(ErrorCode.Unauthenticated, "sign in first");
  return request.actor;
}

/** Re-checks a socket's sign-in at most this often, so a sign-out on another process ends it too. */
const RECHECK_MS = 5_000;

export interface SocketGuard {
  /** Asked before each message: null to go on, or the error to send (and whether to close). */
  authorizeMessage(
    request: FastifyRequest,
    type: string,
  ): Promise<{ code: ErrorCode; message: string; close: boolean } | null>;
  /**
   * Calls `revoked` when this socket's sign-in ends, its user's roles change or an admin disables
   * the account (with the error to send before closing); returns an unsubscribe.
   */
  watch(
    request: FastifyRequest,
    revoked: (why: { code: ErrorCode; message: string }) => void,
  ): () => void;
}

export function socketGuard(people: People): SocketGuard {
  const checked = new WeakMap<FastifyRequest, number>();
  return {
    async authorizeMessage(request, type) {
      const actor = request.actor;
      if (!actor) return { code: ErrorCode.Unauthenticated, message: "sign in first", close: true };
      if (request.authSessionId) {
        const last = checked.get(request) ?? 0;
        if (Date.now() - last >= RECHECK_MS) {
          const auth = await people.accounts.byAuthSession(request.authSessionId);
          if (!auth)
            return { code: ErrorCode.Unauthenticated, message: "you were signed out", close: true };
          if (auth.disabledAt !== null)
            return { code: ErrorCode.AccountDisabled, message: DISABLED_MESSAGE, close: true };
          if ([...auth.user.roles].sort().join() !== [...actor.roles].sort().join())
            return {
              code: ErrorCode.Forbidden,
              message: "your access changed; reconnect to go on",
              close: true,
            };
          checked.set(request, Date.now());
        }
      }
      const action: Action | undefined = MESSAGE_ACCESS[type as keyof typeof MESSAGE_ACCESS];
      if (!action)
        return { code: ErrorCode.Forbidden, message: `"${type}" has no access rule`, close: false };
      if (isAppAction(action)) {
        try {
          await authorize(actor, action, APP as never);
        } catch (err) {
          if (err instanceof FlightdeckError)
            return { code: err.code, message: err.message, close: false };
          throw err;
        }
      }
      return null;
    },
    watch(request, revoked) {
      const actor = request.actor;
      if (!actor) return () => {};
      return people.events.subscribe((change) => {
        if (change.userId !== actor.id) return;
        if (change.reason === "disabled")
          revoked({ code: ErrorCode.AccountDisabled, message: DISABLED_MESSAGE });
        else if (
          change.reason === "roles_changed" ||
          change.authSessionId === request.authSessionId
        )
          revoked({
            code: ErrorCode.Unauthenticated,
            message: "you were signed out or your access changed",
          });
      });
    },
  };
}
