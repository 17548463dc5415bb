// The HTTP API at its edges: broken addresses, refused bodies (always with issues), comment anchors, export file
// names, languages of new maps and the names of links to rotate.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { api, createMap, startTestServer, type TestServer } from "./helpers";

let t: TestServer;
let logged: string[];
beforeEach(async () => {
  logged = [];
  t = await startTestServer({ logger: (line) => logged.push(line) });
});
afterEach(async () => {
  await t.stop();
});

type ErrorBody = { error: string; issues?: { path: string; message: string }[] };

describe("addresses with broken percent-encoding", () => {
  it("are answered like any unknown address or map, with 404 and no stack trace", async () => {
    const map = await createMap(t.url);
    const unknownPath = await api(t.url, "/api/nowhere");
    const unknownMap = await api(t.url, "/api/maps/AAAAAAAAAAAAAAAAAAAAAA/export", { token: map.tokens.owner });
    const cases: [string, ErrorBody][] = [
      ["/api/%ZZ", unknownPath.body as ErrorBody],
      ["/api/maps/%E0%A4%A/export", unknownMap.body as ErrorBody],
      ["/api/maps/%E0%A4%A", unknownMap.body as ErrorBody],
      [`/api/maps/${map.id}/comments/%ZZ`, { error: "There is no such comment on this map." }],
      [`/api/maps/${map.id}/%ZZ`, unknownPath.body as ErrorBody],
    ];
    for (const [path, expected] of cases) {
      const method = path.includes("/comments/") ? "DELETE" : "GET";
      const res = await api(t.url, path, { method, token: map.tokens.owner });
      expect(res.status, path).toBe(404);
      expect(res.body, path).toEqual(expected);
    }
    expect(logged.filter((line) => /failed|URIError|\n\s+at /.test(line))).toEqual([]);
  });
});
