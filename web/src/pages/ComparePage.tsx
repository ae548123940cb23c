// biome-ignore-all lint/a11y/noRedundantRoles: on a phone the rows are laid out as cards, and a browser may then drop a table's implicit roles; explicit ones keep each a table for screen readers.
import { type ReactNode, useEffect } from "react";
import type { Metric } from "../../../server/rubric/scorecard.schema";
import type { SessionRecord } from "../../../server/sessions/record.schema";
import { loadBriefing } from "../api/content";
import { loadInbox } from "../api/people";
import { loadHistory, loadRecord } from "../api/sessions";
import { useLoad } from "../components/cohorts/use-load";
import { StepStatus } from "../components/debrief/StepChange";
import { Link } from "../components/Link";
import { ErrorState, Loading } from "../components/LoadStates";
import { useTitle } from "../components/use-title";
import { canPractise } from "../model/access";
import {
  compareAttempts,
  countedVersion,
  type FlagRow,
  notComparable,
  type ScoreSide,
  type StepSide,
  startedAt,
  statusLabel,
} from "../model/attempt-compare";
import { formatDateTime } from "../model/format";
import { BAND_LABELS, OUTCOME_LABELS } from "../model/labels";
import { metricValue } from "../model/metric-text";
import { attemptsByScenario } from "../model/progress";
import { compareIds, paths } from "../model/routes";
import type { StepChange } from "../model/step-change";
import { useAppStore } from "../state/store";

/**
 * Two attempts (two conversations) of one scenario side by side, at `/compare?a=…&b=…` so a mentor
 * can share the link. The server decides who may read each (the owner, a reviewer it was shared
 * with): this page reads the two sessions as the debrief and the review page do.
 */
export default function ComparePage() {
  // Re-read the address on every in-app navigation: the path stays /compare when the ids change.
  useAppStore((s) => s.navigations);
  const ids = compareIds(window.location.search);
  const idA = ids?.a;
  const idB = ids?.b;
  const a = useAppStore((s) => (idA ? s.records[idA] : undefined));
  const b = useAppStore((s) => (idB ? s.records[idB] : undefined));
  useEffect(() => {
    if (!idA || !idB) return;
    void loadRecord(idA, { force: true });
    if (idB !== idA) void loadRecord(idB, { force: true });
  }, [idA, idB]);

  const back = useWayBack();
  const heading = (
    <h1 id="compare-title" tabIndex={-1}>
      Compare attempts
    </h1>
  );
  if (!ids)
    return (
      <section aria-labelledby="compare-title">
        {heading}
        <div className="error-state" role="alert">
          <h2>Two attempts are needed</h2>
          <p>This link does not name two attempts to compare.</p>
          <Link to={back.to} className="button">
            Go to {back.label}
          </Link>
        </div>
      </section>
    );
  const failed = [a, b].find((x) => x?.status === "error");
  if (failed?.status === "error")
    return (
      <section aria-labelledby="compare-title">
        {heading}
        {failed.httpStatus === 404 ? (
          <div className="error-state" role="alert">
            <h2>One of the attempts could not be opened</h2>
            <p>It may have been deleted, it may not be shared with you, or the link is mistyped.</p>
            <Link to={back.to} className="button">
              Go to {back.label}
            </Link>
          </div>
        ) : (
          <ErrorState
            message={failed.message}
            httpStatus={failed.httpStatus}
            onRetry={() => {
              void loadRecord(ids.a, { force: true });
              void loadRecord(ids.b, { force: true });
            }}
          />
        )}
      </section>
    );
  if (a?.status !== "ready" || b?.status !== "ready")
    return (
      <section aria-labelledby="compare-title">
        {heading}
        <Loading label="Loading the two attempts" />
      </section>
    );
  return <Comparison a={a.data} b={b.data} />;
}

