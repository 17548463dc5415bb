// @vitest-environment jsdom
// Why a map cannot be opened, or why access ended, is told in the interface language.
import { afterEach, describe, expect, it, vi } from "vitest";
import { screen } from "@testing-library/react";
import { createInstance } from "i18next";
import { AccessLostBanner } from "../../../src/features/presence/AccessLostBanner";
import { sessionMessage } from "../../../src/features/presence/sessionMessage";
import { presenceStrings } from "../../../src/features/presence/strings";
import { LINK_INVALID, LINK_REPLACED, UNSENT_EXPORT, UNSENT_KEPT, accessLostMessage } from "../../../src/sync";
import { fetchMapInfo } from "../../../src/sync/mapInfo";
import * as Y from "yjs";
import { SCHEMA_VERSION, migrate } from "../../../src/doc";
import { renderWithI18n } from "./renderWithI18n";

function german() {
  const i18n = createInstance();
  void i18n.init({
    lng: "de",
    initAsync: false,
    interpolation: { escapeValue: false },
    resources: { de: { translation: presenceStrings.de }, en: { translation: presenceStrings.en } },
  });
  return i18n.t;
}

/** The sentence fetchMapInfo rejects with when fetch answers as given. */
async function openingFails(answer: () => Promise<Response>): Promise<string> {
  vi.stubGlobal("fetch", vi.fn(answer));
  const error: unknown = await fetchMapInfo("http://x", "m1", "t").then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof Error)) throw new Error("opening the map did not fail");
  return error.message;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the session's sentences", () => {
  it("are German in a German interface for every close code that ends access", () => {
    const t = german();
    const expected: [string | null, string][] = [
      [accessLostMessage(4401, false), "Dieser Link gilt nicht (mehr)."],
      [accessLostMessage(4401, true), "Der Eigentümer der Map hat diesen Link ersetzt"],
      [accessLostMessage(4403, true), "Mit diesem Link lässt sich die Map nicht ändern."],
      [accessLostMessage(4404, true), "Diese Map gibt es nicht (mehr)."],
      [accessLostMessage(4413, true), "Ihre letzte Änderung war zu groß für den Server"],
      [accessLostMessage(4499, true), "Der Server hat die Verbindung beendet (Code 4499)."],
    ];
    for (const [english, words] of expected) {
      expect(english).not.toBeNull();
      expect(sessionMessage(english ?? "", t)).toContain(words);
    }
  });

  it("are German when a map cannot be opened: a wrong link, no server, a server error, an odd answer", async () => {
    const t = german();
    const wrong = await openingFails(async () => new Response("{}", { status: 404 }));
    expect(sessionMessage(wrong, t)).toBe(
      "Dieser Link gilt nicht (mehr). Bitten Sie den Eigentümer der Map um einen neuen Link.",
    );
    const offline = await openingFails(() => Promise.reject(new TypeError("Failed to fetch")));
    expect(sessionMessage(offline, t)).toMatch(/^Der Server ist nicht erreichbar\./);
    const broken = await openingFails(async () => new Response("{}", { status: 502 }));
    expect(sessionMessage(broken, t)).toMatch(/^Der Server konnte diese Map nicht öffnen \(HTTP 502\)\./);
    const odd = await openingFails(async () => new Response("[]", { status: 200 }));
    expect(sessionMessage(odd, t)).toMatch(/^Der Server hat eine Antwort geschickt, die diese App nicht versteht\./);
  });

  it("stay as they came in English, and a sentence without a translation is shown as it is", () => {
    const i18n = createInstance();
    void i18n.init({ lng: "en", initAsync: false, resources: { en: { translation: presenceStrings.en } } });
    expect(sessionMessage(LINK_INVALID, i18n.t)).toBe(LINK_INVALID);
    expect(sessionMessage("Something new happened.", german())).toBe("Something new happened.");
  });

  it("say in German that changes this page could not send are kept, after why access ended", () => {
    expect(sessionMessage(`${LINK_REPLACED} ${UNSENT_KEPT}`, german())).toBe(
      "Der Eigentümer der Map hat diesen Link ersetzt; bitten Sie um den neuen. " +
        "Änderungen, die diese Seite nicht senden konnte, bleiben in diesem Browser: " +
        "Öffnen Sie die Map hier mit einem neuen Bearbeiten-Link, um sie zu senden.",
    );
  });

  it("say in German that changes are still on the page, to be exported, when the map is gone", () => {
    expect(sessionMessage(`${accessLostMessage(4404, true)} ${UNSENT_EXPORT}`, german())).toBe(
      "Diese Map gibt es nicht (mehr). Bitten Sie den Eigentümer der Map um einen neuen Link. " +
        "Änderungen, die diese Seite nicht senden konnte, sind noch auf dieser Seite: " +
        "Exportieren Sie die Map als JSON und importieren Sie sie auf der Startseite, um sie zu behalten.",
    );
  });

  it("show in the access-lost banner in German", () => {
    renderWithI18n(<AccessLostBanner message={accessLostMessage(4401, true)} />, "de");
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Kein Zugriff mehrDer Eigentümer der Map hat diesen Link ersetzt; bitten Sie um den neuen.",
    );
  });

  it("say in German that the map was written by a newer version, also with unsent changes kept", () => {
    const doc = new Y.Doc();
    doc.getMap("meta").set("schemaVersion", SCHEMA_VERSION + 1);
    let message = "";
    try {
      migrate(doc);
    } catch (error) {
      message = error instanceof Error ? error.message : "";
    }
    const sentence = `Diese Map wurde mit einer neueren Version von Outside-In geschrieben (Schema ${SCHEMA_VERSION + 1}); diese Version liest nur bis Schema ${SCHEMA_VERSION}.`;
    expect(sessionMessage(message, german())).toBe(sentence);
    expect(sessionMessage(`${message} ${UNSENT_KEPT}`, german())).toBe(
      `${sentence} Änderungen, die diese Seite nicht senden konnte, bleiben in diesem Browser: ` +
        "Öffnen Sie die Map hier mit einem neuen Bearbeiten-Link, um sie zu senden.",
    );
  });
});
