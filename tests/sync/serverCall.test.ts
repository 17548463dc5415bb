// A call to the server's HTTP API: a success read through a schema, and every way it can fail told apart.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { answerOf, callServer, ServerCallError, tokenRequest } from "../../src/sync/serverCall";

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
const answering = (response: () => Response | Promise<Response>) => (async () => response()) as typeof fetch;

async function failureOf(promise: Promise<unknown>): Promise<ServerCallError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ServerCallError)) throw new Error(`expected a ServerCallError, got ${String(error)}`);
  return error;
}

describe("callServer", () => {
  it("resolves with a successful response, read through a schema", async () => {
    const response = await callServer(
      "/x",
      { method: "GET" },
      answering(() => json(200, { id: "m_1" })),
    );
    await expect(answerOf(z.object({ id: z.string() }), response)).resolves.toEqual({ id: "m_1" });
  });

  it("says no answer came when fetch itself fails", async () => {
    const failed = answering(() => Promise.reject(new TypeError("Failed to fetch")));
    const error = await failureOf(callServer("/x", { method: "GET" }, failed));
    expect(error).toMatchObject({ kind: "network", status: 0, serverSentence: "" });
  });

  it("keeps the server's own sentence, status and issues of a refusal", async () => {
    const refusal = { error: "The journey file is not valid.", issues: [{ path: "stages.0.id", message: "missing" }] };
    const error = await failureOf(
      callServer(
        "/x",
        { method: "POST" },
        answering(() => json(400, refusal)),
      ),
    );
    expect(error).toMatchObject({ kind: "refused", status: 400, serverSentence: "The journey file is not valid." });
    expect(error.issues).toEqual([{ path: "stages.0.id", message: "missing" }]);
    expect(error.message).toBe("The journey file is not valid.");
  });

  it("reports a refusal without a sentence (a proxy's page) with its status only", async () => {
    const page = answering(() => new Response("<html>Bad gateway</html>", { status: 502 }));
    const error = await failureOf(callServer("/x", { method: "GET" }, page));
    expect(error).toMatchObject({ kind: "refused", status: 502, serverSentence: "", issues: [] });
  });

  it("says an answer does not fit when a success holds something else", async () => {
    const response = await callServer(
      "/x",
      { method: "GET" },
      answering(() => json(200, { nope: true })),
    );
    const error = await failureOf(answerOf(z.object({ id: z.string() }), response));
    expect(error).toMatchObject({ kind: "answer", status: 200 });
    const notJson = await callServer(
      "/x",
      { method: "GET" },
      answering(() => new Response("<html>", { status: 200 })),
    );
    expect(await failureOf(answerOf(z.object({ id: z.string() }), notJson))).toMatchObject({ kind: "answer" });
  });
});

describe("tokenRequest", () => {
  it("sends the token, and a JSON body with its type only when there is one", () => {
    expect(tokenRequest("GET", "tok")).toEqual({ method: "GET", headers: { Authorization: "Bearer tok" } });
    expect(tokenRequest("POST", "tok", { name: "Größe" }, { "X-Author-Key": "k" })).toEqual({
      method: "POST",
      headers: { Authorization: "Bearer tok", "Content-Type": "application/json", "X-Author-Key": "k" },
      body: '{"name":"Größe"}',
    });
  });
});
