// The sentence for a failed server call in both languages, and the English sentence it quotes.
import { describe, expect, it } from "vitest";
import { createInstance, type TFunction } from "i18next";
import { resources } from "../../../src/i18n";
import { serverFailure } from "../../../src/features/dialog/serverFailure";
import { ServerCallError } from "../../../src/sync/serverCall";

async function tIn(language: "en" | "de"): Promise<TFunction> {
  const i18n = createInstance();
  await i18n.init({ lng: language, resources, interpolation: { escapeValue: false } });
  return i18n.t;
}

describe("serverFailure", () => {
  it("says in German what went wrong, quoting the server's English sentence", async () => {
    const t = await tIn("de");
    const refused = new ServerCallError("refused", 403, "Only the map's owner may replace its links.");
    expect(serverFailure(refused, t)).toEqual({
      text: "Der Server hat abgelehnt (HTTP 403) und sagt auf Englisch: „Only the map's owner may replace its links.“",
      english: "Only the map's owner may replace its links.",
    });
    expect(serverFailure(new ServerCallError("refused", 502), t)).toEqual({
      text: "Der Server hat abgelehnt (HTTP 502).",
    });
    expect(serverFailure(new ServerCallError("network"), t).text).toMatch(/^Der Server ist nicht erreichbar\./);
    expect(serverFailure(new ServerCallError("answer", 200), t).text).toBe(
      "Der Server hat eine Antwort geschickt, die diese App nicht versteht.",
    );
  });

  it("gives the server's sentence as it came in English, and an unexpected error's own message", async () => {
    const t = await tIn("en");
    expect(serverFailure(new ServerCallError("refused", 429, "Too many versions saved; wait a minute."), t)).toEqual({
      text: "Too many versions saved; wait a minute.",
      english: "Too many versions saved; wait a minute.",
    });
    expect(serverFailure(new Error("Something odd"), t)).toEqual({ text: "Something odd", english: "Something odd" });
  });
});
