// @vitest-environment jsdom
// Renaming a stage or lane in place is shown to others as typing a card's title is: my presence says which one I
// rename until the typing ends (Enter, Escape, blur, the header deleted), and a header someone else renames carries
// their name tag ("Anna is editing"), in the interface's language.
import { act, cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Awareness } from "y-protocols/awareness";
import { deleteStage } from "../../src/doc/ops";
import { i18n } from "../../src/i18n";
import { makeMap, peerOf, stubBrowserApis, type TestMap } from "../features/helpers";
import { setPeerState } from "./peers";
import { renderCanvas } from "./renderCanvas";

beforeAll(() => {
  stubBrowserApis();
});
afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage("en"));
});

function canvasWithPresence(map: TestMap): Awareness {
  const awareness = new Awareness(map.doc);
  renderCanvas(map.store, undefined, { awareness });
  return awareness;
}

const stageName = (id: string): HTMLElement =>
  document.querySelector<HTMLElement>(`[data-testid="stage-${id}"] .stage-name`)!;
const renaming = (awareness: Awareness): unknown => awareness.getLocalState()?.["renaming"];
const tagOn = (id: string): HTMLElement | null =>
  document.querySelector<HTMLElement>(`[data-testid="renaming-tag"][data-header="${id}"]`);

describe("renaming a stage or lane, as others see it", () => {
  it("is in my presence while I type a stage's name, and leaves it on Enter, Escape and blur", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor");
    const stage = map.journey.stages[1]!;
    const awareness = canvasWithPresence(map);
    expect(renaming(awareness)).toBeNull();

    await user.dblClick(await screen.findByText(stage.name));
    expect(renaming(awareness)).toBe(stage.id);
    await user.keyboard("Schäden prüfen{Enter}");
    expect(map.read().stages[1]?.name).toBe("Schäden prüfen");
    expect(renaming(awareness)).toBeNull();

    await user.dblClick(stageName(stage.id));
    expect(renaming(awareness)).toBe(stage.id);
    await user.keyboard("Egal{Escape}");
    expect(renaming(awareness)).toBeNull();

    await user.dblClick(stageName(stage.id));
    await user.keyboard("Schäden melden");
    expect(renaming(awareness)).toBe(stage.id);
    await user.click(document.body);
    expect(map.read().stages[1]?.name).toBe("Schäden melden");
    expect(renaming(awareness)).toBeNull();
    awareness.destroy();
    map.store.destroy();
  });

  it("leaves my presence when a colleague deletes the stage whose name I type", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor");
    const stage = map.journey.stages[1]!;
    const fromPeer = peerOf(map);
    const awareness = canvasWithPresence(map);
    await user.dblClick(await screen.findByText(stage.name));
    await user.keyboard("Prüfen");
    expect(renaming(awareness)).toBe(stage.id);

    fromPeer((d) => deleteStage(d, stage.id));
    expect(screen.queryByDisplayValue("Prüfen")).toBeNull();
    expect(renaming(awareness)).toBeNull();
    awareness.destroy();
    map.store.destroy();
  });

  it("puts the name of whoever renames a lane on its header, in English and German, until they stop", async () => {
    const map = makeMap("editor");
    const lane = map.journey.lanes[2]!;
    const other = map.journey.lanes[0]!;
    const awareness = canvasWithPresence(map);
    await screen.findByText(lane.name);
    const jurgen = { user: { name: "Jürgen Groß", color: "#1971c2" } };

    setPeerState(awareness, 4242, { ...jurgen, renaming: lane.id });
    await waitFor(() => expect(tagOn(lane.id)).toHaveTextContent(/^Jürgen Groß is editing$/));
    expect(tagOn(lane.id)?.style.background).toBe("rgb(25, 113, 194)");
    expect(tagOn(other.id)).toBeNull();
    expect(document.querySelectorAll('[data-testid="renaming-tag"]')).toHaveLength(1);

    setPeerState(awareness, 4243, { user: { name: "Anna", color: "#2f9e44" }, renaming: lane.id });
    await waitFor(() => expect(tagOn(lane.id)).toHaveTextContent("Jürgen Groß is editing +1"));
    expect(tagOn(lane.id)).toHaveAttribute("title", "Jürgen Groß is editing, Anna is editing");
    await act(() => i18n.changeLanguage("de"));
    await waitFor(() => expect(tagOn(lane.id)).toHaveTextContent("Jürgen Groß bearbeitet +1"));

    setPeerState(awareness, 4243, { user: { name: "Anna", color: "#2f9e44" }, renaming: null });
    setPeerState(awareness, 4242, { ...jurgen, renaming: { id: lane.id } });
    await waitFor(() => expect(tagOn(lane.id)).toBeNull());
    awareness.destroy();
    map.store.destroy();
  });
});
