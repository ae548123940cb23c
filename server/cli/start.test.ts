import { describe, expect, it } from "vitest";
import { loadConfig } from "../config";
import { engineLine } from "./start";

const configOf = (env: Record<string, string>) => {
  const loaded = loadConfig(env);
  if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
  return loaded.config;
};

describe("engineLine", () => {
  it("names the model and where it is served", () => {
    expect(
      engineLine(configOf({ LLM_BASE_URL: "http://127.0.0.1:11434/v1", LLM_MODEL: "llama3.1" })),
    ).toBe(
      "The employee is played by the model llama3.1 at http://127.0.0.1:11434/v1 (LLM_FALLBACK=offline).",
    );
  });
  it("says a model address without a model name leaves the offline engine playing", () => {
    expect(engineLine(configOf({ LLM_BASE_URL: "http://127.0.0.1:11434/v1" }))).toMatch(
      /offline engine: .*no LLM_MODEL/,
    );
  });
  it("says how to use a model when none is set", () => {
    expect(engineLine(configOf({}))).toMatch(/offline engine \(set LLM_BASE_URL and LLM_MODEL/);
  });
});
