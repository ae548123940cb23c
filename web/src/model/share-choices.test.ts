import { describe, expect, it } from "vitest";
import { mentorChoices } from "./share-choices";

const mo = { id: "mo", displayName: "Mo Mentor", email: "mo@pilot.test" };
const ada = { id: "ada", displayName: "Ada Adviser", email: "ada@pilot.test" };

describe("mentorChoices", () => {
  it("offers each mentor of my cohorts once, with every cohort, by name", () => {
    expect(
      mentorChoices(
        [
          { name: "Spring 2026", mentors: [mo] },
          { name: "Platform leads", mentors: [ada, mo] },
        ],
        [],
        "mia",
      ),
    ).toEqual([
      { ...ada, cohorts: ["Platform leads"] },
      { ...mo, cohorts: ["Spring 2026", "Platform leads"] },
    ]);
  });

  it("leaves out me, anyone already shared with, anyone without an email, and cohorts with none", () => {
    expect(
      mentorChoices(
        [
          {
            name: "Spring 2026",
            mentors: [mo, ada, { id: "mia", displayName: "Mia", email: "m@x.y" }],
          },
          { name: "Local", mentors: [{ id: "local", displayName: "You", email: null }] },
          { name: "Seen as a mentor" },
        ],
        ["mo"],
        "mia",
      ),
    ).toEqual([{ ...ada, cohorts: ["Spring 2026"] }]);
  });
});
