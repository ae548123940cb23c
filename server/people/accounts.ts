import { randomUUID } from "node:crypto";
import { ErrorCode, FlightdeckError } from "../errors";
import type { Db, Queryable } from "../store";
import {
  type CohortMemberRow,
  type InvitationRow,
  peopleRepo as repo,
  type UserRow,
} from "../store/people-repo";
import { authorize, cohortNotFound, cohortResource } from "./access";
import type { AccountEvents } from "./account-events";
import { hashPassword, UNMATCHABLE_HASH, verifyPassword } from "./password";
import type { RoleName } from "./people.schema";
import { APP } from "./policy";
import { ADDRESS_RULE, afterFailure, EMAIL_RULE, type ThrottleRule } from "./throttle";
import { newToken, tokenHash } from "./tokens";
import { LOCAL_USER, type User, userOf } from "./user";

/** A sign-in lasts this long; then the person signs in again. */
export const SESSION_TTL_MS = 14 * 24 * 60 * 60_000;

export interface SignIn {
  user: User;
  /** The cookie's value. Only its hash is stored. */
  token: string;
  authSessionId: string;
  csrfToken: string;
  expiresAt: number;
}

export type SignInResult =
  | ({ ok: true } & SignIn)
  | { ok: false; reason: "wrong" }
  | { ok: false; reason: "disabled" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

export interface Authenticated {
  user: User;
  authSessionId: string;
  csrfToken: string;
  /** When an admin disabled the account: the sign-in is refused, with that reason. */
  disabledAt: number | null;
}

/** An account as the admin's list shows it. */
export interface Account {
  user: User;
  disabledAt: number | null;
  disabledBy: { id: string; displayName: string } | null;
}

/** Said to someone whose account an admin disabled: at sign-in, on a request, on their socket. */
export const DISABLED_MESSAGE =
  "An admin disabled this account, so it cannot sign in. Ask an admin to enable it again.";

export interface AccountServiceDeps {
  db: Db;
  events: AccountEvents;
  clock?: () => number;
}

type CohortPlace = CohortMemberRow["role"];
/** Where each role an invitation gives places its person in the cohort. */
const PLACE_OF_ROLE: Partial<Record<string, CohortPlace>> = {
  manager: "member",
  mentor: "mentor",
  facilitator: "facilitator",
};
const PLACE_WORDS: Record<CohortPlace, string> = {
  member: "a manager",
  mentor: "a mentor",
  facilitator: "a facilitator",
};
const cohortPlaces = (roles: readonly string[]): CohortPlace[] => [
  ...new Set(roles.flatMap((r) => PLACE_OF_ROLE[r] ?? [])),
];

/** A key of the sign-in backoff is blocked; thrown inside a transaction to undo its counting. */
class Throttled extends Error {
  constructor(readonly retryAfterMs: number) {
    super("throttled");
  }
}

/**
 * Counts one attempt on every key of a backoff (login_throttle), all or none, before the attempt is
 * checked, so attempts sent in parallel each see the ones before them: when one key is blocked
 * nothing is counted, and the answer is how long until the latest block ends. `pairKey`, when
 * given, is a plain counter that goes up with it (the sign-in's attempts of one email from one
 * address). Sign-in, password changes and sharing by email use it.
 */
export async function reserveAttempt(
  db: Db,
  keys: readonly [string, ThrottleRule][],
  now: number,
  pairKey?: string,
): Promise<{ counts: { failures: number; blocked_until: number }[] } | { retryAfterMs: number }> {
  try {
    return await db.transaction(async (tx) => {
      const counts: { failures: number; blocked_until: number }[] = [];
      for (const [key, rule] of keys) {
        const first = afterFailure(undefined, now, rule).blockedUntil;
        const count = await repo.reserveThrottle(tx, key, now, rule, first);
        if (!count) {
          const blocked = await repo.getThrottle(tx, key);
          // Thrown, so the transaction takes back the keys counted before this one.
          throw new Throttled(Math.max(1_000, (blocked?.blocked_until ?? 0) - now));
        }
        counts.push(count);
      }
      if (pairKey) await repo.countThrottle(tx, pairKey, now);
      return { counts };
    });
  } catch (err) {
    if (err instanceof Throttled) return { retryAfterMs: err.retryAfterMs };
    throw err;
  }
}

const NO_ACCOUNT =
  "That account no longer exists. Reload the page to see the accounts as they are now.";
const INVALID_INVITATION = "this invitation link is not valid: it was used, or it has expired";
const ACCOUNT_EXISTS = "an account with this email exists: sign in, then open the link again";
const INVALID_RESET = "this password link is not valid: it was used, replaced, or it has expired";
/** A password link works this long: a day to open it, not a standing key to the account. */
export const RESET_TTL_MS = 24 * 60 * 60_000;

/**
 * An unused invitation as the lists of them say it: pending, expired, or declined by the invited
 * person (with when).
 */
export function invitationStatus(i: InvitationRow, now: number) {
  if (i.declined_at != null) return { status: "declined" as const, declinedAt: i.declined_at };
  return { status: i.expires_at > now ? ("pending" as const) : ("expired" as const) };
}

/** Accounts, sign-in sessions, login backoff and invitations. */
export class AccountService {
  private readonly clock: () => number;
  constructor(private readonly deps: AccountServiceDeps) {
    this.clock = deps.clock ?? Date.now;
  }

  private get db() {
    return this.deps.db;
  }

  /** The local user's row, so cohorts and reviews it creates have an author. */
  async ensureLocalUser(): Promise<void> {
    await this.db.query(
      `INSERT INTO users (id, display_name, roles, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO NOTHING`,
      [LOCAL_USER.id, LOCAL_USER.displayName, ["manager"], this.clock()],
    );
  }

  /** Set once an account is seen: accounts are disabled, never deleted, so there is no going back. */
  private sawAccount = false;

  /**
   * Accounts that can sign in (with a password; the local mode's user has none). Once one is seen,
   * answers 1 without asking the database again: the sign-in page asks this of every visitor.
   */
  async countAccounts(): Promise<number> {
    if (this.sawAccount) return 1;
    const rows = await this.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM users WHERE password_hash IS NOT NULL",
    );
    const n = Number(rows[0]?.n ?? 0);
    if (n > 0) this.sawAccount = true;
    return n;
  }

  /** For `flightdeck users add`: creates an account, or sets the password and roles of an existing one. */
  async upsertUser(input: {
    email: string;
    password: string;
    roles: readonly RoleName[];
    displayName?: string | undefined;
  }): Promise<{ user: User; created: boolean }> {
    const hash = await hashPassword(input.password);
    const existing = await repo.getUserByEmail(this.db, input.email);
    if (existing) {
      const roles = [...new Set([...existing.roles, ...input.roles])];
      await repo.setRoles(this.db, existing.id, roles);
      await repo.setPassword(this.db, existing.id, hash);
      await repo.deleteAuthSessionsOf(this.db, existing.id);
      return { user: userOf({ ...existing, roles }), created: false };
    }
    const id = randomUUID();
    await repo.insertUser(this.db, {
      id,
      email: input.email,
      displayName: input.displayName ?? input.email.split("@")[0] ?? input.email,
      roles: input.roles,
      passwordHash: hash,
      now: this.clock(),
    });
    return { user: userOf((await repo.getUser(this.db, id)) as never), created: true };
  }

  async signIn(email: string, password: string, address: string): Promise<SignInResult> {
    const now = this.clock();
    const checked = await this.checkPassword(email, password, address);
    if (!checked.ok) return checked;
    // Said only to someone who knows the password: to anyone else a disabled account is as wrong
    // as an unknown one.
    if (checked.row.disabled_at !== null) return { ok: false, reason: "disabled" };
    // Housekeeping on the way in: lapsed sign-ins, and backoff counters nobody hit for a day.
    await repo.deleteExpiredAuthSessions(this.db, now);
    await repo.deleteStaleThrottles(this.db, now - 24 * 60 * 60_000);
    return { ok: true, ...(await this.startSession(this.db, userOf(checked.row))) };
  }

  /**
   * The password of an email, checked under the sign-in backoff (per email and per address): a
   * wrong one counts as a failed sign-in wherever it is typed, so no route guesses faster.
   *
   * The attempt is counted before the password is hashed, in the database and in one transaction
   * for both keys, and it blocks the keys as a failure would: attempts sent in parallel each see the
   * ones before them, so the sixth of forty parallel guesses at one email blocks the other 34. A
   * success gives the count back: the email's is cleared, and the address's loses only this email's
   * attempts from there, so signing in to one's own account does not wipe the failures the address
   * made on other accounts.
   */
  private async checkPassword(
    email: string,
    password: string,
    address: string,
  ): Promise<
    | { ok: true; row: NonNullable<Awaited<ReturnType<typeof repo.getUserByEmail>>> }
    | { ok: false; reason: "wrong" }
    | { ok: false; reason: "throttled"; retryAfterMs: number }
  > {
    const emailKey = `email:${email}`;
    const addressKey = `address:${address}`;
    /** This email's attempts from this address: what a success gives back to the address. */
    const pairKey = `address-email:${address} ${email}`;
    const keys: [string, ThrottleRule][] = [
      [emailKey, EMAIL_RULE],
      [addressKey, ADDRESS_RULE],
    ];
    const reserved = await reserveAttempt(this.db, keys, this.clock(), pairKey);
    if ("retryAfterMs" in reserved)
      return { ok: false, reason: "throttled", retryAfterMs: reserved.retryAfterMs };
    const row = await repo.getUserByEmail(this.db, email);
    // An unknown email costs the same hash as a known one, so timing does not tell them apart.
    const matches = await verifyPassword(password, row?.password_hash ?? UNMATCHABLE_HASH);
    if (!row?.password_hash || !matches) {
      // The wait counts from the answer, not the request: hashing takes a while under load.
      const failedAt = this.clock();
      for (const [i, [key, rule]] of keys.entries()) {
        const failures = reserved.counts[i]?.failures ?? 1;
        const { blockedUntil } = afterFailure(
          { failures: failures - 1, blockedUntil: 0 },
          failedAt,
          rule,
        );
        if (blockedUntil > 0) await repo.extendThrottleBlock(this.db, key, blockedUntil, failedAt);
      }
      return { ok: false, reason: "wrong" };
    }
    await repo.clearThrottle(this.db, emailKey);
    await repo.refundThrottle(this.db, addressKey, pairKey, reserved.counts[1]?.blocked_until ?? 0);
    return { ok: true, row };
  }

  /**
   * A signed-in person changes their own password, giving the current one (checked under the
   * sign-in backoff). Every other sign-in of theirs ends, and its sockets close; this one stays.
   */
  async changePassword(
    actor: User,
    authSessionId: string,
    current: string,
    next: string,
    address: string,
  ): Promise<
    | { ok: true }
    | { ok: false; reason: "wrong" }
    | { ok: false; reason: "throttled"; retryAfterMs: number }
  > {
    if (actor.email === null)
      throw new FlightdeckError(ErrorCode.BadRequest, "this account has no password to change");
    const checked = await this.checkPassword(actor.email, current, address);
    if (!checked.ok) return checked;
    const hash = await hashPassword(next);
    const ended = await this.db.transaction(async (tx) => {
      await repo.setPassword(tx, actor.id, hash);
      return repo.deleteOtherAuthSessions(tx, actor.id, authSessionId);
    });
    for (const id of ended)
      this.deps.events.emit({ reason: "signed_out", userId: actor.id, authSessionId: id });
    return { ok: true };
  }

  /**
   * A signed-in person sets the name others see: a name mistyped when accepting the invitation is
   * not stuck in every grid, inbox and comment. Their open sockets learn it at their next check.
   */
  async rename(actor: User, displayName: string): Promise<User> {
    if (actor.email === null)
      throw new FlightdeckError(
        ErrorCode.BadRequest,
        "local mode has one user, with no name to set",
      );
    await repo.setDisplayName(this.db, actor.id, displayName);
    const row = await repo.getUser(this.db, actor.id);
    if (!row) throw new FlightdeckError(ErrorCode.NotFound, NO_ACCOUNT);
    return userOf(row);
  }

  private async startSession(db: Queryable, user: User): Promise<SignIn> {
    const now = this.clock();
    const token = newToken();
    const csrfToken = newToken();
    const authSessionId = tokenHash(token);
    const expiresAt = now + SESSION_TTL_MS;
    await repo.insertAuthSession(db, {
      id: authSessionId,
      user_id: user.id,
      csrf_token: csrfToken,
      created_at: now,
      last_seen_at: now,
      expires_at: expiresAt,
    });
    return { user, token, authSessionId, csrfToken, expiresAt };
  }

  /** The user a cookie's token signs in, or null when it is unknown or expired. */
  async authenticate(token: string): Promise<Authenticated | null> {
    return this.byAuthSession(tokenHash(token));
  }

  /** Re-checks a sign-in session by id (sockets do, between messages). */
  async byAuthSession(authSessionId: string): Promise<Authenticated | null> {
    const session = await repo.getAuthSession(this.db, authSessionId);
    if (!session) return null;
    if (session.expires_at <= this.clock()) {
      await repo.deleteAuthSession(this.db, session.id);
      return null;
    }
    const row = await repo.getUser(this.db, session.user_id);
    if (!row) return null;
    return {
      user: userOf(row),
      authSessionId: session.id,
      csrfToken: session.csrf_token,
      disabledAt: row.disabled_at,
    };
  }

  async signOut(authSessionId: string, userId: string): Promise<void> {
    await repo.deleteAuthSession(this.db, authSessionId);
    this.deps.events.emit({ reason: "signed_out", userId, authSessionId });
  }

  // ── invitations ──

  /**
   * A single-use link. Inviting an email again into the same cohort (or again into none) replaces
   * its earlier unused invitation, so one person has one working link; `replaced` says how many
   * stopped working. Someone already placed in the cohort as the invitation would place them is
   * refused.
   */
  async createInvitation(
    actor: User,
    input: {
      email: string;
      name?: string | undefined;
      roles: readonly RoleName[];
      cohortId?: string | undefined;
      expiresInHours: number;
    },
  ): Promise<{ token: string; expiresAt: number; invitation: InvitationRow; replaced: number }> {
    const cohort = input.cohortId ? await cohortResource(this.db, input.cohortId) : undefined;
    await authorize(
      actor,
      "invitation.create",
      { kind: "invitation", roles: input.roles, cohort: cohort?.resource },
      () => cohortNotFound(input.cohortId ?? ""),
    );
    if (cohort) await this.refuseIfPlaced(cohort.row.id, input.email, input.roles);
    const now = this.clock();
    const token = newToken();
    const invitation: InvitationRow = {
      id: tokenHash(token),
      email: input.email,
      roles: [...new Set(input.roles)],
      cohort_id: input.cohortId ?? null,
      created_by: actor.id,
      created_at: now,
      expires_at: now + input.expiresInHours * 3_600_000,
      used_at: null,
      used_by: null,
      declined_at: null,
      name: input.name ?? null,
    };
    const replaced = await this.db.transaction(async (tx) => {
      const n = await repo.deleteOpenInvitationsOf(tx, invitation.email, invitation.cohort_id);
      await repo.insertInvitation(tx, invitation);
      return n;
    });
    return { token, expiresAt: invitation.expires_at, invitation, replaced };
  }

  /** An invitation that would add nobody to the cohort is a mistake: say who is already there. */
  private async refuseIfPlaced(cohortId: string, email: string, roles: readonly string[]) {
    const account = await repo.getUserByEmail(this.db, email);
    if (!account) return;
    const held = new Set(
      (await repo.members(this.db, cohortId))
        .filter((m) => m.user_id === account.id)
        .map((m) => m.role),
    );
    const places = cohortPlaces(roles);
    if (places.length > 0 && places.every((p) => held.has(p)))
      throw new FlightdeckError(
        ErrorCode.BadRequest,
        `${email} is already in this cohort as ${places.map((p) => PLACE_WORDS[p]).join(" and ")}`,
      );
  }

  /**
   * Invitations into no cohort that nobody used yet, newest first, as pending or expired: the
   * Accounts page lists them to revoke (a cohort's own are on its page). Admins only.
   */
  async listInvitations(actor: User) {
    await authorize(actor, "user.list", APP);
    const now = this.clock();
    const rows = await repo.openInvitationsWithoutCohort(this.db);
    const senders = new Map(
      (await repo.getUsers(this.db, [...new Set(rows.map((r) => r.created_by))])).map((u) => [
        u.id,
        u.display_name,
      ]),
    );
    return rows.map((i) => ({
      id: i.id,
      email: i.email,
      ...(i.name ? { name: i.name } : {}),
      roles: i.roles,
      createdAt: i.created_at,
      expiresAt: i.expires_at,
      ...invitationStatus(i, now),
      invitedBy: senders.get(i.created_by) ?? null,
    }));
  }

  /** Withdraws an invitation nobody has used: its link stops working. */
  async revokeInvitation(actor: User, id: string): Promise<void> {
    const missing = () =>
      new FlightdeckError(
        ErrorCode.NotFound,
        "This invitation is no longer open: it was used, revoked or replaced by a newer link. Reload the page to see the invitations as they are now.",
      );
    const invitation = await repo.getInvitation(this.db, id);
    if (!invitation || invitation.used_at !== null) throw missing();
    const cohort = invitation.cohort_id
      ? await cohortResource(this.db, invitation.cohort_id)
      : undefined;
    await authorize(
      actor,
      "invitation.revoke",
      { kind: "invitation", roles: invitation.roles, cohort: cohort?.resource },
      missing,
    );
    if (!(await repo.deleteOpenInvitation(this.db, id))) throw missing();
  }

  /** What the sign-up page shows for a link; not found when it was used or has expired. */
  async lookupInvitation(token: string) {
    const invitation = await this.usableInvitation(this.db, token);
    const cohort = invitation.cohort_id
      ? await repo.getCohort(this.db, invitation.cohort_id)
      : undefined;
    const account = await repo.getUserByEmail(this.db, invitation.email);
    // A name the invited person may recognise; never the sender's email or roles.
    const sender = invitation.created_by
      ? await repo.getUser(this.db, invitation.created_by)
      : undefined;
    return {
      email: invitation.email,
      roles: invitation.roles,
      cohort: cohort ? { id: cohort.id, name: cohort.name } : null,
      expiresAt: invitation.expires_at,
      /** True when the email already has an account: sign in first, then accept. */
      hasAccount: Boolean(account),
      invitedBy: sender ? { displayName: sender.display_name } : null,
      ...(invitation.name ? { name: invitation.name } : {}),
    };
  }

  private async usableInvitation(db: Queryable, token: string) {
    const invitation = await repo.getInvitation(db, tokenHash(token));
    if (
      !invitation ||
      invitation.used_at !== null ||
      invitation.declined_at != null ||
      invitation.expires_at <= this.clock()
    )
      throw new FlightdeckError(ErrorCode.NotFound, INVALID_INVITATION);
    return invitation;
  }

  /**
   * Uses an invitation once. Signed out: creates the account and signs it in. Signed in as the
   * invited email: adds the roles and the cohort to that account.
   */
  async acceptInvitation(
    token: string,
    input: { displayName?: string | undefined; password?: string | undefined },
    current: User | null,
  ): Promise<{ user: User; signIn?: SignIn }> {
    const invitation = await this.usableInvitation(this.db, token);
    const now = this.clock();
    if (current) {
      if (current.email !== invitation.email)
        throw new FlightdeckError(
          ErrorCode.Forbidden,
          "this invitation is for another email address; sign out and open the link again",
        );
      return { user: await this.acceptAs(current, invitation) };
    }
    if (await repo.getUserByEmail(this.db, invitation.email))
      throw new FlightdeckError(ErrorCode.BadRequest, ACCOUNT_EXISTS);
    if (!input.displayName || !input.password)
      throw new FlightdeckError(
        ErrorCode.BadRequest,
        "body: displayName and password are needed to create the account",
      );
    const hash = await hashPassword(input.password);
    const id = randomUUID();
    return this.db.transaction(async (tx) => {
      // Two accepts in parallel (a double submit, two tabs, or two links for one email): the
      // second waits for the first's account, then answers as the docs say instead of failing on
      // the email's unique index: 404 when the link was used meanwhile, else 400 as above.
      const inserted = await repo.insertUserIfNewEmail(tx, {
        id,
        email: invitation.email,
        displayName: input.displayName as string,
        roles: invitation.roles,
        passwordHash: hash,
        now,
      });
      if (!inserted) {
        await this.usableInvitation(tx, token);
        throw new FlightdeckError(ErrorCode.BadRequest, ACCOUNT_EXISTS);
      }
      if (!(await repo.useInvitation(tx, invitation.id, id, now)))
        throw new FlightdeckError(ErrorCode.NotFound, INVALID_INVITATION);
      await this.joinCohort(tx, invitation, id, now);
      const user = userOf((await repo.getUser(tx, id)) as never);
      return { user, signIn: await this.startSession(tx, user) };
    });
  }

  /** The signed-in invited person accepts: the roles are added, and the cohort joined. */
  private async acceptAs(current: User, invitation: InvitationRow): Promise<User> {
    const now = this.clock();
    const user = await this.db.transaction(async (tx) => {
      if (!(await repo.useInvitation(tx, invitation.id, current.id, now)))
        throw new FlightdeckError(ErrorCode.NotFound, INVALID_INVITATION);
      const roles = [...new Set([...current.roles, ...invitation.roles])] as RoleName[];
      await repo.setRoles(tx, current.id, roles);
      await this.joinCohort(tx, invitation, current.id, now);
      return { ...current, roles };
    });
    this.deps.events.emit({ reason: "roles_changed", userId: current.id });
    return user;
  }

  // ── invitations as the invited person sees them, signed in ──

  /**
   * The invitations waiting for the signed-in person's email: someone with an account is invited
   * like anyone else (the facilitator cannot tell the two apart), and sees the invitation here when
   * they sign in, to join with one click or decline, without the link.
   */
  async invitationsForMe(actor: User) {
    if (actor.email === null) return [];
    const rows = await repo.openInvitationsFor(this.db, actor.email, this.clock());
    const cohorts = new Map(
      await Promise.all(
        [...new Set(rows.flatMap((r) => (r.cohort_id ? [r.cohort_id] : [])))].map(
          async (id) => [id, await repo.getCohort(this.db, id)] as const,
        ),
      ),
    );
    const senders = new Map(
      (await repo.getUsers(this.db, [...new Set(rows.map((r) => r.created_by))])).map((u) => [
        u.id,
        u.display_name,
      ]),
    );
    return rows.flatMap((i) => {
      const cohort = i.cohort_id ? cohorts.get(i.cohort_id) : null;
      // An invitation into a cohort deleted meanwhile went with it; nothing else is left out.
      if (cohort === undefined) return [];
      return [
        {
          id: i.id,
          roles: i.roles,
          cohort: cohort ? { id: cohort.id, name: cohort.name } : null,
          invitedBy: senders.has(i.created_by)
            ? { displayName: senders.get(i.created_by) as string }
            : null,
          createdAt: i.created_at,
          expiresAt: i.expires_at,
        },
      ];
    });
  }

  private async myInvitation(actor: User, id: string) {
    const invitation = await repo.getInvitation(this.db, id);
    // Someone else's invitation is as unknown as one that was never made.
    if (
      !invitation ||
      actor.email === null ||
      invitation.email !== actor.email ||
      invitation.used_at !== null ||
      invitation.declined_at != null ||
      invitation.expires_at <= this.clock()
    )
      throw new FlightdeckError(
        ErrorCode.NotFound,
        "This invitation is no longer open: it was accepted, declined, revoked or replaced, or it expired. Reload the page to see your invitations as they are now.",
      );
    return invitation;
  }

  /** Joins from the invitation's card, signed in: as the link would, without the link. */
  async acceptMine(actor: User, id: string): Promise<User> {
    return this.acceptAs(actor, await this.myInvitation(actor, id));
  }

  /**
   * Declines: the invitation stops working, nothing of the person is shared, and whoever invited
   * them sees "Declined" in its place (to remove, or invite again).
   */
  async declineMine(actor: User, id: string): Promise<void> {
    const invitation = await this.myInvitation(actor, id);
    if (!(await repo.declineInvitation(this.db, invitation.id, this.clock())))
      await this.myInvitation(actor, id);
  }

  /**
   * Places the person in the invitation's cohort, one place per role it gives; their other unused
   * links into that cohort stop working, so the pending list holds nobody who joined.
   */
  private async joinCohort(tx: Queryable, invitation: InvitationRow, userId: string, now: number) {
    if (!invitation.cohort_id) return;
    for (const role of cohortPlaces(invitation.roles))
      await repo.addMember(tx, { cohortId: invitation.cohort_id, userId, role, now });
    await repo.deleteOpenInvitationsOf(tx, invitation.email, invitation.cohort_id);
  }

  // ── users (admin) ──

  async listUsers(actor: User): Promise<Account[]> {
    await authorize(actor, "user.list", APP);
    const rows = await repo.listUsers(this.db);
    const names = new Map(rows.map((r) => [r.id, r.display_name]));
    return rows.map((r) => ({
      user: userOf(r),
      disabledAt: r.disabled_at,
      disabledBy:
        r.disabled_at !== null && r.disabled_by !== null
          ? { id: r.disabled_by, displayName: names.get(r.disabled_by) ?? "an admin" }
          : null,
    }));
  }

  /**
   * An admin disables an account (it can no longer sign in: its sign-ins are refused at their next
   * request and its sockets close at once) or enables it again (every sign-in from before stays
   * ended: the person signs in anew). Nothing of theirs is deleted. Nobody disables themself or the
   * last admin who can sign in.
   */
  async setDisabled(actor: User, userId: string, disabled: boolean): Promise<Account> {
    await authorize(actor, "user.manage", { kind: "user", id: userId });
    const row = await repo.getUser(this.db, userId);
    if (!row || row.email === null) throw new FlightdeckError(ErrorCode.NotFound, NO_ACCOUNT);
    if (disabled && userId === actor.id)
      throw new FlightdeckError(
        ErrorCode.BadRequest,
        "You cannot disable your own account; another admin can.",
      );
    const now = this.clock();
    // Already as asked (two admins, or a page not reloaded): nothing changes, and an enabled
    // account's sign-ins are not ended by a stale Enable.
    if (disabled === (row.disabled_at !== null)) return this.account(row);
    const changed = await this.db.transaction(async (tx) => {
      if (!disabled) {
        await repo.setDisabled(tx, userId, null, null);
        await repo.deleteAuthSessionsOf(tx, userId);
        return true;
      }
      return repo.setDisabled(tx, userId, now, actor.id);
    });
    if (!changed)
      throw new FlightdeckError(
        ErrorCode.BadRequest,
        `${row.display_name} is the last admin who can sign in: make someone else an admin first.`,
      );
    if (disabled) this.deps.events.emit({ reason: "disabled", userId });
    const after = await repo.getUser(this.db, userId);
    if (!after) throw new FlightdeckError(ErrorCode.NotFound, NO_ACCOUNT);
    return this.account(after);
  }

  private async account(row: UserRow): Promise<Account> {
    const by =
      row.disabled_at !== null && row.disabled_by !== null
        ? await repo.getUser(this.db, row.disabled_by)
        : undefined;
    return {
      user: userOf(row),
      disabledAt: row.disabled_at,
      disabledBy: by ? { id: by.id, displayName: by.display_name } : null,
    };
  }

  // ── password resets ──

  /**
   * An admin's single-use link for someone who forgot their password (`/reset#<token>`, valid a
   * day; a new one replaces the last). Flightdeck sends no email: the admin passes it on.
   */
  async createPasswordReset(actor: User, userId: string) {
    await authorize(actor, "user.manage", { kind: "user", id: userId });
    const row = await repo.getUser(this.db, userId);
    if (!row || row.email === null) throw new FlightdeckError(ErrorCode.NotFound, NO_ACCOUNT);
    if (row.disabled_at !== null)
      throw new FlightdeckError(
        ErrorCode.BadRequest,
        `${row.display_name}'s account is disabled: enable it first, then make a password link.`,
      );
    const token = newToken();
    const now = this.clock();
    const expiresAt = now + RESET_TTL_MS;
    await this.db.transaction((tx) =>
      repo.insertPasswordReset(tx, {
        id: tokenHash(token),
        user_id: userId,
        created_by: actor.id,
        created_at: now,
        expires_at: expiresAt,
      }),
    );
    return { path: `/reset#${token}`, email: row.email, expiresAt };
  }

  private async usableReset(db: Queryable, token: string) {
    const reset = await repo.getPasswordReset(db, tokenHash(token));
    if (!reset || reset.used_at !== null || reset.expires_at <= this.clock())
      throw new FlightdeckError(ErrorCode.NotFound, INVALID_RESET);
    const row = await repo.getUser(db, reset.user_id);
    if (!row || row.email === null) throw new FlightdeckError(ErrorCode.NotFound, INVALID_RESET);
    // A link made before the account was disabled signs nobody in.
    if (row.disabled_at !== null)
      throw new FlightdeckError(ErrorCode.AccountDisabled, DISABLED_MESSAGE);
    return { reset, row };
  }

  /** Whose password a link sets, for its page; 404 when it no longer works. */
  async lookupPasswordReset(token: string) {
    const { reset, row } = await this.usableReset(this.db, token);
    return {
      email: row.email as string,
      displayName: row.display_name,
      expiresAt: reset.expires_at,
    };
  }

  /**
   * Sets the new password from a link, once: every sign-in of the account ends (its sockets
   * close), and this browser is signed in.
   */
  async redeemPasswordReset(token: string, password: string): Promise<SignIn> {
    const hash = await hashPassword(password);
    const { signIn, ended, userId } = await this.db.transaction(async (tx) => {
      const { reset, row } = await this.usableReset(tx, token);
      if (!(await repo.markPasswordResetUsed(tx, reset.id, this.clock())))
        throw new FlightdeckError(ErrorCode.NotFound, INVALID_RESET);
      await repo.setPassword(tx, row.id, hash);
      const ended = await repo.deleteOtherAuthSessions(tx, row.id, "");
      return { signIn: await this.startSession(tx, userOf(row)), ended, userId: row.id };
    });
    for (const id of ended)
      this.deps.events.emit({ reason: "signed_out", userId, authSessionId: id });
    return signIn;
  }

  async setRoles(actor: User, userId: string, roles: readonly RoleName[]): Promise<User> {
    await authorize(actor, "user.manage", { kind: "user", id: userId });
    const row = await repo.getUser(this.db, userId);
    if (!row || row.email === null) throw new FlightdeckError(ErrorCode.NotFound, NO_ACCOUNT);
    if (userId === actor.id && !roles.includes("admin"))
      throw new FlightdeckError(
        ErrorCode.BadRequest,
        "you cannot remove your own admin role; ask another admin",
      );
    const unique = [...new Set(roles)];
    await repo.setRoles(this.db, userId, unique);
    this.deps.events.emit({ reason: "roles_changed", userId });
    return userOf({ ...row, roles: unique });
  }
}
