import type { MoveKind } from "../../../server/moves/move.schema";
import { MOVE_INFO } from "../../../server/moves/move-info";
import type { WireTurn } from "../../../server/sessions/protocol.schema";
import type { TrajectoryPoint } from "../../../server/sessions/record.schema";
import { formatPoints, humanize } from "./format";
import { answeredManagerTurn, managerNumbers } from "./transcript";

/** The hidden variables the flight recorder plots, each 0–1. */
export const VARIABLES = ["trust", "guard", "stress", "engagement"] as const;
export type Variable = (typeof VARIABLES)[number];

/** A change at least this big (on the 0–1 scale) is marked on the chart and explained. */
export const LARGE_CHANGE = 0.15;

export interface Series {
  /** Manager turn number: 0 is before the first line. */
  x: number[];
  values: Record<Variable, (number | null)[]>;
}

const clamp = (n: number) => Math.min(1, Math.max(0, n));

/**
 * One persona's hidden state over the manager's turns. The first point is the state before the
 * first line, recovered by taking the first reply's changes back off its state.
 */
export function seriesOf(
  points: readonly TrajectoryPoint[],
  personaId: string,
  turns: readonly WireTurn[],
): Series {
  const numbers = managerNumbers(turns);
  const own = points.filter((p) => p.state[personaId]);
  const x: number[] = [];
  const values = Object.fromEntries(VARIABLES.map((v) => [v, []])) as unknown as Series["values"];
  const first = own[0];
  if (first) {
    x.push(0);
    for (const v of VARIABLES) {
      const after = first.state[personaId]?.[v];
      const moved = first.changes
        .filter((c) => c.personaId === personaId && c.variable === v)
        .reduce((sum, c) => sum + c.delta, 0);
      values[v].push(after === undefined ? null : clamp(after - moved));
    }
  }
  for (const p of own) {
    const manager = answeredManagerTurn(turns, p.turn);
    const n = manager ? (numbers.get(manager.index) ?? 0) : 0;
    // Two personas may answer one line (a mediation); the later point wins for that turn.
    if (x.at(-1) === n && n !== 0) {
      x.pop();
      for (const v of VARIABLES) values[v].pop();
    }
    x.push(n);
    for (const v of VARIABLES) values[v].push(p.state[personaId]?.[v] ?? null);
  }
  return { x, values };
}

export interface LargeChange {
  personaId: string;
  variable: string;
  delta: number;
  /** The employee turn that carried the change, and the manager line that caused it. */
  employeeTurn: number;
  managerTurn: number | null;
  managerNumber: number | null;
  causes: { cause: string; delta: number }[];
}

/** Every variable that moved by LARGE_CHANGE or more in one turn, with what moved it, biggest cause first. */
export function largeChanges(
  points: readonly TrajectoryPoint[],
  turns: readonly WireTurn[],
  threshold = LARGE_CHANGE,
): LargeChange[] {
  const numbers = managerNumbers(turns);
  const out: LargeChange[] = [];
  for (const p of points) {
    const groups = new Map<
      string,
      { personaId: string; variable: string; causes: Map<string, number> }
    >();
    for (const c of p.changes) {
      const key = `${c.personaId}\u0000${c.variable}`;
      const g = groups.get(key) ?? {
        personaId: c.personaId,
        variable: c.variable,
        causes: new Map(),
      };
      g.causes.set(c.cause, (g.causes.get(c.cause) ?? 0) + c.delta);
      groups.set(key, g);
    }
    const manager = answeredManagerTurn(turns, p.turn);
    for (const g of groups.values()) {
      const delta = [...g.causes.values()].reduce((a, b) => a + b, 0);
      if (Math.abs(delta) + 1e-9 < threshold) continue;
      out.push({
        personaId: g.personaId,
        variable: g.variable,
        delta,
        employeeTurn: p.turn,
        managerTurn: manager?.index ?? null,
        managerNumber: manager ? (numbers.get(manager.index) ?? null) : null,
        causes: [...g.causes]
          .map(([cause, d]) => ({ cause, delta: d }))
          .filter((c) => Math.sign(c.delta) === Math.sign(delta))
          .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta)),
      });
    }
  }
  return out;
}

/** A cause in words: a move by its label ("absolute or blaming words"), anything else humanized. */
const causeWords = (cause: string): string =>
  MOVE_INFO[cause as MoveKind]?.label ?? humanize(cause);

/** Whether a change is for the better: trust and engagement up, guard and stress down. */
export const isBetter = (c: Pick<LargeChange, "variable" | "delta">): boolean =>
  (c.variable === "guard" || c.variable === "stress") === c.delta < 0;

/** "trust −20 pts at turn 3: absolute or blaming words" */
export function describeChange(c: LargeChange): string {
  const at = c.managerNumber === null ? "at the start" : `at turn ${c.managerNumber}`;
  const why = c.causes.map((x) => causeWords(x.cause)).join(", ");
  return `${c.variable} ${formatPoints(c.delta)} ${at}${why ? `: ${why}` : ""}`;
}
