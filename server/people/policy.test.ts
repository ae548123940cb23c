import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  type Action,
  APP,
  type CohortResource,
  can,
  type Decision,
  decide,
  type PolicyUser,
  type Resource,
  type SessionResource,
} from "./policy";

const user = (id: string, ...roles: string[]): PolicyUser => ({ id, roles });
const manager = user("m1", "manager");
const otherManager = user("m2", "manager");
const mentor = user("r1", "mentor");
const otherMentor = user("r2", "mentor");
const facilitator = user("f1", "facilitator");
const otherFacilitator = user("f2", "facilitator");
const admin = user("a1", "admin");
const local = user("local", "admin", "facilitator", "mentor", "manager");

/** m1's session, shared with r1; m1 is in a cohort f1 facilitates. */
const session: SessionResource = {
  kind: "session",
  ownerId: "m1",
  sharedWith: ["r1"],
  facilitatorIds: ["f1"],
};
/** f1 facilitates it, m1 practises in it, r1 mentors in it. */
const cohort: CohortResource = {
  kind: "cohort",
  facilitatorIds: ["f1"],
  memberIds: ["m1"],
  mentorIds: ["r1"],
};

type Row = [string, PolicyUser | null, Action, Resource, Decision];
const rows: Row[] = [
  // app-wide actions decided by roles
  ["anyone may sign in", null, "public", APP, "allow"],
  ["signed-out users are asked to sign in", null, "signed_in", APP, "unauthenticated"],
  ["a signed-in user of any role is signed in", mentor, "signed_in", APP, "allow"],
  ["anyone signed in lists their own sessions", mentor, "session.list", APP, "allow"],
  ["nobody signed out lists sessions", null, "session.list", APP, "unauthenticated"],
  ["a manager starts a session", manager, "session.create", APP, "allow"],
  ["a mentor does not start sessions", mentor, "session.create", APP, "forbidden"],
  ["a user without roles does not start sessions", user("x"), "session.create", APP, "forbidden"],
  ["a facilitator creates cohorts", facilitator, "cohort.create", APP, "allow"],
  ["a manager does not create cohorts", manager, "cohort.create", APP, "forbidden"],
  ["an admin lists users", admin, "user.list", APP, "allow"],
  ["a facilitator does not list users", facilitator, "user.list", APP, "forbidden"],
  ["a facilitator reads agreement stats", facilitator, "stats.read", APP, "allow"],
  ["a mentor does not read agreement stats", mentor, "stats.read", APP, "forbidden"],
  // sessions: owner
  ["the owner reads the notes on their session", manager, "review.read", session, "allow"],
  ["a stranger does not read the notes", otherManager, "review.read", session, "not_found"],
  ["the owner sees their own summary", manager, "session.summary", session, "allow"],
  ["the owner reads their session", manager, "session.read", session, "allow"],
  ["the owner plays their session", manager, "session.play", session, "allow"],
  ["the owner deletes their session", manager, "session.delete", session, "allow"],
  ["the owner shares their session", manager, "session.share", session, "allow"],
  ["the owner does not review their own session", manager, "session.review", session, "forbidden"],
  ["an owner without roles still reads their own", user("m1"), "session.read", session, "allow"],
  // sessions: strangers never learn it exists
  ["another manager does not see it", otherManager, "session.read", session, "not_found"],
  ["another manager cannot play it", otherManager, "session.play", session, "not_found"],
  ["another manager cannot delete it", otherManager, "session.delete", session, "not_found"],
  ["an unshared mentor does not see it", otherMentor, "session.read", session, "not_found"],
  ["an unshared mentor cannot review it", otherMentor, "session.review", session, "not_found"],
  ["an admin does not read transcripts", admin, "session.read", session, "not_found"],
  ["the local user does not read others'", local, "session.read", session, "not_found"],
  [
    "another facilitator sees no summary",
    otherFacilitator,
    "session.summary",
    session,
    "not_found",
  ],
  // sessions: shared mentor
  ["the shared mentor reads it", mentor, "session.read", session, "allow"],
  ["the shared mentor reviews it", mentor, "session.review", session, "allow"],
  ["the shared mentor reads the notes", mentor, "review.read", session, "allow"],
  ["the shared mentor cannot play it", mentor, "session.play", session, "forbidden"],
  ["the shared mentor cannot delete it", mentor, "session.delete", session, "forbidden"],
  ["the shared mentor cannot reshare it", mentor, "session.share", session, "forbidden"],
  [
    "a share to someone with no reviewer role gives no review",
    user("r1", "manager"),
    "session.review",
    session,
    "forbidden",
  ],
  // An admin took the reviewer's role away (a mentor who left the programme): the share stays,
  // but reading the transcript, its notes and its score ends with the role.
  [
    "a shared mentor who lost the role no longer reads it",
    user("r1", "manager"),
    "session.read",
    session,
    "forbidden",
  ],
  [
    "a shared mentor left with no role no longer reads it",
    user("r1"),
    "session.read",
    session,
    "forbidden",
  ],
  [
    "a shared mentor who lost the role no longer reads the notes",
    user("r1"),
    "review.read",
    session,
    "forbidden",
  ],
  [
    "a shared mentor who lost the role no longer sees the score",
    user("r1"),
    "session.summary",
    session,
    "forbidden",
  ],
  [
    "a shared reviewer who is a facilitator still reads it",
    user("r1", "facilitator"),
    "session.read",
    session,
    "allow",
  ],
  [
    "a shared reviewer who is an admin still reads it",
    user("r1", "admin"),
    "review.read",
    session,
    "allow",
  ],
  // sessions: facilitator of the owner's cohort
  ["the facilitator sees status and scores", facilitator, "session.summary", session, "allow"],
  [
    "the facilitator does not read the transcript",
    facilitator,
    "session.read",
    session,
    "forbidden",
  ],
  ["the facilitator does not review unshared", facilitator, "session.review", session, "forbidden"],
  [
    "a facilitator the session was shared with reads it",
    facilitator,
    "session.read",
    { ...session, sharedWith: ["f1"] },
    "allow",
  ],
  [
    "facilitating without the role shows nothing",
    user("f1", "manager"),
    "session.summary",
    session,
    "not_found",
  ],
  // notes: only the author edits
  [
    "the author edits their comment",
    mentor,
    "note.edit",
    { kind: "note", authorId: "r1", session },
    "allow",
  ],
  [
    "the owner reads but does not edit a mentor's comment",
    manager,
    "note.edit",
    { kind: "note", authorId: "r1", session },
    "forbidden",
  ],
  [
    "another reviewer of the session does not edit it",
    otherMentor,
    "note.edit",
    { kind: "note", authorId: "r1", session: { ...session, sharedWith: ["r1", "r2"] } },
    "forbidden",
  ],
  [
    "a stranger does not learn the comment exists",
    otherManager,
    "note.edit",
    { kind: "note", authorId: "r1", session },
    "not_found",
  ],
  [
    "an author whose share was revoked no longer edits",
    mentor,
    "note.edit",
    { kind: "note", authorId: "r1", session: { ...session, sharedWith: [] } },
    "not_found",
  ],
  [
    "the owner edits their own reply to a comment",
    manager,
    "note.edit",
    { kind: "note", authorId: "m1", session },
    "allow",
  ],
  [
    "an author who neither owns nor reviews the session edits nothing on it",
    otherManager,
    "note.edit",
    { kind: "note", authorId: "m2", session },
    "not_found",
  ],
  // cohorts
  ["its facilitator manages it", facilitator, "cohort.manage", cohort, "allow"],
  ["its facilitator sees progress", facilitator, "cohort.progress", cohort, "allow"],
  ["an admin manages any cohort", admin, "cohort.manage", cohort, "allow"],
  ["a member reads it", manager, "cohort.read", cohort, "allow"],
  ["a member does not see progress", manager, "cohort.progress", cohort, "forbidden"],
  ["a member does not manage it", manager, "cohort.manage", cohort, "forbidden"],
  ["another facilitator does not see it", otherFacilitator, "cohort.read", cohort, "not_found"],
  ["another facilitator cannot manage it", otherFacilitator, "cohort.manage", cohort, "not_found"],
  ["a non-member manager does not see it", otherManager, "cohort.read", cohort, "not_found"],
  ["its mentor reads it", mentor, "cohort.read", cohort, "allow"],
  ["its mentor does not see progress", mentor, "cohort.progress", cohort, "forbidden"],
  ["its mentor does not manage it", mentor, "cohort.manage", cohort, "forbidden"],
  ["another mentor does not see it", otherMentor, "cohort.read", cohort, "not_found"],
  // A mentor in the cohort of a session's owner reads it only when it is shared with them.
  [
    "a cohort's mentor does not read a member's unshared session",
    mentor,
    "session.read",
    { ...session, sharedWith: [] },
    "not_found",
  ],
  [
    "a cohort's mentor sees no summary of a member's unshared session",
    mentor,
    "session.summary",
    { ...session, sharedWith: [] },
    "not_found",
  ],
  // invitations
  [
    "a facilitator invites a manager to their cohort",
    facilitator,
    "invitation.create",
    { kind: "invitation", roles: ["manager"], cohort },
    "allow",
  ],
  [
    "a facilitator cannot hand out admin",
    facilitator,
    "invitation.create",
    { kind: "invitation", roles: ["admin"], cohort },
    "forbidden",
  ],
  [
    "a facilitator invites only into a cohort",
    facilitator,
    "invitation.create",
    { kind: "invitation", roles: ["manager"] },
    "forbidden",
  ],
  [
    "a facilitator cannot invite into another's cohort",
    otherFacilitator,
    "invitation.create",
    { kind: "invitation", roles: ["manager"], cohort },
    "not_found",
  ],
  [
    "its facilitator revokes an invitation into their cohort, even one an admin made",
    facilitator,
    "invitation.revoke",
    { kind: "invitation", roles: ["facilitator"], cohort },
    "allow",
  ],
  [
    "a member of the cohort cannot revoke its invitations",
    manager,
    "invitation.revoke",
    { kind: "invitation", roles: ["manager"], cohort },
    "forbidden",
  ],
  [
    "another facilitator cannot revoke an invitation into the cohort",
    otherFacilitator,
    "invitation.revoke",
    { kind: "invitation", roles: ["manager"], cohort },
    "not_found",
  ],
  [
    "a facilitator cannot revoke an invitation into no cohort",
    facilitator,
    "invitation.revoke",
    { kind: "invitation", roles: ["manager"] },
    "forbidden",
  ],
  [
    "an admin revokes any invitation",
    admin,
    "invitation.revoke",
    { kind: "invitation", roles: ["manager"] },
    "allow",
  ],
  [
    "an admin invites anyone with any role",
    admin,
    "invitation.create",
    { kind: "invitation", roles: ["admin", "facilitator"] },
    "allow",
  ],
  [
    "a manager cannot invite",
    manager,
    "invitation.create",
    { kind: "invitation", roles: ["manager"] },
    "forbidden",
  ],
  // users
  ["an admin manages a user", admin, "user.manage", { kind: "user", id: "m1" }, "allow"],
  [
    "a manager does not manage users",
    manager,
    "user.manage",
    { kind: "user", id: "m2" },
    "forbidden",
  ],
  // a resource of the wrong kind is refused, never guessed at
  ["an action asked about the wrong kind is refused", manager, "session.read", APP, "forbidden"],
];

describe("policy", () => {
  it.each(rows)("%s", (_name, who, action, resource, expected) => {
    expect(decide(who, action, resource as never)).toBe(expected);
    expect(can(who, action, resource as never)).toBe(expected === "allow");
  });

  it("has at least one allowed and one refused example for every action", () => {
    for (const action of Object.keys(ACTIONS) as Action[]) {
      const mine = rows.filter((r) => r[2] === action);
      if (action === "public") continue;
      expect(
        mine.some((r) => r[4] === "allow"),
        `${action} has an allowed example`,
      ).toBe(true);
      expect(
        mine.some((r) => r[4] !== "allow"),
        `${action} has a refused example`,
      ).toBe(true);
    }
  });

  it("never lets a user with the same roles as the owner into an unshared session", () => {
    const actions = (Object.keys(ACTIONS) as Action[]).filter((a) => ACTIONS[a] === "session");
    for (const roles of [
      ["manager"],
      ["mentor"],
      ["facilitator"],
      ["admin"],
      ["admin", "facilitator", "mentor", "manager"],
    ]) {
      for (const action of actions) {
        const decision = decide(user("stranger", ...roles), action, session as never);
        expect(decision, `${roles.join("+")} ${action}`).toBe("not_found");
      }
    }
  });
});
