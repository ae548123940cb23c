/**
 * Login backoff, pure. A key (an email, an address) may fail a few times freely; after that each
 * failure blocks it for twice as long as the last, up to a cap. The database counts attempts with
 * the same rule in one statement (peopleRepo.reserveThrottle), so parallel attempts cannot slip
 * past it; AccountService.checkPassword says what a success gives back.
 */
export interface ThrottleState {
  readonly failures: number;
  /** Epoch ms before which a sign-in with this key is refused without checking the password. */
  readonly blockedUntil: number;
}

export interface ThrottleRule {
  readonly freeFailures: number;
  readonly baseMs: number;
  readonly maxMs: number;
}

/** Five free tries, then 5 s, 10 s, 20 s … up to 15 min: slow for a script, barely felt by a person. */
export const EMAIL_RULE: ThrottleRule = { freeFailures: 5, baseMs: 5_000, maxMs: 15 * 60_000 };
/** An address may try many accounts (a shared office), so it gets more room before the backoff. */
export const ADDRESS_RULE: ThrottleRule = { freeFailures: 20, baseMs: 5_000, maxMs: 15 * 60_000 };
/**
 * Sharing a session by email, per user: a refusal ("no mentor … has the email") is a guess at who
 * reviews here, so after five the backoff starts, as for a sign-in. A share that works gives its
 * count back (ReviewService.share), so a manager sharing every session with their mentor never waits.
 */
export const SHARE_RULE: ThrottleRule = { freeFailures: 5, baseMs: 5_000, maxMs: 15 * 60_000 };

export function afterFailure(
  state: ThrottleState | undefined,
  now: number,
  rule: ThrottleRule,
): ThrottleState {
  const failures = (state?.failures ?? 0) + 1;
  const over = failures - rule.freeFailures;
  const blockMs = over <= 0 ? 0 : Math.min(rule.maxMs, rule.baseMs * 2 ** (over - 1));
  return { failures, blockedUntil: blockMs === 0 ? 0 : now + blockMs };
}

/** Milliseconds until the key may try again; 0 when it may try now. */
export const waitMs = (state: ThrottleState | undefined, now: number): number =>
  Math.max(0, (state?.blockedUntil ?? 0) - now);
