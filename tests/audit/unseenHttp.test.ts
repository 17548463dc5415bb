// The HTTP API with the audit's journey files: each is created by POST /api/maps, read back by GET with every role's
// token (and refused alike with a wrong one), exported to every format and paper with its German text intact, and
// commented on, replied to, resolved and deleted by the roles the contract allows; a rotated link stops working.
import { readPdf, readPdfAsCopied, dense } from "../export/helpers";
import { readCsv } from "../fixtures/csv";
import { api, createMap, startTestServer, type Created, type TestServer } from "../server/helpers";
import { svgText } from "./printedText";
import { comparable } from "./sameJourney";
import { UNSEEN_NAMES, unseenText, unseenValue, type UnseenName } from "./unseenFixtures";

let t: TestServer;
const maps = new Map<UnseenName, Created>();
const ROLE_OF = { owner: "owner", edit: "editor", comment: "commenter", view: "viewer" } as const;
const LINKS = ["owner", "edit", "comment", "view"] as const;

beforeAll(async () => {
  t = await startTestServer({ publicUrl: "https://maps.example.org" });
  for (const name of UNSEEN_NAMES) maps.set(name, await createMap(t.url, unseenText(name)));
}, 30_000);
afterAll(async () => {
  await t?.stop();
});

const map = (name: UnseenName): Created => maps.get(name)!;
const titleOf = (name: UnseenName) => (unseenValue(name)["journey"] as { title: string }).title;

async function download(path: string, token: string) {
  const res = await fetch(`${t.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  return {
    status: res.status,
    type: res.headers.get("content-type") ?? "",
    disposition: res.headers.get("content-disposition") ?? "",
    bytes: new Uint8Array(await res.arrayBuffer()),
  };
}
const utf8 = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);

describe("POST /api/maps with each audit file, then GET /api/maps/:id", () => {
  it.each(UNSEEN_NAMES)("creates %s with four share links and reads its title with every role", async (name) => {
    const created = map(name);
    for (const link of LINKS) {
      expect(created.links[link]).toBe(`https://maps.example.org/m/${created.id}#token=${created.tokens[link]}`);
      const res = await api(t.url, `/api/maps/${created.id}`, { token: created.tokens[link] });
      expect(res).toMatchObject({ status: 200, body: { id: created.id, title: titleOf(name), role: ROLE_OF[link] } });
    }
  });

  it("answers a wrong token, no token, another map's token and an unknown map with the same 404", async () => {
    const { id } = map("motor-claim-measured.de.journey.json");
    const answers = await Promise.all([
      api(t.url, `/api/maps/${id}`, { token: "wrong-token" }),
      api(t.url, `/api/maps/${id}`),
      api(t.url, `/api/maps/${id}`, { token: map("unicode-rtl.journey.json").tokens.owner }),
      api(t.url, `/api/maps/m_doesnotexist`, { token: map("motor-claim-measured.de.journey.json").tokens.owner }),
    ]);
    for (const res of answers)
      expect({ status: res.status, body: res.body }).toEqual(answers[0] && { status: 404, body: answers[0].body });
    expect(answers[0]?.status).toBe(404);
  });
});

/** The lane names of a journey file, and the file without them (see the known bug below). */
function laneNamesApart(text: string): { names: unknown[]; rest: string } {
  const file = JSON.parse(text) as { journey: { lanes: Record<string, unknown>[] } };
  const names = file.journey.lanes.map((lane) => lane["name"]);
  for (const lane of file.journey.lanes) delete lane["name"];
  return { names, rest: JSON.stringify(file) };
}

