import { lazy, Suspense, useState } from "react";
import type { WireTurn } from "../../../../server/sessions/protocol.schema";
import type { TrajectoryPoint } from "../../../../server/sessions/record.schema";
import { capitalise, formatPoints, percent } from "../../model/format";
import {
  describeChange,
  isBetter,
  largeChanges,
  seriesOf,
  VARIABLES,
} from "../../model/trajectory";
import { turnAnchor } from "../../model/transcript";
import { Loading } from "../LoadStates";
import { TurnLink } from "./TurnLink";

// uPlot loads only with the pages that chart.
const LineChart = lazy(() => import("../../charts/LineChart"));

/** Colours that hold 3:1 against white; dashes tell the lines apart without colour. */
export const VARIABLE_STYLE = {
  trust: { color: "#1f5fbf", dash: undefined },
  guard: { color: "#8a5a00", dash: [8, 4] },
  stress: { color: "#a3262a", dash: [2, 3] },
  engagement: { color: "#1d6b3a", dash: [10, 3, 2, 3] },
} as const;

/**
 * The flight recorder: the persona's hidden state over the manager's turns, each large change
 * numbered on the chart and explained below it with a link to the line that caused it.
 */
export function FlightRecorder(props: {
  trajectory: readonly TrajectoryPoint[];
  turns: readonly WireTurn[];
  personas: { id: string; name: string }[];
}) {
  const ids = [...new Set(props.trajectory.flatMap((p) => Object.keys(p.state)))];
  const [personaId, setPersonaId] = useState(ids[0] ?? "");
  const nameOf = (id: string) => props.personas.find((p) => p.id === id)?.name ?? id;
  if (props.trajectory.length === 0) {
    return <p className="muted">No replies were recorded, so there is nothing to plot.</p>;
  }
  const series = seriesOf(props.trajectory, personaId, props.turns);
  const changes = largeChanges(props.trajectory, props.turns).filter(
    (c) => c.personaId === personaId,
  );
  const markers = changes.map((c, i) => {
    const x = c.managerNumber ?? 0;
    const at = series.x.indexOf(x);
    const variable = c.variable as keyof typeof VARIABLE_STYLE;
    return {
      x,
      y: series.values[variable]?.[at] ?? 0.5,
      label: String(i + 1),
      color: VARIABLE_STYLE[variable]?.color ?? "#1c2330",
    };
  });
  const name = nameOf(personaId);
  return (
    <div className="flight-recorder">
      {ids.length > 1 && (
        <div className="field inline">
          <label htmlFor="recorder-persona">Whose state</label>
          <select
            id="recorder-persona"
            value={personaId}
            onChange={(e) => setPersonaId(e.target.value)}
          >
            {ids.map((id) => (
              <option key={id} value={id}>
                {nameOf(id)}
              </option>
            ))}
          </select>
        </div>
      )}
      <figure className="chart-figure">
        <div aria-hidden="true" className="chart-box">
          <Suspense fallback={<Loading label="Drawing the chart" />}>
            <LineChart
              x={series.x}
              yRange={[0, 1]}
              xLabel="Your turn"
              yLabel="Level"
              formatY={(v) => percent(v)}
              series={VARIABLES.map((v) => ({
                label: capitalise(v),
                values: series.values[v],
                color: VARIABLE_STYLE[v].color,
                ...(VARIABLE_STYLE[v].dash ? { dash: [...VARIABLE_STYLE[v].dash] } : {}),
              }))}
              markers={markers}
              onPick={(x) => {
                const turn = props.turns.filter((t) => t.speaker === "manager")[x - 1];
                if (turn)
                  document
                    .getElementById(turnAnchor(turn.index))
                    ?.scrollIntoView({ block: "center" });
              }}
            />
          </Suspense>
        </div>
        <figcaption className="muted small">
          {name}'s hidden trust, guard, stress and engagement (0–100%) before your first line and
          after each of your turns. Numbered circles mark the large changes listed below.
        </figcaption>
      </figure>
      {changes.length === 0 ? (
        <p className="muted">
          No single line moved {name}'s state by much; the changes were gradual.
        </p>
      ) : (
        <ol className="changes">
          {changes.map((c, i) => (
            <li
              key={`${c.employeeTurn}-${c.variable}`}
              className={`${c.delta < 0 ? "down" : "up"} ${isBetter(c) ? "better" : "worse"}`}
            >
              <span className="change-no" aria-hidden="true">
                {i + 1}
              </span>
              <span>
                {c.managerTurn === null ? (
                  describeChange(c)
                ) : (
                  <TurnLink index={c.managerTurn}>{describeChange(c)}</TurnLink>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
      <details className="data-table">
        <summary>Show the numbers</summary>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{name}'s hidden state per turn</caption>
            <thead>
              <tr>
                <th scope="col">Turn</th>
                {VARIABLES.map((v) => (
                  <th key={v} scope="col">
                    {capitalise(v)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {series.x.map((x, i) => (
                <tr key={x}>
                  <th scope="row">{x === 0 ? "Start" : x}</th>
                  {VARIABLES.map((v) => {
                    const value = series.values[v][i];
                    const before = i > 0 ? series.values[v][i - 1] : null;
                    return (
                      <td key={v}>
                        {value == null ? "—" : percent(value)}
                        {value != null && before != null && Math.abs(value - before) >= 0.005 && (
                          <span className="muted small"> ({formatPoints(value - before)})</span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
