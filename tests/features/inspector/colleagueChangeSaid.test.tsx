// @vitest-environment jsdom
// A colleague changes the field I am in but have not typed into: the value changes under my cursor, so a screen reader
// is told politely who changed which field to what, once the changes have settled (one sentence for a burst), in
// English and German. Nothing is said for a field without the focus, for one I type in (its note says it), or for
// my own saving.
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import { setJourneyFields, updateCard } from "../../../src/doc/ops";
import { Inspector } from "../../../src/features/inspector";
import { SETTLE_MS } from "../../../src/features/inspector/changeSaid";
import { JourneyPanel } from "../../../src/features/journey/JourneyPanel";
import { lendAwareness } from "../../../src/features/presence/mapAwareness";
import { i18n } from "../../../src/i18n";
import { makeMap, peerOf, renderWithStore, type TestMap } from "../helpers";

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await act(() => i18n.changeLanguage("en"));
});

/** My page's presence, lent as the canvas lends it, with colleagues in it. */
function presence(map: TestMap) {
  const mine = new Awareness(map.doc);
  mine.setLocalState({ user: { name: "Me", color: "#1f77b4" } });
  const stopLending = lendAwareness(map.store, mine);
  const colleague = (name: string, state: Record<string, unknown>) => {
    const theirs = new Awareness(new Y.Doc());
    theirs.setLocalState({ user: { name, color: "#2ca02c" }, ...state });
    applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), "remote");
  };
  return { colleague, stop: () => stopLending() };
}

/** What the polite live region of `field` says. */
const saidAt = (field: HTMLElement) => field.closest(".field")?.querySelector('[aria-live="polite"]')?.textContent;

