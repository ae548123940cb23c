import { describe, expect, it } from "vitest";
import { daysBetween, daysLate, dueDateEndsAt, dueDateOfInstant, isDueDate } from "./due-date";
import { CreateAssignmentSchema } from "./people.schema";

describe("due dates", () => {
  it("are real calendar days", () => {
    expect(isDueDate("2026-12-10")).toBe(true);
    expect(isDueDate("2026-02-30")).toBe(false);
    expect(isDueDate("2026-12-1")).toBe(false);
    expect(isDueDate("tomorrow")).toBe(false);
  });

  it("end when the day has ended everywhere: noon UTC the day after", () => {
    expect(new Date(dueDateEndsAt("2026-12-10") + 1).toISOString()).toBe(
      "2026-12-11T12:00:00.000Z",
    );
    // Still Dec 10 in UTC−12 a millisecond before; the same instant for every reader.
    expect(new Date(dueDateEndsAt("2026-12-10")).toISOString()).toBe("2026-12-11T11:59:59.999Z");
  });

  it("read an old due time, the end of the chosen day where the facilitator was, as that day", () => {
    // The last millisecond of Dec 10 in Los Angeles (UTC−8), Tokyo (UTC+9), UTC, Honolulu (UTC−10),
    // Auckland in summer (UTC+13): always Dec 10.
    for (const offsetHours of [-8, 9, 0, -10, 13, 5.5]) {
      const endOfDay = Date.UTC(2026, 11, 10, 23, 59, 59, 999) - offsetHours * 3_600_000;
      expect(dueDateOfInstant(endOfDay)).toBe("2026-12-10");
    }
  });

  it("count calendar days between dates", () => {
    expect(daysBetween("2026-11-27", "2026-12-10")).toBe(13);
    expect(daysBetween("2026-12-10", "2026-12-09")).toBe(-1);
    // Across a daylight-saving change, still whole days.
    expect(daysBetween("2026-03-07", "2026-03-09")).toBe(2);
  });
});

describe("an assignment's due date as sent", () => {
  it("refuses a dueAt no calendar day can hold, which broke the cohort's CSV for good", () => {
    const body = { scenarioId: "architecture-mediation" };
    expect(
      CreateAssignmentSchema.safeParse({ ...body, dueAt: 8_640_000_000_000_001 }).success,
    ).toBe(false);
    expect(
      CreateAssignmentSchema.safeParse({ ...body, dueAt: Date.UTC(2026, 11, 10) }).success,
    ).toBe(true);
    expect(CreateAssignmentSchema.safeParse({ ...body, dueDate: "2026-12-10" }).success).toBe(true);
  });

  it("count days late as the calendar does, one number for the grid and the CSV (review 8a #5)", () => {
    // Review 8a: due Nov 20, done Nov 28 00:10 UTC. The grid said 8, the CSV 7 (hours since noon
    // UTC Nov 21, rounded up); now both say the days from the due date to the day it was done.
    expect(daysLate("2026-11-20", Date.parse("2026-11-28T00:10:00Z"))).toBe(8);
    expect(daysLate("2026-11-20", Date.parse("2026-11-28T23:59:00Z"))).toBe(8);
    // Before the due date ended everywhere: on time, even on the day after in UTC.
    expect(daysLate("2026-11-20", Date.parse("2026-11-21T11:00:00Z"))).toBe(0);
    // Just after: late, by one day (never 0 once late).
    expect(daysLate("2026-11-20", Date.parse("2026-11-21T12:30:00Z"))).toBe(1);
    expect(daysLate("2026-11-20", Date.parse("2026-11-22T11:00:00Z"))).toBe(2);
  });
});
