// What a German visitor meets in the editor: every sentence in German, also when the link does not open a map.
import { describe, expect, it } from "vitest";
import { createMap, twoCardMapFile } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

describe("the editor in German", () => {
  it("tells a visitor with a wrong, an old or an unknown map's link why in German, not in English", async () => {
    const { app } = suite;
    const map = await createMap(app.url, twoCardMapFile());
    const context = await suite.newContext({ locale: "de-DE" });
    const page = await context.newPage();
    const rotated = await fetch(`${app.url}/api/maps/${map.id}/links/view/rotate`, {
      method: "POST",
      headers: { Authorization: `Bearer ${map.tokens.owner}` },
    });
    expect(rotated.status).toBe(200);
    const invalid = "Dieser Link gilt nicht (mehr). Bitten Sie den Eigentümer der Map um einen neuen Link.";
    for (const address of [
      `${app.url}/m/${map.id}#token=wrong-token`,
      map.links.view,
      `${app.url}/m/no-such-map#token=${map.tokens.edit}`,
    ]) {
      await page.goto(address);
      const error = page.getByTestId("page-error");
      await error.waitFor({ timeout: 10000 });
      expect(await error.innerText()).toBe(`${invalid}\n\nZurück zur Startseite`);
    }
  });
});
