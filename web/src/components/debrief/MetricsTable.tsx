// biome-ignore-all lint/a11y/noRedundantRoles: on a phone the rows are laid out as cards (CSS grid), and a browser may then drop a table's implicit roles; explicit ones keep it a table for screen readers.
import type { Metrics } from "../../../../server/rubric/scorecard.schema";
import { BAND_LABELS } from "../../model/labels";
import { METRIC_TEXT, metricAim, metricTip, metricValue } from "../../model/metric-text";

export function MetricsTable(props: { metrics: Metrics }) {
  const rows = (Object.keys(METRIC_TEXT) as (keyof Metrics)[]).filter((k) => props.metrics[k]);
  return (
    <>
      <p className="muted small">
        How you listened, in numbers. A row that is not Good says what to try next time.
      </p>
      <div className="table-wrap">
        <table className="metrics" role="table">
          <caption className="visually-hidden">
            How you listened, in numbers, with what to aim for
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                What was counted
              </th>
              <th scope="col" role="columnheader">
                You
              </th>
              <th scope="col" role="columnheader">
                Aim for
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {rows.map((k) => {
              const m = props.metrics[k];
              const text = METRIC_TEXT[k];
              const band = m.band ? BAND_LABELS[m.band] : undefined;
              const tip = metricTip(k, m);
              return (
                <tr key={k} role="row">
                  <th scope="row" role="rowheader">
                    {text.name}
                    <span className="muted small block metric-note">{text.means}</span>
                    {tip && <span className="small block metric-note metric-tip">Try: {tip}</span>}
                  </th>
                  <td role="cell" data-label="You">
                    {metricValue(k, m)}
                    {band && (
                      <span className={`band band-${m.band} block`}>
                        <span aria-hidden="true">{band.icon}</span> {band.label}
                      </span>
                    )}
                    {m.note && <span className="muted small block metric-note">{m.note}</span>}
                  </td>
                  <td role="cell" data-label="Aim for" className="muted small" title={m.source}>
                    {metricAim(k, m)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
