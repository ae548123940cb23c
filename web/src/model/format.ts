/** A signed number with a real minus sign (−), trailing zeros dropped: −0.2, +0.15, 0. */
export function formatSigned(n: number, digits = 2): string {
  const rounded = Number(n.toFixed(digits));
  if (rounded === 0) return "0";
  const body = String(Math.abs(rounded));
  return rounded > 0 ? `+${body}` : `\u2212${body}`;
}

/**
 * A change in a 0–1 level (trust, guard, …) in percentage points, as the charts show levels in
 * percent: 0.09 → "+9 pts", −0.16 → "−16 pts", under half a point → "0 pts".
 */
export function formatPoints(delta: number): string {
  return `${formatSigned(delta * 100, 0)} pts`;
}

/**
 * The change from one 0–1 level to another as the two levels show it, each rounded to a whole
 * percent first: 53% → 66% is "+13 pts", never "+14 pts" from the unrounded values.
 */
export function pointsBetween(from: number, to: number): string {
  return formatPoints((Math.round(to * 100) - Math.round(from * 100)) / 100);
}

/** `blame_absolute` or `dana-okafor` → `blame absolute` / `dana okafor`. */
export function humanize(id: string): string {
  return id.replace(/[_-]+/g, " ").trim();
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A 0–1 share as a whole percentage. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function formatDate(ms: number): string {
  return new Date(ms).toLocaleDateString(undefined, {
    year: "numeric",
    month: "short",
    day: "numeric",
  });
}

/** A calendar day ("2026-12-10") as the reader's locale writes it, the same day in every time zone. */
export function formatDay(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(undefined, {
    year: "numeric",
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  });
}

export function formatDateTime(ms: number): string {
  return new Date(ms).toLocaleString(undefined, {
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}
