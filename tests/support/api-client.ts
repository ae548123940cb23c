import { TestSocket } from "./servers";

/**
 * The API as a browser calls it: keeps the session cookie (and drops it when the server clears it),
 * sends Origin and the CSRF token on writes, as the web client does (password mode). One client for
 * every test that signs in over HTTP.
 */
export class ApiClient {
  cookie: string | undefined;
  csrf: string | undefined;
  constructor(readonly base: string) {}

  /** The raw response, for tests that check statuses and headers. */
  async req(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...(method !== "GET" ? { origin: this.base } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== "GET" ? { "x-csrf-token": this.csrf } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const set = res.headers.getSetCookie()[0];
    if (set) {
      const value = set.split(";")[0] ?? "";
      this.cookie = value.endsWith("=") ? undefined : value;
    }
    return res;
  }

  /** The parsed answer (undefined for an empty one); a refusal throws with its status and body. */
  async json<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T> {
    const res = await this.req(method, path, body);
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** The error message of a refused request, with its status. */
  async refusal(method: string, path: string, body?: unknown) {
    const res = await this.req(method, path, body);
    const answer = (await res.json()) as { error: { message: string } };
    return { status: res.status, message: answer.error.message };
  }

  /** Signs in; on success keeps the CSRF token the answer carries. */
  async login(email: string, password: string): Promise<Response> {
    const res = await this.req("POST", "/api/auth/login", { email, password });
    if (res.ok) this.csrf = ((await res.clone().json()) as { csrfToken: string }).csrfToken;
    return res;
  }

  /** Signs in, or throws with the refusal. */
  async signIn(email: string, password: string): Promise<void> {
    const res = await this.login(email, password);
    if (!res.ok) throw new Error(`sign-in as ${email}: ${res.status} ${await res.text()}`);
  }

  /**
   * One practice session flown to its scorecard over the websocket: started with the seed, each line
   * said after the reply to the last (or the end, if the conversation ends itself), then ended.
   * Returns the session's id.
   */
  async flyAttempt(scenarioId: string, lines: readonly string[], seed = 1): Promise<string> {
    const socket = await this.socket();
    try {
      socket.send({ type: "start", scenarioId, seed });
      const [started] = await socket.until<{ type: string; session: { id: string } }>(
        (f) => f.type === "session_started",
      );
      for (const [i, text] of lines.entries()) {
        socket.send({ type: "say", turnId: `t${i}`, text });
        await socket.until((f) => f.type === "reply_done" || f.type === "session_ended");
      }
      socket.send({ type: "end" });
      await socket.until((f) => f.type === "scorecard_ready");
      return started?.session.id ?? "";
    } finally {
      socket.close();
    }
  }

  /** A websocket to /ws with this client's cookie, as the page would open it. */
  socket(origin = this.base): Promise<TestSocket> {
    return TestSocket.open(`${this.base.replace("http", "ws")}/ws`, {
      origin,
      ...(this.cookie ? { cookie: this.cookie } : {}),
    });
  }
}

/** A client signed in as each of these people, under the name given: `{ lead: LEAD, mentor: MENTOR }`. */
export async function signedInClients<K extends string>(
  base: string,
  people: Record<K, { readonly email: string; readonly password: string }>,
): Promise<Record<K, ApiClient>> {
  const clients = {} as Record<K, ApiClient>;
  for (const [name, who] of Object.entries(people) as [K, { email: string; password: string }][]) {
    const client = new ApiClient(base);
    await client.signIn(who.email, who.password);
    clients[name] = client;
  }
  return clients;
}
