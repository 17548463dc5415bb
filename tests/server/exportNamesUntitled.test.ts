// GET /api/maps/:id/export of a German map whose title, or a card's title, shows nothing (blank, or invisible
// characters only): the file and its Content-Disposition name say "Map ohne Titel" and "Karte ohne Titel", as the
// German start page does, open or closed; an English map's say "Untitled map".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { germanJourney } from "../export/journeys";
import { api, connect, createMap, synced, startTestServer, type TestServer } from "./helpers";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ idleMs: 150 });
});
afterAll(async () => {
  await t.stop();
});

/** `filename` and the decoded RFC 5987 `filename*` of a Content-Disposition header. */
function names(header: string | null): { ascii: string | undefined; utf8: string | undefined } {
  const ascii = /;\s*filename="([^"]*)"/.exec(header ?? "")?.[1];
  const encoded = /;\s*filename\*=UTF-8''([^;\s]+)/i.exec(header ?? "")?.[1];
  return { ascii, utf8: encoded === undefined ? undefined : decodeURIComponent(encoded) };
}

/** A map of the German example in `language`, whose title and first card's title a client has blanked. */
async function blankedMap(language: string) {
  const journey = { ...germanJourney(), language };
  const map = await createMap(t.url, { format: "outside-in.journey", version: 1, journey });
  const editor = connect(t.wsUrl, map.id, map.tokens.edit);
  await synced(editor);
  editor.doc.getMap("meta").set("title", "  ");
  (editor.doc.getMap("cards").get("c1") as { set(key: string, value: unknown): void }).set("title", "\u200B");
  return { map, editor };
}

const exported = (id: string, token: string, query: string) => api(t.url, `/api/maps/${id}/export?${query}`, { token });

const closed = () => new Promise((r) => setTimeout(r, 600));

describe("the export of a map whose title shows nothing", () => {
  it("is named and written in German for a German map, open and once closed", async () => {
    const { map, editor } = await blankedMap("de-DE");
    const token = map.tokens.view;
    await expect
      .poll(
        async () =>
          ((await exported(map.id, token, "format=json")).body as { journey: { title: string } }).journey.title,
        { timeout: 5000 },
      )
      .toBe("Map ohne Titel");

    const pdf = await exported(map.id, token, "format=pdf&paper=a3");
    expect(pdf.status).toBe(200);
    expect(names(pdf.headers.get("content-disposition"))).toEqual({
      ascii: "Map-ohne-Titel-A3.pdf",
      utf8: "Map ohne Titel (A3).pdf",
    });
    const csv = await exported(map.id, token, "format=csv&separator=semicolon");
    expect(names(csv.headers.get("content-disposition")).utf8).toBe("Map ohne Titel (Excel).csv");
    expect(csv.body).toContain("Karte ohne Titel");
    expect(csv.body).not.toContain("Untitled");

    editor.destroy();
    await closed();
    const json = await exported(map.id, token, "format=json");
    expect(names(json.headers.get("content-disposition")).utf8).toBe("Map ohne Titel.json");
    const file = json.body as { journey: { title: string; cards: { id: string; title: string }[] } };
    expect(file.journey.title).toBe("Map ohne Titel");
    expect(file.journey.cards.find((c) => c.id === "c1")?.title).toBe("Karte ohne Titel");
  });

  it("is named Untitled map for an English map", async () => {
    const { map, editor } = await blankedMap("en");
    await expect
      .poll(
        async () => names((await exported(map.id, map.tokens.view, "format=json")).headers.get("content-disposition")),
        { timeout: 5000 },
      )
      .toEqual({ ascii: "Untitled-map.json", utf8: "Untitled map.json" });
    const csv = await exported(map.id, map.tokens.view, "format=csv");
    expect(csv.body).toContain("Untitled card");
    editor.destroy();
  });
});
