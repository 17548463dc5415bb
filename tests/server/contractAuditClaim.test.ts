// The audit's German insurance claim (every lane kind, all twelve channels, custom metrics with labels, observations
// with n, a moment of truth, three signature interactions, comments on every anchor kind) through the HTTP API as
// the contract words it: every export format and paper with its Content-Type, a Content-Disposition file name and
// the German text intact; comments, replies, resolving and deleting by every role; a rotated link answering 404.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dense, readPdf } from "../export/helpers";
import { svgText } from "../audit/printedText";
import { api, createMap, startTestServer, type Created, type TestServer } from "./helpers";

const CLAIM = fileURLToPath(new URL("../fixtures/audit/valid/claim-all-lanes.de.journey.json", import.meta.url));
const GERMAN = [
  "Kfz-Schaden melden – „Komfort“-Tarif für 12,50 € (Größe, Straße, Übergabe)",
  "Ich melde mich per letter – Größe ß ä ö ü",
  "Zufriedenheit mit der Auszahlung (€)",
  "Persönlicher Anruf „vom Chef“",
  "Große Pfütze „überall“ – Schaden ca. 3.000 €",
];

let t: TestServer;
let map: Created;
beforeAll(async () => {
  t = await startTestServer();
  map = await createMap(t.url, readFileSync(CLAIM, "utf8"));
});
afterAll(async () => {
  await t?.stop();
});

async function download(query: string, token = map.tokens.view) {
  const res = await fetch(`${t.url}/api/maps/${map.id}/export?${query}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return {
    status: res.status,
    type: res.headers.get("content-type") ?? "",
    disposition: res.headers.get("content-disposition") ?? "",
    bytes: new Uint8Array(await res.arrayBuffer()),
  };
}
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("the German claim's exports over HTTP", () => {
  it.each([
    ["json", "application/json", ".json"],
    ["svg", "image/svg+xml", "-A3.svg"],
    ["csv", "text/csv", ".csv"],
  ])("answers format=%s as %s with a file name, German intact", async (format, type, ending) => {
    const file = await download(`format=${format}`);
    expect(file.status).toBe(200);
    expect(file.type.split(";")[0]).toBe(type);
    expect(file.disposition).toMatch(new RegExp(`^attachment; filename="Kfz-Schaden-melden-[^"]*${ending}"`));
    expect(file.disposition).toContain("filename*=UTF-8''Kfz-Schaden%20melden%20%E2%80%93%20%E2%80%9EKomfort");
    const shown = format === "svg" ? dense(svgText(text(file.bytes))) : dense(text(file.bytes));
    for (const words of format === "csv" ? GERMAN.slice(1, 3) : GERMAN) expect(shown).toContain(dense(words));
  });

  it.each(["a3", "a4"])("answers a PDF on %s with its German text in the text layer", async (paper) => {
    const file = await download(`format=pdf&paper=${paper}`);
    expect(file.status).toBe(200);
    expect(file.type).toBe("application/pdf");
    expect(file.disposition).toContain(`-${paper.toUpperCase()}.pdf"`);
    const pdf = await readPdf(file.bytes);
    const [width, height] = pdf.sizes[0]!;
    expect([Math.round(width), Math.round(height)]).toEqual(paper === "a3" ? [1191, 842] : [842, 595]);
    const shown = dense(pdf.pages.join(" "));
    for (const words of GERMAN) expect(shown).toContain(dense(words));
  });
});

describe("the German claim's comments over HTTP", () => {
  const anchors = [{ kind: "map" }, { kind: "stage", id: "st-melden" }, { kind: "lane", id: "ln-backstage" }] as const;

  it("takes a comment on every anchor kind from owner, editor and commenter, and none from a viewer", async () => {
    for (const link of ["owner", "edit", "comment", "view"] as const) {
      for (const anchor of [...anchors, { kind: "card", id: "karte-1" }]) {
        const res = await api(t.url, `/api/maps/${map.id}/comments`, {
          method: "POST",
          token: map.tokens[link],
          body: { anchor, text: `Prüfen: „${anchor.kind}“ für 12,50 €`, author: `Jörg ${link}` },
        });
        if (link === "view") expect(res.status).toBe(403);
        else expect(res).toMatchObject({ status: 201, body: { anchor, text: `Prüfen: „${anchor.kind}“ für 12,50 €` } });
      }
    }
  });

  it("lets a commenter answer and resolve its own thread, not the editor, and the owner delete any", async () => {
    const made = await api(t.url, `/api/maps/${map.id}/comments`, {
      method: "POST",
      token: map.tokens.comment,
      body: { anchor: { kind: "card", id: "karte-29" }, text: "Wer ruft zurück?", author: "Änne" },
    });
    const id = (made.body as { id: string }).id;
    const at = `/api/maps/${map.id}/comments/${id}`;
    const reply = await api(t.url, `${at}/replies`, {
      method: "POST",
      token: map.tokens.edit,
      body: { text: "Ich – Frau Öztürk", author: "Özil" },
    });
    expect(reply).toMatchObject({ status: 201, body: { text: "Ich – Frau Öztürk", author: "Özil" } });
    const byEditor = await api(t.url, at, { method: "PATCH", token: map.tokens.edit, body: { resolved: true } });
    expect(byEditor.status).toBe(403);
    const byAuthor = await api(t.url, at, { method: "PATCH", token: map.tokens.comment, body: { resolved: true } });
    expect(byAuthor).toMatchObject({ status: 200, body: { id, resolved: true } });
    const imported = await api(t.url, `/api/maps/${map.id}/comments/kom-3`, {
      method: "DELETE",
      token: map.tokens.owner,
    });
    expect(imported.status).toBe(204);
    const gone = await api(t.url, at, { method: "DELETE", token: map.tokens.owner });
    expect(gone.status).toBe(204);
    const file = JSON.parse(text((await download("format=json")).bytes)) as { journey: { comments: { id: string }[] } };
    expect(file.journey.comments.map((c) => c.id)).not.toContain("kom-3");
    expect(file.journey.comments.map((c) => c.id)).not.toContain(id);
  });

  it("answers a rotated view link with the same 404 as an unknown map", async () => {
    const old = map.tokens.view;
    const rotated = await api(t.url, `/api/maps/${map.id}/links/view/rotate`, {
      method: "POST",
      token: map.tokens.owner,
    });
    expect(rotated.status).toBe(200);
    const [before, unknown] = await Promise.all([
      api(t.url, `/api/maps/${map.id}`, { token: old }),
      api(t.url, `/api/maps/m_unknown`, { token: map.tokens.owner }),
    ]);
    expect(before).toMatchObject({ status: 404, body: unknown.body });
    const now = await api(t.url, `/api/maps/${map.id}`, { token: (rotated.body as { token: string }).token });
    expect(now).toMatchObject({ status: 200, body: { role: "viewer" } });
    map = { ...map, tokens: { ...map.tokens, view: (rotated.body as { token: string }).token } };
  });
});
