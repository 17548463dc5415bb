// @vitest-environment jsdom
// Anna and I save the same card's title at the same moment: Yjs keeps hers on both pages, and my page keeps mine in a
// notice that names her, with Copy, Use mine and Discard. An observed value I added to a card a colleague deleted at
// the same moment is kept too, written as the interface writes it, and the card goes back with it and its channel.
// Two pages: mine, and the colleague's own copy (its client id higher than mine, so its value wins) and presence.
import { act, cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { deleteCards, setMeasurement, updateCard, updateStage } from "../../../src/doc/ops";
import { i18n } from "../../../src/i18n";
import { makeMap, stubBrowserApis } from "../helpers";
import { colleague, myPage, save } from "./twoPages";

beforeAll(() => {
  stubBrowserApis();
});

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

describe("a text I saved that a colleague's change to the same field at the same moment won over", () => {
  it("offers only to copy it once the card is gone", async () => {
    const map = makeMap("editor", "Ich zahle");
    const mine = myPage(map);
    const anna = colleague(map, mine, "Anna");

    save(map, (d) => updateCard(d, map.cardId, { owner: "Kasse" }));
    updateCard(anna.doc, map.cardId, { owner: "Buchhaltung" });
    anna.meet();
    const notice = await screen.findByTestId("kept-text");
    expect(within(notice).getByRole("button", { name: "Use mine" })).toBeInTheDocument();
    deleteCards(anna.doc, [map.cardId]);
    anna.meet();
    expect(within(notice).queryByRole("button", { name: "Use mine" })).toBeNull();
    expect(within(notice).getByRole("button", { name: "Copy" })).toBeInTheDocument();
    map.store.destroy();
  });

  it("is kept in a notice naming them, and Use mine writes it back", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "Ich zahle");
    const mine = myPage(map);
    const anna = colleague(map, mine, "Anna Müller");

    save(map, (d) => updateCard(d, map.cardId, { title: "Ich zahle per Rechnung „später“ ß €" }));
    updateCard(anna.doc, map.cardId, { title: "Ich zahle bar" });
    anna.meet();
    expect(map.read().cards[0]!.title).toBe("Ich zahle bar");

    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent(
      "Anna Müller's change to “Title” of the card “Ich zahle bar” at the same moment won; yours was:",
    );
    expect(within(notice).getByLabelText("Your text (Title)")).toHaveValue("Ich zahle per Rechnung „später“ ß €");
    await user.click(within(notice).getByRole("button", { name: "Copy" }));
    expect(await navigator.clipboard.readText()).toBe("Ich zahle per Rechnung „später“ ß €");
    await user.click(within(notice).getByRole("button", { name: "Use mine" }));
    expect(map.read().cards.map((c) => c.title)).toEqual(["Ich zahle per Rechnung „später“ ß €"]);
    expect(screen.queryByTestId("kept-text")).toBeNull();
    map.store.destroy();
  });

  it("names the stage by the name that won when its name is what we both changed", async () => {
    const map = makeMap("editor");
    const stageId = map.journey.stages[0]!.id;
    const mine = myPage(map);
    const anna = colleague(map, mine, "Anna");

    save(map, (d) => updateStage(d, stageId, { name: "Before the visit" }));
    updateStage(anna.doc, stageId, { name: "Booking" });
    anna.meet();

    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent(
      "Anna's change to “Name of the stage” of the stage “Booking” at the same moment won; yours was:",
    );
    expect(within(notice).getByRole("textbox")).toHaveValue("Before the visit");
    map.store.destroy();
  });

  it("is said in German, and goes when discarded", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "Ich zahle");
    await act(() => i18n.changeLanguage("de"));
    const mine = myPage(map);
    const joerg = colleague(map, mine, "Jörg");

    save(map, (d) => updateCard(d, map.cardId, { description: "Ich will „früh“ zahlen" }));
    updateCard(joerg.doc, map.cardId, { description: "Abends" });
    joerg.meet();

    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent(
      "Jörg hat „Beschreibung“ der Karte „Ich zahle“ zur selben Zeit geändert wie Sie, und diese Änderung hat sich " +
        "durchgesetzt; Ihre war:",
    );
    expect(within(notice).getByRole("button", { name: "Meine verwenden" })).toBeInTheDocument();
    await user.click(within(notice).getByRole("button", { name: "Meinen Text verwerfen" }));
    expect(screen.queryByTestId("kept-text")).toBeNull();
    expect(map.read().cards[0]!.description).toBe("Abends");
    map.store.destroy();
  });
});

