// GET /api/maps/:id of a map whose title shows nothing (blank, or invisible characters only) names it "Untitled map"
// in the map's language, open or closed: "Map ohne Titel" for a German map, as the German start page does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, connect, createMap, synced, startTestServer, type TestServer } from "./helpers";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ idleMs: 150 });
});
afterAll(async () => {
  await t.stop();
});

const titleOf = async (id: string, token: string): Promise<unknown> =>
  ((await api(t.url, `/api/maps/${id}`, { token })).body as { title: string }).title;

/** Creates a map, sets its title as a client may write it into the document, and closes it again. */
async function mapTitled(language: string, title: string) {
  const map = await createMap(t.url, { title: "Schaden melden", language });
  const editor = connect(t.wsUrl, map.id, map.tokens.edit);
  await synced(editor);
  editor.doc.getMap("meta").set("title", title);
  return { map, editor };
}

const closed = () => new Promise((r) => setTimeout(r, 600));

describe("the title of a map without one that shows", () => {
  it("is said in German for a German map, while open and once closed", async () => {
    for (const blank of ["   ", "\u200B\u00AD"]) {
      const { map, editor } = await mapTitled("de", blank);
      await expect.poll(() => titleOf(map.id, map.tokens.view), { timeout: 5000 }).toBe("Map ohne Titel");
      editor.destroy();
      await closed();
      expect(await titleOf(map.id, map.tokens.view)).toBe("Map ohne Titel");
    }
  });

  it("is said in English for an English map, and a German map titled Untitled map keeps its title", async () => {
    const english = await mapTitled("en", " ");
    await expect.poll(() => titleOf(english.map.id, english.map.tokens.view), { timeout: 5000 }).toBe("Untitled map");
    const german = await mapTitled("de-AT", "Untitled map");
    await expect.poll(() => titleOf(german.map.id, german.map.tokens.view), { timeout: 5000 }).toBe("Untitled map");
    english.editor.destroy();
    german.editor.destroy();
    await closed();
    expect(await titleOf(english.map.id, english.map.tokens.view)).toBe("Untitled map");
    expect(await titleOf(german.map.id, german.map.tokens.view)).toBe("Untitled map");
  });
});