describe("GET /api/maps/:id/export of the audit files", () => {
  it.each(UNSEEN_NAMES)("gives %s back as the JSON document it was made from", async (name) => {
    const res = await download(`/api/maps/${map(name).id}/export?format=json`, map(name).tokens.view);
    expect(res.status).toBe(200);
    expect(res.type).toBe("application/json; charset=utf-8");
    expect(res.disposition).toMatch(/^attachment; filename="[^"]+\.json"; filename\*=UTF-8''.+\.json$/);
    const options = { withoutId: true, withoutFileExtras: true };
    // The limits file's lane name is cut by a known bug, held by the expected failure below.
    const [exported, original] = [utf8(res.bytes), unseenText(name)].map((text) =>
      name === "limits.de.journey.json" ? laneNamesApart(text).rest : text,
    );
    expect(comparable(exported!, options)).toEqual(comparable(original!, options));
    expect((JSON.parse(utf8(res.bytes)) as { journey: { id: string } }).journey.id).toBe(map(name).id);
  });

  // The validator counts a text's length in characters (code points); the document reader once cut at as many UTF-16
  // units, so this file's lane name of 200 characters, 🚗 among them, came back as 102.
  it("gives limits.de.journey.json back whole, with its lane name of 200 characters with emoji", async () => {
    const { id, tokens } = map("limits.de.journey.json");
    const res = await download(`/api/maps/${id}/export?format=json`, tokens.view);
    expect(laneNamesApart(utf8(res.bytes)).names).toEqual(laneNamesApart(unseenText("limits.de.journey.json")).names);
  });

  it.each([
    ["pdf", "a3", "application/pdf"],
    ["pdf", "a4", "application/pdf"],
    ["svg", "a3", "image/svg+xml; charset=utf-8"],
    ["svg", "a4", "image/svg+xml; charset=utf-8"],
    ["csv", "a3", "text/csv; charset=utf-8"],
  ] as const)(
    "prints the German motor claim as %s on %s with every umlaut and „quote“",
    async (format, paper, type) => {
      const created = map("motor-claim-measured.de.journey.json");
      const res = await download(
        `/api/maps/${created.id}/export?format=${format}&paper=${paper}`,
        created.tokens.comment,
      );
      expect(res.status).toBe(200);
      expect(res.type).toBe(type);
      const name = decodeURIComponent(res.disposition.split("UTF-8''")[1] ?? "");
      const suffix = format === "csv" ? ".csv" : ` (${paper.toUpperCase()}).${format}`;
      expect(name).toBe(`${titleOf("motor-claim-measured.de.journey.json")}${suffix}`);
      const wanted = ["Dr. Ilse Nußbaum", "Telefonanlage (ACD-Bericht „Wartezeit“)", "Partnermanagement Werkstätten"];
      let text: string;
      if (format === "pdf") {
        const pdf = await readPdf(res.bytes);
        expect(Math.round(pdf.sizes[0]![0])).toBe(paper === "a3" ? 1191 : 842);
        // As a reader copies it: a word the layout broke with a hyphen reads whole (ActualText).
        text = (await readPdfAsCopied(res.bytes)).join(" ");
      } else if (format === "svg") text = svgText(utf8(res.bytes));
      else text = readCsv(utf8(res.bytes).slice(1)).flat().join(" ");
      for (const w of format === "csv" ? wanted.slice(1) : wanted) expect(dense(text)).toContain(dense(w));
    },
  );

  it("refuses an unknown format or paper with 400 and a sentence, and a wrong token with 404", async () => {
    const created = map("one-stage-one-card.journey.json");
    const path = `/api/maps/${created.id}/export`;
    expect(await api(t.url, `${path}?format=docx`, { token: created.tokens.view })).toMatchObject({
      status: 400,
      body: { error: 'Unknown export format "docx"; use one of json, pdf, svg, csv, png.' },
    });
    expect(await api(t.url, `${path}?format=pdf&paper=letter`, { token: created.tokens.view })).toMatchObject({
      status: 400,
      body: { error: 'Paper must be "a3" or "a4".' },
    });
    expect((await api(t.url, `${path}?format=json`, { token: "nope" })).status).toBe(404);
  });
});

type CommentBody = { id: string; text: string; author: string; resolved: boolean; replies: { id: string }[] };

