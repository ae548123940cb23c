import { useState } from "react";
import type { Progress, ProgressCell } from "../../api/people";
import { gridInDueOrder, invitedRowWords, overdueOnWords } from "../../model/cohort-grid";
import { formatDateTime } from "../../model/format";
import { levelLabel } from "../../model/labels";
import {
  CELL_STATUS_LABELS,
  cellStatusLabel,
  cellSummary,
  columnTally,
  deletedWords,
  dueWords,
  finishedDay,
  type GridFilter,
  notDoneWhy,
  notPassedWhy,
  passedWords,
  plural,
  rowsShown,
} from "../../model/people-view";
import { CopyOverdueEmails } from "./CopyOverdueEmails";

type GridAssignment = Progress["assignments"][number];

/**
 * Members × assigned scenarios. A real table (row and column headers), scrolled sideways inside its
 * own box with the member column kept in view, so it reads on a phone and to a screen reader alike.
 * Every state is a word; colour and icons only repeat it.
 */
export function ProgressGrid(props: { progress: Progress; now: number }) {
  // Overdue columns first, then by due date, as "Assigned to you" orders them (review 8a #12).
  const { assignments, rows: allRows } = gridInDueOrder(props.progress);
  const [filter, setFilter] = useState<GridFilter>("everyone");
  const rows = rowsShown(allRows, filter);
  // Invited, not joined: listed under Everyone, after the members, with no cells to show.
  const invited = props.progress.invited ?? [];
  const invitedShown = filter === "everyone" ? invited : [];
  if (assignments.length === 0 || allRows.length + invited.length === 0) {
    return (
      <p className="muted">
        {assignments.length === 0
          ? "Assign a scenario to see progress here."
          : "No managers in this cohort yet: invite some under People, below. Their progress appears here once they accept."}
      </p>
    );
  }
  const choices: { value: GridFilter; label: string }[] = [
    { value: "everyone", label: "Everyone" },
    { value: "not_done", label: "Not done yet" },
    { value: "overdue", label: "Overdue" },
  ];
  return (
    <>
      <fieldset className="grid-filter">
        <legend className="small">Show</legend>
        <div className="chips">
          {choices.map((c) => (
            <label key={c.value} className="chip">
              <input
                type="radio"
                name="grid-filter"
                value={c.value}
                checked={filter === c.value}
                onChange={() => setFilter(c.value)}
              />
              <span>
                {c.label}{" "}
                <span className="chip-note">
                  {rowsShown(allRows, c.value).length +
                    (c.value === "everyone" ? invited.length : 0)}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <CopyOverdueEmails rows={allRows} />
      {rows.length + invitedShown.length === 0 ? (
        <p className="muted" role="status">
          {filter === "overdue"
            ? "Nobody is overdue."
            : "Everyone has done every assigned scenario."}
        </p>
      ) : (
        <>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must take focus, so a keyboard can scroll it */}
          <section className="grid-scroll" aria-labelledby="grid-caption" tabIndex={0}>
            <table className="progress-grid">
              <caption id="grid-caption" className="visually-hidden">
                Progress: {plural(rows.length, "member")}
                {rows.length < allRows.length && ` of ${allRows.length}`} by{" "}
                {plural(assignments.length, "assigned scenario")}
                {invitedShown.length > 0 && `, and ${invitedShown.length} invited, not joined`}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="grid-member">
                    Member
                  </th>
                  {assignments.map((a, i) => (
                    <th scope="col" key={a.id}>
                      <span className="grid-scenario">
                        {a.level && (
                          <span className="badge" title={levelLabel(a.level)}>
                            {a.level}
                          </span>
                        )}{" "}
                        {a.scenarioTitle}
                      </span>
                      {a.level && (
                        <span className="grid-level small block">{levelLabel(a.level)}</span>
                      )}
                      <span className="muted small block">
                        Target {a.targetScore} · {dueWords(a.dueDate, props.now)}
                      </span>
                      <span className="grid-tally small block">
                        {columnTally(allRows.flatMap((r) => r.cells[i] ?? []))}
                      </span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.member.id}>
                    <th scope="row" className="grid-member">
                      {r.member.displayName}
                      {r.member.email && (
                        <span className="muted small block">{r.member.email}</span>
                      )}
                      <OverdueOn cells={r.cells} assignments={assignments} />
                      {r.member.disabled ? (
                        <span className="no-practice-tag small block">
                          <span aria-hidden="true">⊘ </span>Account disabled: cannot sign in
                        </span>
                      ) : (
                        r.member.canPractise === false && (
                          <span className="no-practice-tag small block">
                            <span aria-hidden="true">⊘ </span>Can no longer practise: no manager
                            role
                          </span>
                        )
                      )}
                    </th>
                    {r.cells.map((cell, i) => (
                      <GridCell key={cell.assignmentId} cell={cell} assignment={assignments[i]} />
                    ))}
                  </tr>
                ))}
                {invitedShown.map((i) => (
                  <tr key={`invited-${i.email}`} className="grid-invited">
                    {/* The words under the name, in the column that stays in view on a phone. */}
                    <th scope="row" className="grid-member">
                      {i.name ?? i.email}
                      {i.name && <span className="muted small block">{i.email}</span>}
                      <span className="grid-invited-on small block">{invitedRowWords(i)}</span>
                    </th>
                    <td colSpan={assignments.length} className="grid-cell cell-invited">
                      Not joined yet
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {assignments.length > 1 && (
            <p className="grid-hint muted small">
              {plural(assignments.length, "scenario")}: the grid scrolls sideways.
            </p>
          )}
        </>
      )}
    </>
  );
}

/**
 * Under the name in the sticky column, what the member is overdue on, so a phone reads who is behind
 * and on what without scrolling sideways (review 8a #4). Hidden from screen readers: each overdue
 * cell's sentence says it, and the row's name is read before every cell.
 */
function OverdueOn(props: {
  cells: readonly ProgressCell[];
  assignments: readonly GridAssignment[];
}) {
  const words = overdueOnWords(props.cells, props.assignments);
  return words === null ? null : (
    <span className="overdue-tag grid-overdue-on small block" aria-hidden="true">
      {words}
    </span>
  );
}

function GridCell(props: { cell: ProgressCell; assignment: GridAssignment | undefined }) {
  const { cell } = props;
  const status = CELL_STATUS_LABELS[cell.status];
  const late = (cell.daysLate ?? 0) > 0;
  const deleted = deletedWords(cell);
  const why = props.assignment ? notDoneWhy(cell, props.assignment) : null;
  // Why the best attempt did not pass ("Escalated on turn 2"), so "Best 0, not passed" is explained.
  const whyNot = notPassedWhy(cell);
  return (
    <td
      className={`grid-cell cell-${cell.status}${cell.overdue ? " cell-overdue" : ""}${late ? " cell-late" : ""}`}
    >
      <span className="visually-hidden">
        {cellSummary(cell, props.assignment?.targetScore ?? 0, props.assignment?.dueDate)}
        {cell.lastActivityAt !== null && ` · last activity ${formatDateTime(cell.lastActivityAt)}`}
        {why && ` · ${why}`}
      </span>
      <span aria-hidden="true">
        <span className={`status-pill grid-status status-${cell.status}`}>
          {status.icon} {cellStatusLabel(cell, props.assignment?.dueDate)}
        </span>
        {/* The day it was done, as the count and the CSV take it: "Done late (8 days)" for Nov 20. */}
        {late && cell.completedAt != null && (
          <span className="grid-when">Finished {finishedDay(cell.completedAt)}</span>
        )}
        {cell.overdue && <span className="overdue-tag">⚠ Overdue</span>}
        <span className="grid-figures">
          {cell.bestScore === null
            ? "No score yet"
            : `Best ${cell.bestScore}${cell.bestReviewed ? " (reviewer's)" : ""}${passedWords(cell, ", ")}`}
          {" · "}
          {plural(cell.attempts, "attempt")}
        </span>
        {whyNot && <span className="grid-why">{whyNot}</span>}
        {why && <span className="grid-why">{why}</span>}
        {cell.lastActivityAt !== null && (
          <span className="grid-when">Last {formatDateTime(cell.lastActivityAt)}</span>
        )}
        {deleted && <span className="grid-deleted">{deleted}</span>}
      </span>
    </td>
  );
}
