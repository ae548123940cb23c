import { describe, expect, it } from "vitest";
import {
  cutNotice,
  faultWords,
  modelHost,
  offlineNotice,
  operatorAdvice,
  unavailableNotice,
} from "./llm-voice";

describe("model faults in the manager's words", () => {
  const host = "127.0.0.1:4799";
  it("a connection that never got an answer names where the model was looked for", () => {
    for (const detail of [
      "Connection error.",
      "connect ECONNREFUSED 127.0.0.1:4799",
      "getaddrinfo ENOTFOUND llm.internal",
    ])
      expect(faultWords("stream_error", detail, { host })).toBe(
        "could not reach the model at 127.0.0.1:4799",
      );
    expect(faultWords("stream_error", "Connection error.")).toBe("could not reach the model");
  });
  it("a stream that broke says so, and 'stopped partway' only when words were shown, never the library's word", () => {
    expect(faultWords("stream_error", "aborted", { host })).toBe(
      "the model's reply broke off before any of it was shown",
    );
    expect(faultWords("stream_error", undefined, { host })).toBe(
      "the model's reply broke off before any of it was shown",
    );
    expect(faultWords("stream_error", "aborted", { host, shown: true })).toBe(
      "the model's reply stopped partway",
    );
    // Anything that stops a reply already on screen is said the same way.
    expect(faultWords("timeout", undefined, { host, shown: true })).toBe(
      "the model's reply stopped partway",
    );
  });
  it("a stream that is not JSON before any word is an unreadable reply, not one that stopped partway", () => {
    for (const detail of [
      "Expected property name or '}' in JSON at position 1",
      "Unexpected token 'x', \"x y z\" is not valid JSON",
      "Unexpected end of JSON input",
    ])
      expect(faultWords("stream_error", detail, { host })).toBe(
        "the model's server sent a reply Flightdeck could not read (not valid JSON)",
      );
  });
  it("keeps a status an operator can look up, and no library words for a rate limit", () => {
    expect(faultWords("server_error", "HTTP 500: boom")).toBe(
      "the model's server failed (HTTP 500: boom)",
    );
    expect(faultWords("rate_limited", "HTTP 429: Too Many Requests")).toBe(
      "the model is turning requests away for now",
    );
  });
  it("a model that is down: the line counts for nothing, so saying it again is the way on", () => {
    const notice = unavailableNotice(faultWords("stream_error", "Connection error.", { host }));
    expect(notice).toMatch(/^The model is unavailable right now: could not reach the model at/);
    expect(notice).toMatch(/counts for nothing.*say it again/);
    // A rewind to it would throw away every line said after it.
    expect(notice).not.toMatch(/Try this line differently|count it twice/);
  });
  it("a refused request tells the manager who can fix it; the settings are the operator's", () => {
    const words = faultWords("request_rejected", "HTTP 401 Unauthorized", { host });
    expect(unavailableNotice(words, "request_rejected")).toMatch(
      /^The model is unavailable right now: the model refused the request \(HTTP 401 Unauthorized\)\. So this line got no reply\..* Tell whoever runs Flightdeck\./,
    );
    expect(unavailableNotice(words, "request_rejected")).not.toMatch(/LLM_/);
    expect(operatorAdvice("request_rejected")).toBe(
      "check LLM_MODEL, LLM_API_KEY and LLM_BASE_URL",
    );
    expect(operatorAdvice("server_error")).toBeUndefined();
  });
  it("a reply cut after words were shown keeps them, whatever the fallback said", () => {
    expect(
      offlineNotice({ source: "llm", event: "stream_error", cut: true }, { speaker: "Dana" }),
    ).toBe(cutNotice("Dana"));
    expect(cutNotice("Dana")).toMatch(/what Dana said up to there is kept/);
    expect(offlineNotice({ source: "llm", event: null })).toBeUndefined();
    expect(
      offlineNotice(
        { source: "offline", event: "stream_error", detail: "Connection error." },
        { host },
      ),
    ).toBe("Could not reach the model at 127.0.0.1:4799, so the built-in engine spoke this reply.");
  });
  it("reads the host from LLM_BASE_URL", () => {
    expect(modelHost("http://127.0.0.1:4799/v1")).toBe("127.0.0.1:4799");
    expect(modelHost("https://api.example.com/v1")).toBe("api.example.com");
    expect(modelHost(undefined)).toBeUndefined();
    expect(modelHost("not a url")).toBeUndefined();
  });
});