function Comparison(props: { a: SessionRecord; b: SessionRecord }) {
  // The earlier attempt first, whatever order the link gave them in.
  const [a, b] = [props.a, props.b].toSorted(
    (x, y) => (startedAt(x) ?? 0) - (startedAt(y) ?? 0),
  ) as [SessionRecord, SessionRecord];
  const scenarioId = a.session.scenarioId;
  const meId = useAppStore((s) => s.me?.user?.id);
  const briefing = useAppStore((s) => s.briefings[scenarioId]);
  const history = useAppStore((s) => s.history);
  const mine = a.ownerId === undefined || a.ownerId === meId;
  useEffect(() => {
    void loadBriefing(scenarioId);
  }, [scenarioId]);
  // My own attempts are numbered as History numbers them ("attempt 3").
  useEffect(() => {
    if (mine) void loadHistory();
  }, [mine]);
  // A reviewer's, as their Reviews number them: the server's count of the owner's History.
  const [inbox] = useLoad(() => (mine ? Promise.resolve([]) : loadInbox()), String(mine));
  const brief = briefing?.status === "ready" ? briefing.data : undefined;
  const title = brief?.title ?? scenarioId;
  useTitle(brief?.title);

  const why = notComparable(a, b);
  // The owner came from History; a reviewer from their reviews.
  const back = mine ? WAY_BACK.history : WAY_BACK.reviews;
  const heading = (
    <>
      <p className="breadcrumb">
        <Link to={back.to}>{back.label}</Link> ·{" "}
        <Link to={paths.briefing(scenarioId)}>{title}</Link>
      </p>
      <h1 id="compare-title" tabIndex={-1}>
        Compare attempts
      </h1>
    </>
  );
  if (why)
    return (
      <article aria-labelledby="compare-title">
        {heading}
        <div className="error-state" role="alert">
          <h2>These two cannot be compared</h2>
          <p>{why}</p>
          <Link to={back.to} className="button">
            Go to {back.label}
          </Link>
        </div>
      </article>
    );

  // The numbers come with History (the inbox for a reviewer): wait for it, so the names do not
  // change under the reader.
  if (
    mine
      ? history.status === "idle" || history.status === "loading"
      : inbox.status === "loading" || inbox.status === "idle"
  )
    return (
      <article aria-labelledby="compare-title">
        {heading}
        <Loading label="Loading the two attempts" />
      </article>
    );
  const group =
    history.status === "ready"
      ? attemptsByScenario(history.data).find((g) => g.scenarioId === scenarioId)
      : undefined;
  const numberOf = (r: SessionRecord) => {
    if (!mine)
      return inbox.status === "ready"
        ? inbox.data.find((x) => x.sessionId === r.session.id)?.attempt?.n
        : undefined;
    const i = group?.attempts.findIndex((x) => x.id === r.session.id) ?? -1;
    return i < 0 ? undefined : i + 1;
  };
  const [nA, nB] = [numberOf(a), numberOf(b)];
  const names = [
    nA && nB ? `attempt ${nA}` : "the earlier attempt",
    nA && nB ? `attempt ${nB}` : "the later attempt",
  ] as const;
  const when = (r: SessionRecord) => {
    const t = startedAt(r);
    return t === null ? "" : formatDateTime(t);
  };
  const columns = [
    { name: capitalise(names[0]), when: when(a), record: a },
    { name: capitalise(names[1]), when: when(b), record: b },
  ] as const;
  const reviewerWord = mine ? "your reviewer" : "the reviewer";
  const c = compareAttempts(a, b, {
    names,
    mainPatternId: brief?.patterns[0]?.id,
    reviewer: reviewerWord,
  });
  const severalPeople = new Set(c.concerns.map((t) => t.personaName)).size > 1;

  return (
    <article className="compare-page" aria-labelledby="compare-title">
      {heading}
      <p className="lede">
        {title}: {names[0]} ({columns[0].when}) and {names[1]} ({columns[1].when}).
      </p>
      <p className="small">
        {columns.map((col, i) => (
          <span key={col.record.session.id}>
            {i > 0 && " · "}
            <Link
              to={mine ? paths.debrief(col.record.session.id) : paths.review(col.record.session.id)}
            >
              {mine ? "Debrief" : "Review"} of {col.name.toLowerCase()}
            </Link>
          </span>
        ))}
      </p>

      <section className="panel" aria-labelledby="changes-title">
        <h2 id="changes-title">What changed</h2>
        <p className="muted small">
          From {names[0]} to {names[1]}, on the pattern whose score counts
          {mine ? "." : ", in the words the person who practised reads."}
        </p>
        <div className="compare-changes">
          <ChangeList
            title="Better"
            icon="▲"
            items={c.better}
            none="Nothing got better."
            kind="better"
          />
          <ChangeList
            title="Worse"
            icon="▼"
            items={c.worse}
            none="Nothing got worse."
            kind="worse"
          />
        </div>
      </section>

      <TableSection
        id="score-title"
        title="Score and verdict"
        caption="The score and verdict that count, side by side"
        first=""
        columns={columns}
        empty={null}
      >
        <Row
          head="Score"
          a={<ScoreCell score={c.scoreA} reviewerWord={reviewerWord} />}
          b={<ScoreCell score={c.scoreB} reviewerWord={reviewerWord} />}
          change={c.scoreA && c.scoreB ? scoreChange(c.scoreA, c.scoreB) : null}
          columns={columns}
        />
        <Row
          head="Verdict"
          a={<VerdictCell score={c.scoreA} reviewerWord={reviewerWord} />}
          b={<VerdictCell score={c.scoreB} reviewerWord={reviewerWord} />}
          change={
            c.scoreA && c.scoreB && c.scoreA.passed !== c.scoreB.passed
              ? changeWords(c.scoreB.passed ? "better" : "worse")
              : null
          }
          columns={columns}
        />
        <Row
          head="Outcome"
          a={<OutcomeCell record={a} outcome={c.outcomeA} />}
          b={<OutcomeCell record={b} outcome={c.outcomeB} />}
          change={
            c.outcomeA !== c.outcomeB && (c.outcomeA === "resolved" || c.outcomeB === "resolved")
              ? changeWords(c.outcomeB === "resolved" ? "better" : "worse")
              : null
          }
          columns={columns}
        />
      </TableSection>

      <TableSection
        id="steps-title"
        title="Pattern steps"
        caption="Each step of the pattern in both attempts"
        first="Step"
        columns={columns}
        empty={c.steps.length === 0 ? "Neither attempt has been scored yet." : null}
      >
        {c.steps.map((s) => (
          <Row
            key={s.id}
            head={s.title}
            note={s.required ? undefined : "(optional)"}
            a={<StepCell side={s.a} scored={c.scoreA !== null} reviewerWord={reviewerWord} />}
            b={<StepCell side={s.b} scored={c.scoreB !== null} reviewerWord={reviewerWord} />}
            change={s.change ? changeWords(s.change) : null}
            columns={columns}
          />
        ))}
      </TableSection>

      <TableSection
        id="flags-title"
        title="Flags"
        caption="Anti-pattern flags in both attempts"
        first="Flag"
        columns={columns}
        empty={c.flags.length === 0 ? "Neither attempt has an anti-pattern flag." : null}
      >
        {c.flags.map((f) => (
          <Row
            key={f.id}
            head={f.title}
            note={f.critical ? "(critical)" : undefined}
            a={<Quotes items={f.a} none="Not flagged" reviewerWord={reviewerWord} />}
            b={<Quotes items={f.b} none="Not flagged" reviewerWord={reviewerWord} />}
            change={flagChangeWords(f)}
            columns={columns}
          />
        ))}
      </TableSection>

      <TableSection
        id="truth-title"
        className="truths-table"
        title="What they were not telling you"
        caption="What they were holding back, and whether each attempt earned it"
        first="What they were holding back"
        columns={columns}
        empty={c.concerns.length === 0 ? "Nothing was held back in this scenario." : null}
      >
        {c.concerns.map((t) => (
          <Row
            key={t.id}
            head={severalPeople ? `${t.personaName}: ${t.summary}` : t.summary}
            a={<Told told={t.a} />}
            b={<Told told={t.b} />}
            change={t.a === t.b ? null : changeWords(t.b ? "better" : "worse")}
            columns={columns}
          />
        ))}
      </TableSection>

      <TableSection
        id="metrics-title"
        title="Conversation metrics"
        caption="How you listened, in numbers, in both attempts"
        first="What was counted"
        columns={columns}
        empty={c.metrics.length === 0 ? "Neither attempt has been scored yet." : null}
      >
        {c.metrics.map((m) => (
          <Row
            key={m.key}
            head={m.name}
            a={<MetricCell metricKey={m.key} metric={m.a} />}
            b={<MetricCell metricKey={m.key} metric={m.b} />}
            change={
              m.change === "same" ? (
                <span className="muted">Same band</span>
              ) : m.change ? (
                changeWords(m.change)
              ) : null
            }
            columns={columns}
          />
        ))}
      </TableSection>
    </article>
  );
}

