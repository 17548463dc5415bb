// @vitest-environment jsdom
// What the Export menu says instead of making a file: a map still opening gives no file (its store holds an empty
// "Untitled map"), and an export whose files cannot be fetched (offline) is said in the interface language.
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as Y from "yjs";
import type { BrowserExportFormat, BrowserExportOptions } from "../../../src/export/browser";
import type { Journey } from "../../../src/doc";
import { PngTooLargeError } from "../../../src/export/pngSize";
import { ExportMenu } from "../../../src/features/export";
import { stateMessage } from "../../../src/features/export/useExport";
import { i18n } from "../../../src/i18n";
import { createMapStore, type MapStore } from "../../../src/store";
import { makeMap, renderWithStore, type TestMap } from "../helpers";

const { downloadExport } = vi.hoisted(() => ({
  downloadExport: vi.fn<(j: Journey, f: BrowserExportFormat, o?: BrowserExportOptions) => Promise<void>>(),
}));
vi.mock("../../../src/export/browser", () => ({ downloadExport }));

let map: TestMap;
let opening: MapStore | null = null;
beforeEach(() => {
  downloadExport.mockReset();
  downloadExport.mockResolvedValue(undefined);
  map = makeMap("owner", "I compare plans");
});
afterEach(async () => {
  map.store.destroy();
  opening?.destroy();
  opening = null;
  await i18n.changeLanguage("en");
});

async function choose(entry: string) {
  const user = userEvent.setup();
  await user.click(screen.getByRole("button", { name: /^(Export|Exportieren)/ }));
  const menu = screen.getByRole("menu");
  await user.click(within(menu).getByRole("menuitem", { name: entry }));
}

describe("the Export menu's refusals", () => {
  it("makes no file of a map whose document has not arrived yet and says it is still opening", async () => {
    // The editor's store before the server answered: an empty document, read as "Untitled map".
    opening = createMapStore({ doc: new Y.Doc(), role: "owner" });
    renderWithStore(opening, <ExportMenu />);
    await choose("JSON journey file");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The export did not work: the map is still opening. Try again once it shows.",
    );
    expect(downloadExport).not.toHaveBeenCalled();
  });

  it("exports a map whose title is blank (written so by an older client) as Untitled map", async () => {
    const doc = new Y.Doc();
    doc.getMap("meta").set("title", "   ");
    opening = createMapStore({ doc, role: "owner" });
    renderWithStore(opening, <ExportMenu />);
    await choose("JSON journey file");
    expect(downloadExport).toHaveBeenCalledTimes(1);
    expect(downloadExport.mock.calls[0]?.[0].title).toBe("Untitled map");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("exports the same map once its document is there", async () => {
    renderWithStore(map.store, <ExportMenu />);
    await choose("JSON journey file");
    expect(downloadExport).toHaveBeenCalledTimes(1);
    expect(downloadExport.mock.calls[0]?.[0].title).toBe("Phone plan");
  });

  it("says in German that the files could not be loaded when the browser cannot fetch them", async () => {
    await i18n.changeLanguage("de");
    downloadExport.mockRejectedValue(new TypeError("Failed to fetch"));
    renderWithStore(map.store, <ExportMenu />);
    await choose("PDF, A3 quer");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Der Export hat nicht geklappt: Die dafür nötigen Dateien ließen sich nicht vom Server laden.",
    );
    expect(alert).not.toHaveTextContent("Failed to fetch");
  });

  it("words a refusal and a finished export again when the interface language is switched", async () => {
    opening = createMapStore({ doc: new Y.Doc(), role: "owner" });
    const view = renderWithStore(opening, <ExportMenu />);
    await choose("JSON journey file");
    expect(await screen.findByRole("alert")).toHaveTextContent("the map is still opening");
    await act(() => i18n.changeLanguage("de"));
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Der Export hat nicht geklappt: Die Map wird noch geöffnet. Versuchen Sie es noch einmal, sobald sie zu sehen ist.",
    );
    view.unmount();
    await act(() => i18n.changeLanguage("en"));
    renderWithStore(map.store, <ExportMenu />);
    await choose("CSV measurement plan");
    expect(await screen.findByTestId("export-done")).toHaveTextContent("Exported: CSV measurement plan.");
    await act(() => i18n.changeLanguage("de"));
    expect(screen.getByTestId("export-done")).toHaveTextContent(
      "Exportiert: CSV-Messplan. Die Datei liegt bei Ihren Downloads.",
    );
  });

  it("still gives any other failure's own reason", async () => {
    downloadExport.mockRejectedValue(new Error("This browser cannot draw the PNG (no canvas)."));
    renderWithStore(map.store, <ExportMenu />);
    await choose("PNG image of the whole map");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The export did not work: This browser cannot draw the PNG (no canvas).",
    );
  });

  it("says in either language that a map is too big for one PNG, with its size and what to export instead", async () => {
    downloadExport.mockRejectedValue(new PngTooLargeError(19152, 437));
    renderWithStore(map.store, <ExportMenu />);
    await choose("PNG image of the whole map");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "The export did not work: the map is too big for one PNG image (19,152 × 437 pixels; a PNG may have 16,384 pixels a side and 64 million pixels). Export it as PDF or SVG, which split it into pages.",
    );
    await act(() => i18n.changeLanguage("de"));
    expect(alert).toHaveTextContent(
      "Der Export hat nicht geklappt: Die Map ist zu groß für ein PNG-Bild (19.152 × 437 Pixel; ein PNG darf 16.384 Pixel je Seite und 64 Millionen Pixel haben). Exportieren Sie sie als PDF oder SVG, die sie auf Seiten aufteilen.",
    );
  });

  it("says in either language that a file was made without its comments, which did not arrive", () => {
    const state = { kind: "withoutComments", label: "json" } as const;
    expect(stateMessage(state, i18n.getFixedT("en"))).toBe(
      "Exported: JSON journey file, but without its comments: they did not arrive from the server. The file is in your downloads; export again once the map is online to include them.",
    );
    expect(stateMessage(state, i18n.getFixedT("de"))).toBe(
      "Exportiert: JSON-Journey-Datei, aber ohne die Kommentare: Sie kamen nicht vom Server. Die Datei liegt bei Ihren Downloads; exportieren Sie noch einmal, sobald die Map online ist, um sie einzuschließen.",
    );
  });
});
