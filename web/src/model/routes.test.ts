import { describe, expect, it } from "vitest";
import { compareIds, matchRoute, navSection, pageTitle, paths } from "./routes";

describe("matchRoute", () => {
  it.each([
    ["/", { name: "library" }],
    ["", { name: "library" }],
    ["/about", { name: "about" }],
    ["/scenarios/", { name: "library" }],
    ["/history/", { name: "history" }],
    ["/compare", { name: "compare" }],
    ["/lint", { name: "lint" }],
    [
      "/scenarios/missed-sprint-commitments",
      { name: "briefing", scenarioId: "missed-sprint-commitments" },
    ],
    ["/sessions/abc-123", { name: "session", sessionId: "abc-123" }],
    ["/sessions/abc-123/debrief", { name: "debrief", sessionId: "abc-123" }],
    ["/cohorts", { name: "cohorts" }],
    ["/cohorts/c-1", { name: "cohort", cohortId: "c-1" }],
    ["/reviews", { name: "inbox" }],
    ["/sessions/abc-123/review", { name: "review", sessionId: "abc-123" }],
    ["/agreement/", { name: "agreement" }],
    ["/signin", { name: "signin" }],
    ["/invite", { name: "invite" }],
    ["/account", { name: "account" }],
    ["/accounts", { name: "accounts" }],
    ["/reset", { name: "reset" }],
  ])("%s", (path, route) => {
    expect(matchRoute(path)).toEqual(route);
  });

  it.each([
    "/nope",
    "/sessions/a/b",
    "/sessions/a/debrief/extra",
    "/scenarios/%E0%A4%A",
    "/about/x",
    "/cohorts/c-1/extra",
    "/reviews/x",
    "/agreement/x",
    "/signin/x",
    "/compare/x",
  ])("%s is not a page", (path) => {
    expect(matchRoute(path)).toEqual({ name: "notFound" });
  });

  it("round-trips ids through paths", () => {
    const id = "a b/c";
    expect(matchRoute(paths.briefing(id))).toEqual({ name: "briefing", scenarioId: id });
    expect(matchRoute(paths.debrief(id))).toEqual({ name: "debrief", sessionId: id });
    expect(matchRoute(paths.review(id))).toEqual({ name: "review", sessionId: id });
    expect(matchRoute(paths.cohort(id))).toEqual({ name: "cohort", cohortId: id });
    expect(matchRoute(paths.cohorts())).toEqual({ name: "cohorts" });
    expect(matchRoute(paths.inbox())).toEqual({ name: "inbox" });
    expect(matchRoute(paths.agreement())).toEqual({ name: "agreement" });
    expect(matchRoute(paths.signin("/sessions/a b/debrief").split("?")[0] ?? "")).toEqual({
      name: "signin",
    });
    expect(paths.signin("/history")).toBe("/signin?next=%2Fhistory");
    expect(paths.invite("tok")).toBe("/invite#tok");
  });

  it("carries a comparison's two attempts in the query, so the link can be shared", () => {
    const link = paths.compare("s 1", "s&2");
    const [path = "", search = ""] = link.split("?");
    expect(matchRoute(path)).toEqual({ name: "compare" });
    expect(compareIds(`?${search}`)).toEqual({ a: "s 1", b: "s&2" });
    expect(compareIds("?a=s1")).toBeNull();
    expect(compareIds("?a=&b=s2")).toBeNull();
    expect(navSection(matchRoute(path))).toBe("history");
    expect(pageTitle(matchRoute(path))).toBe("Compare attempts · Flightdeck");
  });

  it("marks the menu section a page belongs to: a live conversation is practice, its debrief history", () => {
    expect(navSection(matchRoute("/"))).toBe("practice");
    expect(navSection(matchRoute(paths.briefing("x")))).toBe("practice");
    expect(navSection(matchRoute(paths.session("x")))).toBe("practice");
    expect(navSection(matchRoute(paths.debrief("x")))).toBe("history");
    expect(navSection(matchRoute(paths.review("x")))).toBe("reviews");
    expect(navSection(matchRoute(paths.cohort("x")))).toBe("cohorts");
    expect(navSection(matchRoute("/nowhere"))).toBeNull();
  });

  it("titles each page, with what it is about when known", () => {
    expect(pageTitle(matchRoute("/history"))).toBe("History and progress · Flightdeck");
    expect(pageTitle(matchRoute(paths.debrief("x")), "Missed sprint commitments")).toBe(
      "Debrief · Missed sprint commitments · Flightdeck",
    );
    expect(pageTitle(matchRoute("/nowhere"))).toBe("Page not found · Flightdeck");
    // Mentors and facilitators read the library at /scenarios but do not practise there.
    expect(pageTitle(matchRoute(paths.scenarios()))).toBe("Scenario library · Flightdeck");
    expect(pageTitle(matchRoute(paths.library()))).toBe("Scenario library · Flightdeck");
  });
});
