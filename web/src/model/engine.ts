/** Who plays the employee here, as `GET /api/engine` says: the built-in engine, or a model by name. */
export type EngineInfo = { engine: "offline" } | { engine: "model"; model: string };

export function isEngineInfo(data: Record<string, unknown>): boolean {
  return data.engine === "offline" || (data.engine === "model" && typeof data.model === "string");
}

/**
 * Who plays the employee, and what that means for how real it feels, in two sentences: a newcomer
 * (or someone evaluating Flightdeck) should know whether they are talking to a language model and
 * what to expect of the built-in engine before an odd reply makes them wonder.
 */
export function engineWords(info: EngineInfo): { who: string; realism: string } {
  if (info.engine === "model")
    return {
      who: `Here the employee is played by the language model ${info.model}.`,
      realism:
        "Its replies are freer than the built-in engine's and may take a few seconds. If the model fails, the built-in engine answers that line, and the conversation says so.",
    };
  return {
    who: "Here the employee is played by Flightdeck's built-in offline engine, not a language model.",
    realism:
      "It answers with lines written for each person, chosen by how you talk and the trust you have earned: less varied than a real person, and now and then beside your point.",
  };
}
