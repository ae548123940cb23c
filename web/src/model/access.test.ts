import { describe, expect, it } from "vitest";
import type { Me, RoleName } from "../state/auth-slice";
import { canReview, canRunCohorts, rolesText } from "./access";

const as = (...roles: RoleName[]): Me => ({
  authMode: "password",
  user: { id: "u", email: "u@example.com", displayName: "U", roles },
});

describe("links by role", () => {
  it.each([
    [["manager"], false, false],
    [["mentor"], false, true],
    [["facilitator"], true, true],
    [["admin"], true, true],
    [["manager", "mentor"], false, true],
  ] as const)("%j: cohorts %s, reviews %s", (roles, cohorts, reviews) => {
    expect(canRunCohorts(as(...roles))).toBe(cohorts);
    expect(canReview(as(...roles))).toBe(reviews);
  });

  it("shows nothing role-bound while signed out or not yet known", () => {
    expect(canReview(null)).toBe(false);
    expect(canRunCohorts({ authMode: "password", user: null })).toBe(false);
  });
});

describe("rolesText", () => {
  it("names roles in words", () => {
    expect(rolesText(["manager"])).toBe("Manager");
    expect(rolesText(["manager", "mentor"])).toBe("Manager and Mentor");
    expect(rolesText(["admin", "facilitator", "mentor"])).toBe("Admin, Facilitator and Mentor");
    // An admin took every role away: not "yet", which would read as waiting for one.
    expect(rolesText([])).toBe("No role");
  });
});
