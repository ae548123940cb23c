/** A span [start, end) of a text marked with a key (a flag or evidence id). */
export interface Span {
  start: number;
  end: number;
  key: string;
}

export interface Segment {
  text: string;
  start: number;
  /** Keys of every span covering this segment; empty for plain text. */
  keys: string[];
  /** Keys of the spans that end with this segment: where a span's marker goes, once. */
  ends: string[];
}

/**
 * Cuts a text at every span edge, so overlapping spans render as nested-free runs of plain text
 * (the client never builds HTML from text). Spans outside the text are clipped; empty ones dropped.
 */
export function segmentText(text: string, spans: readonly Span[]): Segment[] {
  const clipped = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set([0, text.length]);
  for (const s of clipped) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < edges.length - 1; i++) {
    const start = edges[i] as number;
    const end = edges[i + 1] as number;
    const covering = clipped.filter((s) => s.start <= start && s.end >= end);
    const keys = covering.map((s) => s.key);
    const ends = covering.filter((s) => s.end === end).map((s) => s.key);
    const last = out.at(-1);
    if (last && last.keys.length === 0 && keys.length === 0) last.text += text.slice(start, end);
    else out.push({ text: text.slice(start, end), start, keys, ends });
  }
  return out;
}
