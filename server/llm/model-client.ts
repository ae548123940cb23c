import OpenAI from "openai";
import type { Config } from "../config";
import { nodeFetch } from "./http-transport";

/**
 * The one way Flightdeck builds its client for an OpenAI-compatible model (OpenAI, Azure, Ollama,
 * vLLM, llama.cpp server): the server's persona voice, `flightdeck rehearse` and `score --judge`.
 * Retries are the caller's choice: a live reply has its own fallback and must not wait on them.
 */
export function createModelClient(
  config: Pick<Config, "LLM_BASE_URL" | "LLM_API_KEY" | "LLM_TIMEOUT_MS">,
  options: { maxRetries: number },
): OpenAI {
  return new OpenAI({
    baseURL: config.LLM_BASE_URL,
    // Local servers (Ollama, vLLM, llama.cpp) accept any key; the client insists on one.
    apiKey: config.LLM_API_KEY ?? "not-needed",
    timeout: config.LLM_TIMEOUT_MS,
    maxRetries: options.maxRetries,
    fetch: nodeFetch,
  });
}
