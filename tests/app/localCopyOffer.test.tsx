// @vitest-environment jsdom
// A map page that cannot open its map (no token, a replaced link, a map gone from the server) offers the copy this
// browser keeps of it as a journey file that imports again: offline work is never out of reach.
import "fake-indexeddb/auto";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { EditorPage } from "../../src/app/EditorPage";
import { parseJourneyText } from "../../src/format";
import { i18n, initI18n } from "../../src/i18n";
import { keepLocalCopy, keptJourney } from "../sync/localCopyFixture";

let saved: Blob[] = [];
const createObjectURL = URL.createObjectURL;
const revokeObjectURL = URL.revokeObjectURL;

beforeEach(async () => {
  initI18n("en");
  await i18n.changeLanguage("en");
  saved = [];
  URL.createObjectURL = (blob: Blob) => {
    saved.push(blob);
    return "blob:saved";
  };
  URL.revokeObjectURL = () => undefined;
});

afterEach(() => {
  cleanup();
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
});

describe("the copy this browser keeps of a map it cannot open", () => {
  it("is offered under the page's sentence and saved as a journey file that imports again", async () => {
    await keepLocalCopy("offer-map", keptJourney);
    const user = userEvent.setup();
    render(<EditorPage mapId="offer-map" token={null} />);
    const save = await screen.findByRole("button", { name: "Save this browser's copy (JSON)" });
    expect(screen.getByTestId("page-error")).toHaveTextContent(
      "This browser keeps a copy of “Schadenmeldung ‘Kfz’” from your last visit (1 card)",
    );
    await user.click(save);
    expect(saved).toHaveLength(1);
    const parsed = parseJourneyText(await saved[0]!.text());
    if (!parsed.ok) throw new Error(`not a valid journey file: ${JSON.stringify(parsed)}`);
    expect(parsed.file.journey.title).toBe("Schadenmeldung „Kfz“");
    expect(parsed.file.journey.cards.map((c) => c.title)).toEqual(["Ich melde den Schaden über 500 €"]);
  });

  it("speaks German on a German page", async () => {
    await keepLocalCopy("offer-de", keptJourney);
    await i18n.changeLanguage("de");
    render(<EditorPage mapId="offer-de" token={null} />);
    expect(await screen.findByRole("button", { name: "Kopie dieses Browsers speichern (JSON)" })).toBeVisible();
    expect(screen.getByTestId("page-error")).toHaveTextContent("(1 Karte)");
  });

  it("is not offered when this browser keeps no copy of the map", async () => {
    render(<EditorPage mapId="not-here" token={null} />);
    expect(screen.getByTestId("page-error")).toBeVisible();
    // The copy is looked for asynchronously: give it time to answer before saying it offered nothing.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.queryByTestId("local-copy")).toBeNull();
  });
});
