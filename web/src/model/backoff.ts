/**
 * Delay before reconnect attempt `attempt` (0-based): doubles from 500 ms up to 10 s, with up to 30 %
 * jitter so many clients dropped at once do not return in lockstep. `random` is in [0, 1).
 */
export function backoffMs(attempt: number, random: number): number {
  const base = Math.min(10_000, 500 * 2 ** Math.max(0, attempt));
  return Math.round(base * (1 - 0.3 * random));
}
