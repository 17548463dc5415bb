// @vitest-environment jsdom
// Importing a journey file on the start page in German: the refusal's headline and each problem after its path are
// German; the paths stay as they are written in the file.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StartPage } from "../../src/app/StartPage";
import { startPageTests } from "./startPageSetup";

const EXAMPLE = readFileSync(resolve(import.meta.dirname, "../fixtures/phone-plan.journey.json"), "utf8");

let posted: string[] = [];

startPageTests(() => {
  posted = [];
  return vi.fn(async (_url: string, init: RequestInit) => {
    posted.push(String(init.body));
    return new Response("{}", { status: 500 });
  });
}, "de");

const fileOf = (content: BlobPart) => new File([content], "journey.json", { type: "application/json" });

async function refusalOf(content: BlobPart): Promise<{ headline: string; lines: string[] }> {
  const user = userEvent.setup();
  render(<StartPage />);
  await user.upload(screen.getByTestId("import-file"), fileOf(content));
  const alert = await screen.findByTestId("import-problem");
  expect(posted).toEqual([]);
  return {
    headline: alert.querySelector("p")?.textContent ?? "",
    lines: [...alert.querySelectorAll("li")].map((li) => li.textContent),
  };
}

/** A second import in the same test: a fresh start page. */
async function refusalOfAgain(content: BlobPart) {
  cleanup();
  return refusalOf(content);
}

describe("importing a journey file on the start page in German", () => {
  it("names every problem of an invalid file in German after its path", async () => {
    const file = JSON.parse(EXAMPLE) as { journey: { cards: Record<string, unknown>[] } };
    const [first, second, third] = file.journey.cards;
    if (!first || !second || !third) throw new Error("the example has fewer than three cards");
    first.stageId = "st_gone";
    second.laneId = "ln_gone";
    delete third.title;
    third.channel = "pigeon";
    const refusal = await refusalOf(JSON.stringify(file));
    expect(refusal).toEqual({
      headline: "Diese Datei ist keine gültige Outside-In-Journey: 4 Probleme.",
      lines: [
        "journey.cards[0].stageId: unbekannte Phase „st_gone“",
        "journey.cards[1].laneId: unbekannte Zeile „ln_gone“",
        "journey.cards[2].title: ist erforderlich",
        "journey.cards[2].channel: muss einer dieser Werte sein: „web“, „app“, „email“, „phone“, „chat“, „branch“, „letter“, „social“, „field“, „kiosk“, „partner“, „other“",
      ],
    });
  });

  it("says in German where a file is not JSON", async () => {
    expect(await refusalOf('{"format": "outside-in.journey",}')).toEqual({
      headline:
        "Diese Datei ist kein gültiges JSON (Zeile 1, Spalte 33): ein Komma direkt vor „}“: Nach dem letzten Feld steht kein Komma.",
      lines: [],
    });
    expect((await refusalOfAgain("Titel;Phase\nUmzug;1\n")).headline).toBe(
      "Diese Datei ist kein gültiges JSON (Zeile 1, Spalte 1): „Titel“ ist kein Wert: Nur true, false und null stehen ohne Anführungszeichen.",
    );
  });

  it("says in German that a file is empty", async () => {
    expect(await refusalOf("  \n")).toEqual({
      headline: "Diese Datei ist leer: Eine Journey-Datei ist ein JSON-Dokument.",
      lines: [],
    });
  });

  it("says in German where a file saved as Windows-1252 is not UTF-8", async () => {
    const german = EXAMPLE.replace('"Switch to a new phone plan"', '"Tarifwechsel für Ältere"');
    const bytes = Uint8Array.from(german, (ch) => ch.charCodeAt(0));
    const { headline } = await refusalOf(bytes);
    expect(headline).toMatch(
      /^Diese Datei ist kein UTF-8-Text \(Zeile \d+, Spalte \d+\); eine Journey-Datei ist UTF-8\. Speichern Sie sie als UTF-8 und versuchen Sie es noch einmal\.$/,
    );
  });

  it("says in German that a file is of another format or a newer version", async () => {
    const file = JSON.parse(EXAMPLE) as Record<string, unknown>;
    expect(await refusalOf(JSON.stringify({ ...file, format: "miro.board" }))).toEqual({
      headline: "Dies ist keine Outside-In-Journey-Datei: Das Feld „format“ muss „outside-in.journey“ sein.",
      lines: ["format: muss „outside-in.journey“ sein"],
    });
    expect((await refusalOfAgain(JSON.stringify({ ...file, version: 3 }))).headline).toBe(
      "Diese Datei wurde von einer neueren Version von Outside-In geschrieben (Formatversion 3); diese Version liest Version 1.",
    );
  });
});
