import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { spreadMarkers } from "../model/markers";

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  color: string;
  /** Dash pattern, so series differ by more than colour. */
  dash?: number[];
}

export interface ChartMarker {
  x: number;
  y: number;
  label: string;
  color: string;
}

export interface LineChartProps {
  x: number[];
  series: ChartSeries[];
  yRange: [number, number];
  xLabel: string;
  yLabel: string;
  markers?: ChartMarker[];
  height?: number;
  formatY?: (v: number) => string;
  /** Show uPlot's legend with the values under the cursor (off for a single series). */
  legend?: boolean;
  /** Click on a point: the x value. */
  onPick?: (x: number) => void;
}

function drawMarkers(markers: readonly ChartMarker[]) {
  return (u: uPlot) => {
    const { ctx } = u;
    const r = 9 * devicePixelRatio;
    ctx.save();
    ctx.font = `${11 * devicePixelRatio}px system-ui, sans-serif`;
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    // Circles that would cover each other (two changes ending at nearly one level) move apart.
    const placed = spreadMarkers(
      markers.map((m) => ({
        ...m,
        cx: u.valToPos(m.x, "x", true),
        cy: u.valToPos(m.y, "y", true),
      })),
      2 * r + 2 * devicePixelRatio,
      u.bbox.top + r,
      u.bbox.top + u.bbox.height - r,
    );
    for (const m of placed) {
      const { cx, cy } = m;
      ctx.beginPath();
      ctx.arc(cx, cy, r, 0, Math.PI * 2);
      ctx.fillStyle = "#ffffff";
      ctx.fill();
      ctx.lineWidth = 2 * devicePixelRatio;
      ctx.strokeStyle = m.color;
      ctx.stroke();
      ctx.fillStyle = "#1c2330";
      ctx.fillText(m.label, cx, cy + 0.5);
    }
    ctx.restore();
  };
}

/** The legend's values at the last point of the data. */
function showLast(u: uPlot): void {
  const last = (u.data[0]?.length ?? 0) - 1;
  if (last >= 0) u.setLegend({ idx: last }, false);
}

/** A small line chart drawn by uPlot (canvas); the page gives the same data as text next to it. */
export default function LineChart(props: LineChartProps) {
  const box = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the chart is rebuilt when its data changes
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const width = () => Math.max(260, el.clientWidth);
    const formatY = props.formatY ?? ((v: number) => String(v));
    const opts: uPlot.Options = {
      width: width(),
      height: props.height ?? 260,
      scales: { x: { time: false }, y: { range: props.yRange } },
      cursor: { drag: { x: false, y: false }, points: { size: 8 } },
      legend: { show: props.legend ?? true, live: true },
      axes: [
        {
          label: props.xLabel,
          stroke: "#4a5263",
          grid: { stroke: "#e6e8ec" },
          ticks: { stroke: "#d9dce2" },
          incrs: [1, 2, 5, 10],
          values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? String(v) : "")),
        },
        {
          label: props.yLabel,
          stroke: "#4a5263",
          grid: { stroke: "#e6e8ec" },
          ticks: { stroke: "#d9dce2" },
          values: (_u, splits) => splits.map(formatY),
          size: 48,
        },
      ],
      series: [
        { label: props.xLabel },
        ...props.series.map((s) => ({
          label: s.label,
          stroke: s.color,
          width: 2,
          ...(s.dash ? { dash: s.dash } : {}),
          points: { show: true, size: 6, fill: s.color },
          value: (_u: uPlot, v: number | null) => (v === null ? "—" : formatY(v)),
        })),
      ],
      hooks: {
        draw: props.markers?.length ? [drawMarkers(props.markers)] : [],
        // Away from the chart (and always on a touch screen) the legend shows the last values,
        // not uPlot's "--" placeholders.
        ready: [showLast],
        setCursor: [(u) => u.cursor.idx == null && showLast(u)],
      },
    };
    const chart = new uPlot(
      opts,
      [props.x, ...props.series.map((s) => s.values)] as uPlot.AlignedData,
      el,
    );
    if (props.onPick) {
      const pick = props.onPick;
      chart.over.addEventListener("click", () => {
        const i = chart.cursor.idx;
        if (i !== null && i !== undefined && props.x[i] !== undefined) pick(props.x[i] as number);
      });
    }
    const resize = new ResizeObserver(() =>
      chart.setSize({ width: width(), height: props.height ?? 260 }),
    );
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [JSON.stringify([props.x, props.series, props.markers, props.yRange])]);
  return <div ref={box} className="chart" />;
}