describe("comments on the German motor claim", () => {
  const name = "motor-claim-measured.de.journey.json";
  const post = (path: string, token: string, body: unknown, method = "POST") =>
    api(t.url, `/api/maps/${map(name).id}/comments${path}`, { method, token, body });

  it("lets the owner, an editor and a commenter comment on the map, a stage, a lane and a card, not a viewer", async () => {
    const { tokens } = map(name);
    const anchors = [{ kind: "map" }, { kind: "stage", id: "st_melden" }, { kind: "lane", id: "ln_aerger" }];
    const bodies = [
      [tokens.owner, anchors[0], "Jörg Weiß"],
      [tokens.edit, anchors[1], "Grit Straßer"],
      [tokens.comment, anchors[2], "Aylin Özdemir"],
      [tokens.comment, { kind: "card", id: "k_brief" }, "Aylin Özdemir"],
    ] as const;
    for (const [token, anchor, author] of bodies) {
      const res = await post("", token, { anchor, text: `„Prüfen“ – 12,50 € für ${author}?`, author });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ anchor, text: `„Prüfen“ – 12,50 € für ${author}?`, author, resolved: false });
    }
    const viewer = await post("", tokens.view, { anchor: { kind: "map" }, text: "Darf ich?", author: "Leser" });
    expect(viewer).toMatchObject({ status: 403, body: { error: "This link may read the map but not comment on it." } });
    expect((await post("", "falsch", { anchor: { kind: "map" }, text: "x", author: "y" })).status).toBe(404);
    const ghost = await post("", tokens.owner, { anchor: { kind: "card", id: "k_weg" }, text: "x", author: "Jörg" });
    expect(ghost.status).toBe(400);
  });

  it("lets a reply be added, the author and the owner resolve and edit, and only they delete", async () => {
    const { tokens } = map(name);
    const created = await post("", tokens.comment, {
      anchor: { kind: "card", id: "k_gutachter" },
      text: "Gutachter kam zu spät – Kundin verärgert.",
      author: "Kai Böhm",
    });
    const comment = created.body as CommentBody;
    const reply = await post(`/${comment.id}/replies`, tokens.edit, {
      text: "Ich kläre das mit Süd.",
      author: "Uwe Groß",
    });
    expect(reply).toMatchObject({ status: 201 });
    expect((await post(`/${comment.id}/replies`, tokens.view, { text: "x", author: "Leser" })).status).toBe(403);
    // A wrong token is told nothing about the map, whatever it asks.
    const wrong = "kein-gueltiges-token";
    expect((await post(`/${comment.id}/replies`, wrong, { text: "x", author: "Fremd" })).status).toBe(404);
    expect((await post(`/${comment.id}`, wrong, { resolved: true }, "PATCH")).status).toBe(404);
    expect((await post(`/${comment.id}`, wrong, undefined, "DELETE")).status).toBe(404);
    expect(
      (await post(`/${comment.id}`, map("unicode-rtl.journey.json").tokens.owner, undefined, "DELETE")).status,
    ).toBe(404);

    expect((await post(`/${comment.id}`, tokens.edit, { resolved: true }, "PATCH")).status).toBe(403);
    const resolved = await post(`/${comment.id}`, tokens.comment, { resolved: true }, "PATCH");
    expect(resolved).toMatchObject({ status: 200, body: { resolved: true } });
    const edited = await post(
      `/${comment.id}`,
      tokens.owner,
      { text: "Gutachter kam 2 h zu spät – „Termin“ ändern." },
      "PATCH",
    );
    expect(edited).toMatchObject({ status: 200, body: { text: "Gutachter kam 2 h zu spät – „Termin“ ändern." } });
    expect((await post(`/${comment.id}`, tokens.view, { resolved: false }, "PATCH")).status).toBe(403);

    expect(
      (await api(t.url, `/api/maps/${map(name).id}/comments/${comment.id}`, { method: "DELETE", token: tokens.edit }))
        .status,
    ).toBe(403);
    expect(
      (
        await api(t.url, `/api/maps/${map(name).id}/comments/${comment.id}`, {
          method: "DELETE",
          token: tokens.comment,
        })
      ).status,
    ).toBe(204);
    expect(
      (await api(t.url, `/api/maps/${map(name).id}/comments/${comment.id}`, { method: "DELETE", token: tokens.owner }))
        .status,
    ).toBe(404);
  });

  it("lets the owner resolve and delete a comment that came with the file, but not an editor", async () => {
    const { id, tokens } = map(name);
    expect((await post("/cm_1", tokens.edit, { resolved: true }, "PATCH")).status).toBe(403);
    expect(await post("/cm_1", tokens.owner, { resolved: true }, "PATCH")).toMatchObject({
      status: 200,
      body: { resolved: true, author: "Jörg Weiß" },
    });
    expect((await api(t.url, `/api/maps/${id}/comments/cm_3`, { method: "DELETE", token: tokens.edit })).status).toBe(
      403,
    );
    expect((await api(t.url, `/api/maps/${id}/comments/cm_3`, { method: "DELETE", token: tokens.owner })).status).toBe(
      204,
    );
    const exported = await api(t.url, `/api/maps/${id}/export?format=json`, { token: tokens.view });
    const comments = (exported.body as { journey: { comments: CommentBody[] } }).journey.comments;
    expect(comments.find((c) => c.id === "cm_1")).toMatchObject({ resolved: true, replies: [{ id: "rp_1" }] });
    expect(comments.some((c) => c.id === "cm_3")).toBe(false);
    expect(comments.some((c) => c.text === "„Prüfen“ – 12,50 € für Grit Straßer?")).toBe(true);
  });
});

describe("POST /api/maps/:id/links/:role/rotate on an audit map", () => {
  it("gives the owner a new edit link, ends the old one, and refuses everyone else", async () => {
    const { id, tokens } = map("b2b-onboarding-12-stages.en.journey.json");
    for (const token of [tokens.edit, tokens.comment, tokens.view]) {
      expect((await api(t.url, `/api/maps/${id}/links/edit/rotate`, { method: "POST", token })).status).toBe(403);
    }
    expect((await api(t.url, `/api/maps/${id}/links/edit/rotate`, { method: "POST", token: "nope" })).status).toBe(404);
    const rotated = await api(t.url, `/api/maps/${id}/links/edit/rotate`, { method: "POST", token: tokens.owner });
    expect(rotated.status).toBe(200);
    const { link, token } = rotated.body as { link: string; token: string };
    expect(link).toBe(`https://maps.example.org/m/${id}#token=${token}`);
    expect((await api(t.url, `/api/maps/${id}`, { token: tokens.edit })).status).toBe(404);
    expect(await api(t.url, `/api/maps/${id}`, { token })).toMatchObject({ status: 200, body: { role: "editor" } });
    expect((await api(t.url, `/api/maps/${id}`, { token: tokens.comment })).status).toBe(200);
  });
});
