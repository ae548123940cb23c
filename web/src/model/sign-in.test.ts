import { describe, expect, it } from "vitest";
import type { Me } from "../state/auth-slice";
import { matchRoute } from "./routes";
import { gateRedirect, nextAfterSignIn, retryAfterSeconds } from "./sign-in";

const LOCAL: Me = {
  authMode: "local",
  user: { id: "local", email: null, displayName: "You", roles: ["admin", "manager"] },
};
const SIGNED_OUT: Me = { authMode: "password", user: null };
const SIGNED_IN: Me = {
  authMode: "password",
  user: { id: "u1", email: "a@example.com", displayName: "Ana", roles: ["manager"] },
};
const gate = (me: Me, here: string) => gateRedirect(me, matchRoute(here.split("?")[0] ?? ""), here);

describe("nextAfterSignIn", () => {
  it.each([
    ["?next=%2Fsessions%2Fs1%2Fdebrief", "/sessions/s1/debrief"],
    ["?next=%2Fhistory%3Ftab%3D2", "/history?tab=2"],
    ["", "/"],
    ["?next=", "/"],
    ["?next=https%3A%2F%2Fevil.example", "/"],
    ["?next=%2F%2Fevil.example%2Fx", "/"],
    ["?next=%2F%5Cevil.example", "/"],
    ["?next=%2Fsignin%3Fnext%3D%2Fx", "/"],
    // Back to the invitation someone went to sign in for; a token never rides along in the query.
    ["?next=%2Finvite", "/invite"],
    ["?next=%2Finvite%23tok3n", "/invite"],
    ["?next=%2Freset%23tok3n", "/"],
  ])("%s → %s", (search, next) => {
    expect(nextAfterSignIn(search)).toBe(next);
  });
});

const withRoles = (...roles: ("manager" | "mentor" | "facilitator" | "admin")[]): Me => ({
  authMode: "password",
  user: { id: "u2", email: "b@example.com", displayName: "Bo", roles },
});

describe("gateRedirect", () => {
  it("sends someone who does not practise from the start page to what they do here", () => {
    expect(gate(withRoles("mentor"), "/")).toBe("/reviews");
    expect(gate(withRoles("facilitator", "mentor"), "/")).toBe("/cohorts");
    expect(gate(withRoles("admin"), "/")).toBe("/cohorts");
    expect(gate(withRoles("manager", "mentor"), "/")).toBeNull();
    expect(gate(SIGNED_IN, "/")).toBeNull();
    // The library itself stays open to them at its own address.
    expect(gate(withRoles("mentor"), "/scenarios")).toBeNull();
    expect(gate(withRoles("mentor"), "/scenarios/missed-sprint-commitments")).toBeNull();
  });

  it("local mode shows every page and has no sign-in or invitation page", () => {
    expect(gate(LOCAL, "/sessions/s1/debrief")).toBeNull();
    expect(gate(LOCAL, "/")).toBeNull();
    expect(gate(LOCAL, "/signin")).toBe("/");
    expect(gate(LOCAL, "/invite")).toBe("/");
  });

  it("signed out, a deep link goes to sign in and remembers where it was", () => {
    expect(gate(SIGNED_OUT, "/sessions/s1/debrief")).toBe(
      "/signin?next=%2Fsessions%2Fs1%2Fdebrief",
    );
    expect(gate(SIGNED_OUT, "/")).toBe("/signin");
    expect(gate(SIGNED_OUT, "/nope")).toBe("/signin?next=%2Fnope");
  });

  it("signed out, the sign-in and invitation pages open", () => {
    expect(gate(SIGNED_OUT, "/signin?next=%2Fhistory")).toBeNull();
    expect(gate(SIGNED_OUT, "/invite")).toBeNull();
    expect(gate(SIGNED_OUT, "/reset")).toBeNull();
  });

  it("signed in, the sign-in page moves on to next; other pages show", () => {
    expect(gate(SIGNED_IN, "/signin?next=%2Fhistory")).toBe("/history");
    expect(gate(SIGNED_IN, "/signin")).toBe("/");
    expect(gate(SIGNED_IN, "/history")).toBeNull();
    expect(gate(SIGNED_IN, "/invite")).toBeNull();
  });
});

describe("retryAfterSeconds", () => {
  it("reads the wait from the server's message", () => {
    expect(retryAfterSeconds("too many failed sign-ins: try again in 8 s")).toBe(8);
    expect(retryAfterSeconds("the email or the password is wrong")).toBeNull();
  });
});
