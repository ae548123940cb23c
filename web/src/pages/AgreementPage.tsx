import { useEffect } from "react";
import { loadPatterns } from "../api/content";
import { type Agreement, loadAgreement, type StepAgreement } from "../api/people";
import { useLoad } from "../components/cohorts/use-load";
import { EmptyState, ErrorState, Loading } from "../components/LoadStates";
import { formatSigned, percent } from "../model/format";
import { STEP_STATUS_LABELS } from "../model/labels";
import {
  disagreements,
  kappaWords,
  overallChangeWords,
  plural,
  weakestFirst,
} from "../model/people-view";
import { useAppStore } from "../state/store";

/** The server computes κ from this many reviews of a step (server/people/agreement.ts). */
const MIN_REVIEWS_FOR_KAPPA = 10;

const statusWord = (s: string) => STEP_STATUS_LABELS[s]?.label ?? s;

/** Where reviewers agree with the automatic score, per pattern step: evidence about the scorer. */
export default function AgreementPage() {
  const [agreement, reload] = useLoad(loadAgreement, "agreement");
  const patterns = useAppStore((s) => s.patterns);
  useEffect(() => {
    void loadPatterns();
  }, []);
  const patternTitle = (id: string) =>
    (patterns.status === "ready" ? patterns.data.find((p) => p.id === id)?.title : undefined) ?? id;

  return (
    <section aria-labelledby="agreement-title" className="people-page">
      <h1 id="agreement-title" tabIndex={-1}>
        Scoring agreement
      </h1>
      {/* Refused, the page says only that: its introduction is for those who may read it. */}
      {!(agreement.status === "error" && agreement.httpStatus === 403) && (
        <>
          <p className="lede">
            Every finished review is a second opinion on the automatic score. For each pattern step,
            this shows how often reviewers kept the machine's status, so you can see where the
            scoring is weak.
          </p>
          <p className="kappa-help">
            <strong>How to read κ (Cohen's kappa):</strong> it is agreement corrected for luck: 1
            means reviewers always agree with the machine, 0 means no more often than chance would,
            below 0 less often; above 0.6 is usually read as substantial agreement.
          </p>
        </>
      )}
      {agreement.status === "loading" || agreement.status === "idle" ? (
        <Loading label="Loading reviewer agreement" />
      ) : agreement.status === "error" ? (
        <ErrorState
          message={agreement.message}
          httpStatus={agreement.httpStatus}
          onRetry={() => void reload()}
        />
      ) : agreement.data.steps.length === 0 ? (
        <EmptyState title="No finished reviews yet">
          <p>
            Agreement appears here once mentors mark reviews done. Each finished review counts once
            for every step of the session's scorecard.
          </p>
        </EmptyState>
      ) : (
        <>
          <p className="muted">
            From {plural(agreement.data.reviews, "finished review")}.
            {agreement.data.overallChanges
              ? ` ${overallChangeWords(agreement.data.overallChanges, agreement.data.overallShift)}`
              : agreement.data.overallShift !== null &&
                ` Where reviewers changed the overall score, they moved it by ${formatSigned(agreement.data.overallShift, 1)} points on average.`}
          </p>
          {groupByPattern(agreement.data.steps).map(([patternId, steps]) => (
            <section key={patternId} aria-labelledby={`agreement-${patternId}`} className="panel">
              <h2 id={`agreement-${patternId}`}>{patternTitle(patternId)}</h2>
              <p className="muted small">Weakest agreement first.</p>
              <div className="table-wrap">
                <table className="agreement stack">
                  <thead>
                    <tr>
                      <th scope="col">Step</th>
                      <th scope="col">Agreed with the machine</th>
                      <th scope="col">Reviews</th>
                      <th scope="col">Cohen's κ</th>
                      <th scope="col">Where they differed</th>
                    </tr>
                  </thead>
                  <tbody>
                    {weakestFirst(steps).map((s) => (
                      <AgreementRow key={s.stepId} step={s} />
                    ))}
                  </tbody>
                </table>
              </div>
              <FlagsSetAside
                patternId={patternId}
                flags={(agreement.data.flags ?? []).filter((f) => f.patternId === patternId)}
              />
            </section>
          ))}
        </>
      )}
    </section>
  );
}

function AgreementRow(props: { step: StepAgreement }) {
  const s = props.step;
  const differed = disagreements(s.confusion);
  return (
    <tr>
      <th scope="row">{s.stepTitle}</th>
      <td data-label="Agreed with the machine">
        <span>
          {percent(s.agreementRate)}{" "}
          <span className="muted small">
            ({s.agreed} of {s.reviews})
          </span>
        </span>
      </td>
      <td data-label="Reviews">{s.reviews}</td>
      <td data-label="Cohen's κ">
        {s.kappa !== null ? (
          <span>
            {s.kappa.toFixed(2)} <span className="muted small">{kappaWords(s.kappa)}</span>
          </span>
        ) : s.reviews < MIN_REVIEWS_FOR_KAPPA ? (
          <span className="muted">
            Not enough reviews yet ({s.reviews} of {MIN_REVIEWS_FOR_KAPPA})
          </span>
        ) : (
          <span className="muted">Not defined: every review gave the same status</span>
        )}
      </td>
      <td data-label="Where they differed">
        {differed.length === 0 ? (
          <span className="muted">Never</span>
        ) : (
          <ul className="plain-list small">
            {differed.map(([pair, n]) => {
              const [machine = "", reviewer = ""] = pair.split("→");
              return (
                <li key={pair}>
                  Machine {statusWord(machine)}, reviewer {statusWord(reviewer)}: {n}
                </li>
              );
            })}
          </ul>
        )}
      </td>
    </tr>
  );
}

type FlagAgreement = NonNullable<Agreement["flags"]>[number];

/**
 * The machine's flags as finished reviews saw them: how many a reviewer set aside as a misreading
 * (server/people/agreement.ts orders them most set aside first). A high share is a detector's false
 * alarm showing, evidence for whoever tunes it.
 */
function FlagsSetAside(props: { patternId: string; flags: readonly FlagAgreement[] }) {
  if (props.flags.length === 0) return null;
  const id = `flags-set-aside-${props.patternId}`;
  return (
    <>
      <h3 id={id}>Flags reviewers set aside</h3>
      <p className="muted small">
        A reviewer sets a flag aside when they read it as a misreading of the line. Most set aside
        first.
      </p>
      <div className="table-wrap">
        <table className="agreement stack" aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">Flag</th>
              <th scope="col">Set aside</th>
              <th scope="col">Flagged in finished reviews</th>
            </tr>
          </thead>
          <tbody>
            {props.flags.map((f) => (
              <tr key={f.antiPatternId}>
                <th scope="row">{f.title}</th>
                <td data-label="Set aside">
                  <span>
                    {percent(f.setAsideRate)}{" "}
                    <span className="muted small">
                      ({f.setAside} of {f.flagged}
                      {f.criticalSetAside > 0 && `, ${f.criticalSetAside} critical`})
                    </span>
                  </span>
                </td>
                <td data-label="Flagged in finished reviews">{f.flagged}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function groupByPattern(steps: readonly StepAgreement[]): [string, StepAgreement[]][] {
  const groups = new Map<string, StepAgreement[]>();
  for (const s of steps) groups.set(s.patternId, [...(groups.get(s.patternId) ?? []), s]);
  return [...groups];
}