/** Every sentence the live region of `field` comes to hold from now on, in order. */
function listen(field: HTMLElement, region = field.closest(".field")?.querySelector('[aria-live="polite"]')): string[] {
  if (!region) throw new Error("the field has no live region");
  const heard: string[] = [];
  new MutationObserver(() => {
    if (region.textContent) heard.push(region.textContent);
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return heard;
}

const settle = () => act(async () => vi.advanceTimersByTime(SETTLE_MS));

function openCard(map: TestMap) {
  act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
  renderWithStore(map.store, <Inspector />);
}

describe("a colleague's change to the field under my focus", () => {
  it("is said once, naming them, when the changes of a burst have settled", async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const map = makeMap("editor", "I report the damage", { owner: "Claims" });
    const { colleague, stop } = presence(map);
    colleague("Anna", { selection: [map.cardId] });
    openCard(map);
    const owner = screen.getByRole("textbox", { name: "Owner inside the company" });
    await user.click(owner);
    const heard = listen(owner);

    const fromPeer = peerOf(map);
    fromPeer((d) => updateCard(d, map.cardId, { owner: "Customer" }));
    await act(async () => vi.advanceTimersByTime(SETTLE_MS / 2));
    fromPeer((d) => updateCard(d, map.cardId, { owner: "Customer serv" }));
    await act(async () => vi.advanceTimersByTime(SETTLE_MS / 2));
    fromPeer((d) => updateCard(d, map.cardId, { owner: "Customer service" }));
    expect(owner).toHaveValue("Customer service");
    // Nothing yet while the changes keep coming: a sentence per change would talk over itself.
    expect(saidAt(owner)).toBe("");
    await settle();
    expect(saidAt(owner)).toBe('Anna changed "Owner inside the company" to "Customer service".');
    expect(heard).toEqual(['Anna changed "Owner inside the company" to "Customer service".']);

    // A later change is said again, also when someone empties the field.
    fromPeer((d) => updateCard(d, map.cardId, { owner: undefined }));
    expect(saidAt(owner)).toBe("");
    await settle();
    expect(saidAt(owner)).toBe('Anna emptied "Owner inside the company".');
    stop();
    map.store.destroy();
  });

  it("is said in German, and names nobody when nobody's presence tells who", async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const map = makeMap("editor", "Ich melde den Schaden", { owner: "Schadenservice" });
    await act(() => i18n.changeLanguage("de"));
    openCard(map);
    const owner = screen.getByRole("textbox", { name: "Verantwortlich im Unternehmen" });
    await user.click(owner);
    peerOf(map)((d) => updateCard(d, map.cardId, { owner: "Leitung „Kundenservice“" }));
    await settle();
    expect(saidAt(owner)).toBe("Jemand hat „Verantwortlich im Unternehmen“ geändert in „Leitung ‚Kundenservice‘“.");
    map.store.destroy();
  });

  it("is said on a page that may only read, for a drop-down's value too, and not when the language changes", async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const map = makeMap("viewer", "I report the damage");
    const { colleague, stop } = presence(map);
    colleague("Jürgen Weiß", { selection: [map.cardId] });
    openCard(map);
    const channel = screen.getByRole("textbox", { name: "Channel" });
    await user.click(channel);
    peerOf(map)((d) => updateCard(d, map.cardId, { channel: "phone" }));
    await settle();
    expect(saidAt(channel)).toBe('Jürgen Weiß changed "Channel" to "Phone".');

    // The value read in German words is no change of its own; a colleague's next one is said in German.
    const heard = listen(channel);
    await act(() => i18n.changeLanguage("de"));
    expect(channel).toHaveValue("Telefon");
    await settle();
    expect(heard).toEqual([]);
    peerOf(map)((d) => updateCard(d, map.cardId, { channel: "email" }));
    await settle();
    expect(heard).toEqual(["Jürgen Weiß hat „Kanal“ geändert in „E-Mail“."]);
    stop();
    map.store.destroy();
  });

  it("is not said for a field without the focus, one I am typing in, or my own saving", async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const map = makeMap("editor", "I report the damage", { owner: "Claims", description: "Online" });
    openCard(map);
    const owner = screen.getByRole("textbox", { name: "Owner inside the company" });
    const description = screen.getByRole("textbox", { name: "Description" });
    const fromPeer = peerOf(map);

    await user.click(owner);
    fromPeer((d) => updateCard(d, map.cardId, { description: "Online form" }));
    await settle();
    expect(saidAt(description)).toBe("");

    await user.keyboard("{End} North");
    fromPeer((d) => updateCard(d, map.cardId, { owner: "Customer service" }));
    await settle();
    expect(saidAt(owner)).toBe("");
    expect(screen.getByRole("status")).toHaveTextContent("someone changed this field");

    await user.keyboard("{Escape}");
    await user.keyboard("{End} desk{Enter}");
    expect(map.read().cards[0]?.owner).toBe("Customer service desk");
    expect(owner).toHaveFocus();
    await settle();
    expect(saidAt(owner)).toBe("");
    map.store.destroy();
  });

  it("is said on an editor's drop-down, but not for my own choice or my undo of it", async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const map = makeMap("editor", "I report the damage");
    const { colleague, stop } = presence(map);
    colleague("Anna", { selection: [map.cardId] });
    openCard(map);
    const channel = screen.getByRole("combobox", { name: "Channel" });
    await user.selectOptions(channel, "Phone");
    expect(map.read().cards[0]?.channel).toBe("phone");
    await user.keyboard("{Control>}z{/Control}");
    expect(map.read().cards[0]?.channel).toBe("web");
    expect(channel).toHaveFocus();
    await settle();
    expect(saidAt(channel)).toBe("");

    peerOf(map)((d) => updateCard(d, map.cardId, { channel: "email" }));
    await settle();
    expect(saidAt(channel)).toBe('Anna changed "Channel" to "Email".');
    stop();
    map.store.destroy();
  });

  it("is said on an editor's checkbox, but not for my own ticks or my undo of them", async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const map = makeMap("editor", "I report the damage");
    const { colleague, stop } = presence(map);
    colleague("Anna", { selection: [map.cardId] });
    openCard(map);
    const box = screen.getByRole("checkbox", { name: "Moment of truth" });
    const region = box.closest("label")?.nextElementSibling;
    expect(region).toHaveAttribute("aria-live", "polite");
    act(() => box.focus());

    peerOf(map)((d) => updateCard(d, map.cardId, { momentOfTruth: { reason: "Price decides" } }));
    expect(box).toBeChecked();
    await settle();
    expect(region).toHaveTextContent('Anna changed "Moment of truth" to "Yes".');
    // The sentence stays beside the box's name, not in it.
    expect(box).toHaveAccessibleName("Moment of truth");

    const heard = listen(box, region);
    await user.keyboard(" ");
    expect(map.read().cards[0]?.momentOfTruth).toBeUndefined();
    await user.keyboard("{Control>}z{/Control}");
    expect(map.read().cards[0]?.momentOfTruth).toEqual({ reason: "Price decides" });
    expect(box).toHaveFocus();
    await settle();
    expect(heard).toEqual([]);
    stop();
    map.store.destroy();
  });

  it("names the colleague in that journey field, in the journey tab", async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const map = makeMap("editor");
    const { colleague, stop } = presence(map);
    colleague("Anna", { field: "journey:owner" });
    colleague("Ben", { field: "journey:title" });
    renderWithStore(map.store, <JourneyPanel />);
    const title = screen.getByRole("textbox", { name: "Title of the journey" });
    await user.click(title);
    peerOf(map)((d) => setJourneyFields(d, { title: "Mobilfunkvertrag" }));
    await settle();
    expect(saidAt(title)).toBe('Ben changed "Title of the journey" to "Mobilfunkvertrag".');
    stop();
    map.store.destroy();
  });
});
