import type { Metric, Metrics } from "../../../../server/rubric/scorecard.schema";
import { percent } from "../../model/format";
import { BAND_LABELS } from "../../model/labels";

const NAMES: Record<keyof Metrics, string> = {
  managerTalkShare: "Your share of the talking",
  questions: "Turns with a question",
  openQuestionShare: "Open questions",
  reflectionToQuestion: "Reflections per question",
  complexReflectionShare: "Complex reflections",
  adviceWithoutPermission: "Advice before asking",
  longestMonologue: "Longest turn",
  negativeMovesPerTurn: "Negative moves per turn",
  listeningQuality: "Listening quality",
};

function formatValue(m: Metric): string {
  if (m.value === null) return "Not measured";
  switch (m.unit) {
    case "share":
      return percent(m.value);
    case "ratio":
      return m.value.toFixed(1);
    case "words":
      return `${Math.round(m.value)} words`;
    default:
      return String(Math.round(m.value * 100) / 100);
  }
}

function formatEdge(m: Metric, edge: number): string {
  return m.unit === "share" ? percent(edge) : String(edge);
}

function reference(m: Metric): string {
  const t = m.thresholds;
  if (!t) return "—";
  const op = t.higherIsBetter ? "≥" : "≤";
  return `good ${op} ${formatEdge(m, t.good)}, fair ${op} ${formatEdge(m, t.fair)}`;
}

export function MetricsTable(props: { metrics: Metrics }) {
  const rows = (Object.keys(NAMES) as (keyof Metrics)[]).filter((k) => props.metrics[k]);
  return (
    <div className="table-wrap">
      <table className="metrics">
        <caption className="visually-hidden">
          Conversation metrics with their reference bands
        </caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">You</th>
            <th scope="col">Reference</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((k) => {
            const m = props.metrics[k];
            const band = m.band ? BAND_LABELS[m.band] : undefined;
            return (
              <tr key={k}>
                <th scope="row">
                  {NAMES[k]}
                  {m.note && <span className="muted small block metric-note">{m.note}</span>}
                </th>
                <td>
                  {formatValue(m)}
                  {band && (
                    <span className={`band band-${m.band} block`}>
                      <span aria-hidden="true">{band.icon}</span> {band.label}
                    </span>
                  )}
                </td>
                <td className="muted small" title={m.source}>
                  {reference(m)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
