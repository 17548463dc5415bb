// @vitest-environment jsdom
// Anna and I pick the same card's channel at the same moment: Yjs keeps hers on both pages, and my page keeps mine in
// a notice that names her (a measurement point's drop-down the same way) and says mine in the interface's words, with Use mine and Discard (nothing to copy). Two
// pages: mine, and the colleague's own copy (its client id higher than mine, so its choice wins) and presence.
import { act, cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setMeasurement, updateCard } from "../../../src/doc/ops";
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

describe("a choice I made that a colleague's choice at the same moment won over", () => {
  it("is kept in a notice naming them and my channel, and Use mine writes it back", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "Ich buche „schnell“");
    const mine = myPage(map);
    const anna = colleague(map, mine, "Anna Müller");

    save(map, (d) => updateCard(d, map.cardId, { channel: "phone" }));
    updateCard(anna.doc, map.cardId, { channel: "email" });
    anna.meet();
    expect(map.read().cards[0]!.channel).toBe("email");

    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent(
      "Anna Müller's change to “Channel” of the card “Ich buche ‘schnell’” at the same moment won; yours was:",
    );
    expect(within(notice).getByLabelText("Your choice (Channel)")).toHaveValue("Phone");
    expect(within(notice).queryByRole("button", { name: "Copy" })).toBeNull();
    expect(within(notice).getByRole("button", { name: "Discard mine" })).toBeInTheDocument();
    await user.click(within(notice).getByRole("button", { name: "Use mine" }));
    expect(map.read().cards[0]!.channel).toBe("phone");
    expect(screen.queryByTestId("kept-text")).toBeNull();
    map.store.destroy();
  });

  it("is said in German, with my emotion in German, and goes when discarded", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "Ich zahle");
    await act(() => i18n.changeLanguage("de"));
    const mine = myPage(map);
    const joerg = colleague(map, mine, "Jörg");

    save(map, (d) => updateCard(d, map.cardId, { emotion: -1 }));
    updateCard(joerg.doc, map.cardId, { emotion: 2 });
    joerg.meet();

    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent(
      "Jörg hat „Gefühl“ der Karte „Ich zahle“ zur selben Zeit geändert wie Sie, und diese Änderung hat sich " +
        "durchgesetzt; Ihre war:",
    );
    const kept = within(notice).getByLabelText("Ihre Auswahl (Gefühl)");
    expect(kept).toHaveValue("Unzufrieden");
    expect(kept).toHaveAttribute("lang", "de");
    expect(within(notice).getByRole("button", { name: "Meine verwenden" })).toBeInTheDocument();
    await user.click(within(notice).getByRole("button", { name: "Meine verwerfen" }));
    expect(screen.queryByTestId("kept-text")).toBeNull();
    expect(map.read().cards[0]!.emotion).toBe(2);
    map.store.destroy();
  });

  it("keeps the direction of a measurement point I set, in German, and Meine verwenden writes it back", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "Ich bewerte", { measurement: { metric: "CSAT" } });
    await act(() => i18n.changeLanguage("de"));
    const mine = myPage(map);
    const anna = colleague(map, mine, "Anna");

    save(map, (d) => setMeasurement(d, map.cardId, { metric: "CSAT", direction: "higher" }));
    setMeasurement(anna.doc, map.cardId, { metric: "CSAT", direction: "lower" });
    anna.meet();

    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent("Anna hat „Besser ist“ der Karte „Ich bewerte“ zur selben Zeit geändert wie Sie");
    expect(within(notice).getByLabelText("Ihre Auswahl (Besser ist)")).toHaveValue("Höher");
    await user.click(within(notice).getByRole("button", { name: "Meine verwenden" }));
    expect(map.read().cards[0]!.measurement).toEqual({ metric: "CSAT", direction: "higher" });
    expect(screen.queryByTestId("kept-text")).toBeNull();
    map.store.destroy();
  });
});
