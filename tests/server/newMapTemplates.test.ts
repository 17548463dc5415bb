// The start page offers its templates from the app's own list: each one it offers is one the server builds, in both
// languages, under the title given (German typography intact), so no choice on the page is refused as unknown; a Swiss
// German map (de-CH, de-LI) gets the template with ss for ß, as Swiss German is written.
import { TEMPLATE_CHOICES } from "../../src/app/templateChoices";
import { getTemplate } from "../../src/templates";
import { api, createdSchema, startTestServer, type TestServer } from "./helpers";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.stop();
});

const exportedSchema = (body: unknown) =>
  body as { journey: { title: string; language: string; cards: { title: string }[] } };

describe("POST /api/maps with each template the start page offers", () => {
  it.each(TEMPLATE_CHOICES.flatMap((c) => (["de", "en"] as const).map((language) => [c.id, language] as const)))(
    "creates %s in %s with the template's cards under the title given",
    async (template, language) => {
      const title = "Workshop „Kundensicht“ – Größe & 5 €";
      const res = await api(t.url, "/api/maps", { method: "POST", body: { title, template, language } });
      expect(res.status).toBe(201);
      const created = createdSchema.parse(res.body);
      const exported = await api(t.url, `/api/maps/${created.id}/export?format=json`, { token: created.tokens.owner });
      const { journey } = exportedSchema(exported.body);
      expect(journey.title).toBe(title);
      expect(journey.language).toBe(language);
      expect(journey.cards.map((c) => c.title)).toEqual(getTemplate(template, language)?.cards.map((c) => c.title));
    },
  );
});

describe("POST /api/maps with a template for Swiss German", () => {
  it.each(["de-CH", "de-LI", "de-Latn-CH"])(
    "writes ss for ß in the template's texts for %s, and keeps the title as written",
    async (language) => {
      const title = "Rücksendung Grösse/Größe";
      const res = await api(t.url, "/api/maps", {
        method: "POST",
        body: { title, template: "online-purchase-return", language },
      });
      expect(res.status).toBe(201);
      const created = createdSchema.parse(res.body);
      const exported = await api(t.url, `/api/maps/${created.id}/export?format=json`, {
        token: created.tokens.owner,
      });
      const { journey } = exportedSchema(exported.body);
      expect(journey.title).toBe(title);
      expect(journey.language).toBe(language);
      const german = getTemplate("online-purchase-return", "de")?.cards.map((c) => c.title) ?? [];
      expect(german.some((c) => c.includes("ß"))).toBe(true);
      expect(journey.cards.map((c) => c.title)).toEqual(german.map((c) => c.replace(/ß/g, "ss")));
      expect(JSON.stringify({ ...journey, title: "" })).not.toContain("ß");
    },
  );

  it("keeps ß for German as written in Germany and Austria", async () => {
    for (const language of ["de", "de-DE", "de-AT"]) {
      const res = await api(t.url, "/api/maps", {
        method: "POST",
        body: { title: "Rücksendung", template: "online-purchase-return", language },
      });
      const created = createdSchema.parse(res.body);
      const exported = await api(t.url, `/api/maps/${created.id}/export?format=json`, {
        token: created.tokens.owner,
      });
      expect(exportedSchema(exported.body).journey.cards.map((c) => c.title)).toEqual(
        getTemplate("online-purchase-return", "de")?.cards.map((c) => c.title),
      );
    }
  });
});
