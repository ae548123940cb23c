/** Uniform in [0, 1). The session's randomness; never Math.random in the engine. */
export interface Rng {
  next(): number;
}

/** A 32-bit avalanche mix (from the murmur3 finaliser family). */
function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The RNG for turn `turn` of a session seeded with `seed`. Derived from (seed, turn) alone, so any
 * turn can be recomputed from a stored state without stored RNG state (mulberry32 stream).
 */
export function createRng(seed: number, turn: number): Rng {
  const s = Number.isFinite(seed) ? Math.trunc(seed) : 0;
  const lo = s >>> 0;
  const hi = Math.floor(s / 4294967296) >>> 0;
  let a = mix32(lo ^ mix32(hi + 0x9e3779b9) ^ mix32(Math.trunc(turn) + 0x632be5ab));
  return {
    next() {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/** One item of a non-empty list, uniformly. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.min(items.length - 1, Math.floor(rng.next() * items.length))] as T;
}
