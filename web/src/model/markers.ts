/** A numbered circle on a chart, in pixels. */
export interface PlacedMarker {
  cx: number;
  cy: number;
}

/**
 * Moves numbered circles that would cover each other apart along y, so each number stays readable:
 * circles on the same x (closer than `gap`) keep their order from top to bottom and end at least
 * `gap` apart, nudged as little as possible and kept between `top` and `bottom`. Two changes on
 * one turn that end at nearly the same level (trust 6 % and engagement 4 %) otherwise hide one
 * number under the other.
 */
export function spreadMarkers<T extends PlacedMarker>(
  markers: readonly T[],
  gap: number,
  top: number,
  bottom: number,
): T[] {
  const out = markers.map((m) => ({ ...m }));
  const columns: T[][] = [];
  for (const m of [...out].sort((a, b) => a.cx - b.cx)) {
    const column = columns.find((c) => Math.abs((c[0] as T).cx - m.cx) < gap);
    if (column) column.push(m);
    else columns.push([m]);
  }
  for (const column of columns) {
    column.sort((a, b) => a.cy - b.cy);
    // Push each circle down past the one above it (the first below the top)…
    for (const [i, m] of column.entries()) {
      const above = column[i - 1];
      m.cy = Math.max(m.cy, above ? above.cy + gap : top);
    }
    // …then pull back up from the bottom the ones that ran off it, only as far as needed.
    for (let i = column.length - 1; i >= 0; i--) {
      const m = column[i] as T;
      const below = column[i + 1];
      m.cy = Math.min(m.cy, below ? below.cy - gap : bottom);
    }
    // Too many to fit between top and bottom: spread them evenly over the height.
    if ((column[0] as T).cy < top && column.length > 1) {
      const step = (bottom - top) / (column.length - 1);
      column.forEach((m, i) => {
        m.cy = top + i * step;
      });
    }
  }
  return out;
}