const WAY_BACK = {
  history: { to: paths.history(), label: "History" },
  reviews: { to: paths.inbox(), label: "Reviews" },
} as const;

/** Where someone goes back to choose: History for those who practise, else their reviews. */
function useWayBack() {
  return useAppStore((s) => (canPractise(s.me) ? WAY_BACK.history : WAY_BACK.reviews));
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function ChangeList(props: {
  title: string;
  icon: string;
  items: readonly string[];
  none: string;
  kind: "better" | "worse";
}) {
  const id = `changes-${props.kind}-title`;
  return (
    <div>
      <h3 id={id} className={`changes-title changes-${props.kind}`}>
        <span aria-hidden="true">{props.icon} </span>
        {props.title}
      </h3>
      {props.items.length === 0 ? (
        <p className="muted">{props.none}</p>
      ) : (
        <ul className="changes-list" aria-labelledby={id}>
          {props.items.map((x) => (
            <li key={x} className="changes-item">
              {x}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A panel with its heading and a comparison table, or a sentence when there is nothing to list. */
function TableSection(props: {
  id: string;
  /** Another class for the table, for a table laid out differently. */
  className?: string;
  title: string;
  caption: string;
  first: string;
  columns: Columns;
  empty: string | null;
  children: ReactNode;
}) {
  return (
    <section className="panel" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.empty ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <CompareTable
          caption={props.caption}
          first={props.first}
          columns={props.columns}
          className={props.className}
        >
          {props.children}
        </CompareTable>
      )}
    </section>
  );
}

type Columns = readonly { name: string; when: string; record: SessionRecord }[];

/** A table with the two attempts as columns and a "Change" column; cards on a phone. */
function CompareTable(props: {
  className?: string | undefined;
  caption: string;
  first: string;
  columns: Columns;
  children: ReactNode;
}) {
  return (
    <div className="table-wrap">
      <table
        className={`compare-table${props.className ? ` ${props.className}` : ""}`}
        role="table"
      >
        <caption className="visually-hidden">{props.caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {props.first || <span className="visually-hidden">What</span>}
            </th>
            {props.columns.map((col) => (
              <th key={col.record.session.id} scope="col" role="columnheader">
                {col.name}
                <span className="muted small block">{col.when}</span>
              </th>
            ))}
            <th scope="col" role="columnheader">
              Change
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">{props.children}</tbody>
      </table>
    </div>
  );
}

function Row(props: {
  head: ReactNode;
  /** After the row's name, smaller: "(optional)", "(critical)". */
  note?: string | undefined;
  a: ReactNode;
  b: ReactNode;
  change: ReactNode;
  columns: Columns;
}) {
  return (
    <tr role="row">
      <th scope="row" role="rowheader">
        {props.head}
        {props.note && <span className="muted small"> {props.note}</span>}
      </th>
      <td role="cell" data-label={props.columns[0]?.name}>
        {props.a}
      </td>
      <td role="cell" data-label={props.columns[1]?.name}>
        {props.b}
      </td>
      <td role="cell" data-label="Change">
        {props.change ?? <span className="muted">—</span>}
      </td>
    </tr>
  );
}

function OutcomeCell(props: { record: SessionRecord; outcome: string | null }) {
  const { session } = props.record;
  const turns = countedVersion(props.record).turns.filter((t) => t.speaker === "manager").length;
  return (
    <span>
      {props.outcome ? (OUTCOME_LABELS[props.outcome] ?? props.outcome) : "In progress"}
      <span className="muted small block">
        {turns} of {session.turnLimit} turns
        {props.outcome && session.status === "active" && " · rewound since, in progress"}
      </span>
    </span>
  );
}

const CHANGE_ICONS: Record<string, string> = { better: "▲", worse: "▼", same: "=" };

function changeWords(change: StepChange, words?: string): ReactNode {
  const label = words ?? (change === "same" ? "Same" : capitalise(change));
  return (
    <span className={`change change-${change}`}>
      <span aria-hidden="true">{CHANGE_ICONS[change]} </span>
      {label}
    </span>
  );
}

function scoreChange(a: ScoreSide, b: ScoreSide): ReactNode {
  const d = b.overall - a.overall;
  if (d === 0) return changeWords("same");
  return changeWords(d > 0 ? "better" : "worse", `${d > 0 ? "Up" : "Down"} ${Math.abs(d)}`);
}

function flagChangeWords(f: FlagRow): ReactNode {
  switch (f.change) {
    case "gone":
      return changeWords("better", "Gone");
    case "fewer":
      return changeWords("better", "Fewer");
    case "new":
      return changeWords("worse", "New");
    case "more":
      return changeWords("worse", "More");
    case "set_aside":
      return <span className="muted">Set aside</span>;
    default:
      return changeWords("same");
  }
}

function ScoreCell(props: { score: ScoreSide | null; reviewerWord: string }) {
  const s = props.score;
  if (!s) return <span className="muted">Not scored yet</span>;
  return (
    <span>
      <strong>{s.overall}</strong> / 100
      {s.reviewer && s.reviewer.machine !== s.overall && (
        <span className="muted small block">
          by {props.reviewerWord} (machine {s.reviewer.machine})
        </span>
      )}
      {s.earlier && <span className="muted small block">before a rewind</span>}
    </span>
  );
}

function VerdictCell(props: { score: ScoreSide | null; reviewerWord: string }) {
  const s = props.score;
  if (!s) return <span className="muted">—</span>;
  return (
    <span>
      <span className={s.passed ? "verdict-pass" : "verdict-fail"}>
        <span aria-hidden="true">{s.passed ? "✓ " : "✕ "}</span>
        {s.passed ? "Passed" : "Not passed"}
      </span>
      {s.reviewer && s.reviewer.machinePassed !== s.passed && (
        <span className="muted small block">
          by {props.reviewerWord} (machine: {s.reviewer.machinePassed ? "passed" : "not passed"})
        </span>
      )}
    </span>
  );
}

function StepCell(props: { side: StepSide | undefined; scored: boolean; reviewerWord: string }) {
  const s = props.side;
  if (!s)
    return (
      <span className="muted">
        {props.scored ? "Not in this attempt's pattern" : "Not scored yet"}
      </span>
    );
  return (
    <div>
      <StepStatus status={s.status} />
      {s.machineStatus && (
        <span className="muted small block">
          {capitalise(props.reviewerWord)}'s; machine: {statusLabel(s.machineStatus)}
        </span>
      )}
      <Quotes items={s.evidence} />
      {s.note && <p className="muted small compare-note">{s.note}</p>}
    </div>
  );
}

/**
 * Quoted words with the turn each comes from ("Turn 3: “…”"), or what to say when there are none.
 * A flag a reviewer set aside stays, struck, with their reason, as on the debrief.
 */
function Quotes(props: {
  items: readonly { turn: string | undefined; quote: string; setAside?: string }[];
  none?: string;
  reviewerWord?: string;
}) {
  if (props.items.length === 0)
    return props.none ? <span className="muted">{props.none}</span> : null;
  return (
    <ul className="evidence">
      {props.items.map((h) => (
        <li key={`${h.turn}-${h.quote}`} className={h.setAside ? "set-aside" : undefined}>
          <span className={h.setAside ? "struck" : undefined}>
            {h.turn ? capitalise(h.turn) : "Your line"}: <q>{h.quote}</q>
          </span>
          {h.setAside !== undefined && (
            <span className="flag-set-aside-note small block">
              Set aside by {props.reviewerWord ?? "the reviewer"}: {h.setAside}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

function Told(props: { told: boolean }) {
  return (
    <span className={props.told ? undefined : "muted"}>
      <span aria-hidden="true">{props.told ? "◉ " : "○ "}</span>
      {props.told ? "They told you" : "Kept back"}
    </span>
  );
}

function MetricCell(props: {
  metricKey: Parameters<typeof metricValue>[0];
  metric: Metric | undefined;
}) {
  const m = props.metric;
  if (!m) return <span className="muted">—</span>;
  const band = m.band ? BAND_LABELS[m.band] : undefined;
  return (
    <span>
      {metricValue(props.metricKey, m)}
      {band && (
        <span className={`band band-${m.band} block`}>
          <span aria-hidden="true">{band.icon}</span> {band.label}
        </span>
      )}
    </span>
  );
}
