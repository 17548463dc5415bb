// A refused POST /api/maps body says, in a person's words, what is wrong and where: a body that is not JSON
// names its line, column and reason (as `validate` does, never V8's "position 6143"), and a { title, template?,
// language? } body names each field as a journey file's problems are named ("is required", "must be a string").
import { readFileSync } from "node:fs";
import { api, startTestServer, type TestServer } from "./helpers";

const fixture = readFileSync(new URL("../fixtures/unseen/water-damage-claim.de.journey.json", import.meta.url), "utf8");

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.stop();
});

const post = (body: string) => api(t.url, "/api/maps", { method: "POST", body });

describe("POST /api/maps with a refused body", () => {
  it("names the line, column and reason of a journey file with text after its end", async () => {
    const res = await post(`${fixture.trimEnd()}\n}garbage`);
    const lines = fixture.trimEnd().split("\n").length;
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: `The request body is not valid JSON (line ${lines + 1}, column 1): more text follows the end of the JSON value.`,
      issues: [
        {
          path: "",
          message: `is not valid JSON (line ${lines + 1}, column 1): more text follows the end of the JSON value`,
        },
      ],
    });
  });

  it("names a trailing comma and a bare word without quoting V8", async () => {
    const comma = await post('{"title": "Schaden",}');
    expect(comma.status).toBe(400);
    expect((comma.body as { error: string }).error).toBe(
      'The request body is not valid JSON (line 1, column 21): a comma right before "}": the last field takes no comma.',
    );
    const word = await post("Ich melde den Schaden");
    expect((word.body as { error: string }).error).toMatch(
      /^The request body is not valid JSON \(line 1, column 1\): /,
    );
    expect(JSON.stringify(word.body)).not.toMatch(/position|Unexpected token/);
  });

  it("words the problems of a new-map body like a journey file's", async () => {
    const missing = await post("{}");
    expect(missing.status).toBe(400);
    expect((missing.body as { issues: unknown }).issues).toEqual([{ path: "title", message: "is required" }]);

    const wrong = await post(JSON.stringify({ title: null, language: 5, extra: 1 }));
    expect(wrong.status).toBe(400);
    expect((wrong.body as { issues: unknown }).issues).toEqual([
      { path: "title", message: "must be a string" },
      { path: "language", message: "must be a string" },
      { path: "", message: "has fields it may not have: extra" },
    ]);

    const list = await post("[]");
    expect((list.body as { issues: unknown }).issues).toEqual([{ path: "", message: "must be an object" }]);
    expect(JSON.stringify([missing.body, wrong.body, list.body])).not.toMatch(/Invalid input|received|Unrecognized/);
  });

  it("says a journey file without its format line lacks it, rather than asking for a title", async () => {
    const file = JSON.parse(fixture) as Record<string, unknown>;
    delete file["format"];
    const res = await post(JSON.stringify(file));
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: 'This is not an Outside-In journey file: format must be "outside-in.journey".',
      issues: [{ path: "format", message: 'must be "outside-in.journey"' }],
    });
  });

  it("says a journey file saved as UTF-16 is UTF-16, not that its first character is not UTF-8", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixture, "utf16le")]);
    const res = await fetch(`${t.url}/api/maps`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: utf16,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: "The request body is UTF-16 text; JSON is sent as UTF-8.",
      issues: [{ path: "", message: "is UTF-16 text" }],
    });
  });
});
