import { describe, expect, it } from "vitest";
import { fillSlots } from "./common.schema";

const facts = { project: "the billing migration", app: "iOS app", who: "Sam", n: "3" };

describe("fillSlots", () => {
  it.each([
    ["{project} is late, I know.", "The billing migration is late, I know."],
    ["Sorry. {project} is late.", "Sorry. The billing migration is late."],
    ["Really? {project}!", "Really? The billing migration!"],
    ['"{project}" again.', '"The billing migration" again.'],
    ["I said so.\n{project} slipped.", "I said so.\nThe billing migration slipped."],
    ["Since {project} slipped.", "Since the billing migration slipped."],
    ["The {project}, again", "The the billing migration, again"],
    ["{app} crashes.", "iOS app crashes."],
    ["{who} asked; {n} times.", "Sam asked; 3 times."],
    ["{unknown} stays.", "{unknown} stays."],
  ])("%j → %j", (text, filled) => {
    expect(fillSlots(text, facts)).toBe(filled);
  });
});