describe("an observed value I added to a card a colleague deleted at the same moment", () => {
  it("goes back with my title in one card: putting one notice's card back lets the other go too", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "Ich bewerte", { measurement: { metric: "CSAT" } });
    const mine = myPage(map);
    const anna = colleague(map, mine, "Anna");

    save(map, (d) => updateCard(d, map.cardId, { title: "Ich bewerte den Service" }));
    save(map, (d) =>
      setMeasurement(d, map.cardId, { metric: "CSAT", observations: [{ date: "2026-12-03", value: 4 }] }),
    );
    deleteCards(anna.doc, [map.cardId]);
    anna.meet();

    const notices = await screen.findAllByTestId("kept-text");
    expect(notices.map((n) => within(n).getByRole("textbox"))).toEqual([
      expect.objectContaining({ value: "Ich bewerte den Service" }),
      expect.objectContaining({ value: "Dec 3, 2026: 4" }),
    ]);
    await user.click(within(notices[1]!).getByRole("button", { name: "Put it back as a new card" }));
    expect(map.read().cards).toEqual([
      expect.objectContaining({
        title: "Ich bewerte den Service",
        measurement: { metric: "CSAT", observations: [{ date: "2026-12-03", value: 4 }] },
      }),
    ]);
    expect(screen.queryByTestId("kept-text")).toBeNull();
    map.store.destroy();
  });

  it("is kept as the German interface writes it, and the card goes back with it and its channel", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "Ich bewerte den Service", { measurement: { metric: "CSAT" } });
    await act(() => i18n.changeLanguage("de"));
    const mine = myPage(map);
    const anna = colleague(map, mine, "Anna");

    save(map, (d) => updateCard(d, map.cardId, { channel: "phone" }));
    save(map, (d) =>
      setMeasurement(d, map.cardId, { metric: "CSAT", observations: [{ date: "2026-12-03", value: 4.2, n: 31 }] }),
    );
    deleteCards(anna.doc, [map.cardId]);
    anna.meet();
    expect(map.read().cards).toEqual([]);

    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent("Jemand hat die Karte „Ich bewerte den Service“ gelöscht");
    const kept = within(notice).getByLabelText("Ihr Text (Gemessene Werte)");
    expect(kept).toHaveValue("03.12.2026: 4,2 (n = 31)");
    // Written out in the interface's German on an English map, and said so to a screen reader.
    expect(kept).toHaveAttribute("lang", "de");
    await user.click(within(notice).getByRole("button", { name: "Als neue Karte wiederherstellen" }));
    expect(map.read().cards).toEqual([
      expect.objectContaining({
        title: "Ich bewerte den Service",
        channel: "phone",
        measurement: { metric: "CSAT", observations: [{ date: "2026-12-03", value: 4.2, n: 31 }] },
      }),
    ]);
    expect(screen.queryByTestId("kept-text")).toBeNull();
    map.store.destroy();
  });

  it("keeps a card whose channel, emotion and mark alone I changed, named in German, to put it back whole", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "Ich rufe an");
    await act(() => i18n.changeLanguage("de"));
    const mine = myPage(map);
    const anna = colleague(map, mine, "Anna");

    save(map, (d) => updateCard(d, map.cardId, { channel: "phone", emotion: -1, momentOfTruth: { reason: "" } }));
    deleteCards(anna.doc, [map.cardId]);
    anna.meet();

    const notice = await screen.findByTestId("kept-text");
    expect(within(notice).getByLabelText("Ihr Text (Kanal, Gefühl und Markierungen)")).toHaveValue(
      "Kanal: Telefon\nGefühl: Unzufrieden\nMoment der Wahrheit",
    );
    await user.click(within(notice).getByRole("button", { name: "Als neue Karte wiederherstellen" }));
    expect(map.read().cards).toEqual([
      expect.objectContaining({ title: "Ich rufe an", channel: "phone", emotion: -1, momentOfTruth: { reason: "" } }),
    ]);
    map.store.destroy();
  });
});
