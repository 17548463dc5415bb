// A comment anchored on an id of another kind (a lane's id as a stage) is refused as the importer refuses it in a
// file: naming whose id it is (src/format/references.ts), so a script's slip is found at once.
import { api, createMap, startTestServer, type Created, type TestServer } from "./helpers";

let t: TestServer;
let map: Created;
beforeAll(async () => {
  t = await startTestServer();
  map = await createMap(t.url, {
    format: "outside-in.journey",
    version: 1,
    journey: {
      id: "j",
      title: "Schaden melden",
      stages: [{ id: "st_melden", name: "Melden" }],
      lanes: [{ id: "ln_tun", name: "Was ich tue", kind: "actions" }],
      cards: [{ id: "cd_foto", stageId: "st_melden", laneId: "ln_tun", title: "Ich fotografiere den Schaden" }],
      connections: [],
    },
  });
});
afterAll(async () => {
  await t?.stop();
});

const comment = (anchor: { kind: string; id: string }) =>
  api(t.url, `/api/maps/${map.id}/comments`, {
    method: "POST",
    token: map.tokens.edit,
    body: { anchor, text: "Passt das?", author: "Jörg" },
  });

describe("a comment on an id of another kind", () => {
  it.each([
    ["stage", "ln_tun", "a lane"],
    ["lane", "cd_foto", "a card"],
    ["card", "st_melden", "a stage"],
  ])("refuses a %s anchor on %s, saying it is the id of %s", async (kind, id, whose) => {
    const res = await comment({ kind, id });
    expect(res).toMatchObject({
      status: 400,
      body: {
        error: `There is no ${kind} "${id}" in this map to comment on; that is the id of ${whose}.`,
        issues: [{ path: "anchor.id", message: `unknown ${kind} "${id}"; that is the id of ${whose}` }],
      },
    });
  });

  it("refuses an id of nothing on the map as before, and takes the right kind", async () => {
    expect(await comment({ kind: "card", id: "cd_nirgends" })).toMatchObject({
      status: 400,
      body: {
        error: 'There is no card "cd_nirgends" in this map to comment on.',
        issues: [{ path: "anchor.id", message: 'unknown card "cd_nirgends"' }],
      },
    });
    expect(await comment({ kind: "card", id: "cd_foto" })).toMatchObject({
      status: 201,
      body: { anchor: { kind: "card", id: "cd_foto", quote: "Ich fotografiere den Schaden" } },
    });
  });
});
