import { describe, expect, it } from "vitest";
import { engineWords, isEngineInfo } from "./engine";

describe("engineWords", () => {
  it("says the offline engine is no language model, and what that means for realism", () => {
    const words = engineWords({ engine: "offline" });
    expect(words.who).toMatch(/built-in offline engine, not a language model/);
    expect(words.realism).toMatch(/lines written for each person/);
    expect(words.realism).toMatch(/less varied than a real person/);
  });
  it("names the model, and says the built-in engine stands in when it fails", () => {
    const words = engineWords({ engine: "model", model: "llama3.1" });
    expect(words.who).toBe("Here the employee is played by the language model llama3.1.");
    expect(words.realism).toMatch(/If the model fails, the built-in engine answers that line/);
  });
});

describe("isEngineInfo", () => {
  it("accepts what the server sends", () => {
    expect(isEngineInfo({ engine: "offline" })).toBe(true);
    expect(isEngineInfo({ engine: "model", model: "gpt-4o-mini" })).toBe(true);
  });
  it("refuses anything else", () => {
    expect(isEngineInfo({ engine: "model" })).toBe(false);
    expect(isEngineInfo({ engine: "gpt" })).toBe(false);
    expect(isEngineInfo({})).toBe(false);
  });
});
