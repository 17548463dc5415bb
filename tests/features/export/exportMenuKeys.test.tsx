// @vitest-environment jsdom
// The Export menu by keyboard and screen reader: Up on the button opens it on its last entry, a letter goes to the
// next entry starting with it (in German too), and a running export is said once, not at every page's percentage.
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { BrowserExportFormat, BrowserExportOptions } from "../../../src/export/browser";
import type { Journey } from "../../../src/doc";
import { ExportMenu } from "../../../src/features/export";
import { i18n } from "../../../src/i18n";
import { makeMap, renderWithStore, type TestMap } from "../helpers";

const { downloadExport } = vi.hoisted(() => ({
  downloadExport: vi.fn<(j: Journey, f: BrowserExportFormat, o?: BrowserExportOptions) => Promise<void>>(),
}));
vi.mock("../../../src/export/browser", () => ({ downloadExport }));

let map: TestMap;
beforeEach(() => {
  downloadExport.mockReset();
  downloadExport.mockResolvedValue(undefined);
  map = makeMap("owner", "I compare plans");
});
afterEach(async () => {
  cleanup();
  map.store.destroy();
  await act(() => i18n.changeLanguage("en"));
});

/** What a screen reader reads of an element: its text without the parts hidden from it. */
function spoken(el: Element): string {
  const walk = (node: Node): string =>
    node instanceof Element && node.getAttribute("aria-hidden") === "true"
      ? ""
      : node.nodeType === Node.TEXT_NODE
        ? (node.textContent ?? "")
        : [...node.childNodes].map(walk).join("");
  return walk(el).trim();
}

describe("the Export menu by keyboard", () => {
  it("opens on the last entry with Up, and gives the focus back to the button on Escape", async () => {
    const user = userEvent.setup();
    renderWithStore(map.store, <ExportMenu />);
    const button = screen.getByRole("button", { name: "Export" });
    button.focus();
    await user.keyboard("{ArrowUp}");
    expect(screen.getByRole("menuitem", { name: "JSON journey file" })).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(screen.getByRole("menuitem", { name: "CSV measurement plan for Excel (semicolons)" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("menu")).toBeNull();
    expect(button).toHaveFocus();
  });

  it("goes to the next entry starting with a typed letter, the ticked comments choice too", async () => {
    const user = userEvent.setup();
    renderWithStore(map.store, <ExportMenu />);
    screen.getByRole("button", { name: "Export" }).focus();
    await user.keyboard("{ArrowDown}");
    await user.keyboard(" ");
    expect(screen.getByRole("menuitemcheckbox", { name: "Include comments" })).toHaveAttribute("aria-checked", "true");
    await user.keyboard("c");
    expect(screen.getByRole("menuitem", { name: "CSV measurement plan" })).toHaveFocus();
    await user.keyboard("c");
    expect(screen.getByRole("menuitem", { name: "CSV measurement plan for Excel (semicolons)" })).toHaveFocus();
    await user.keyboard("i");
    expect(screen.getByRole("menuitemcheckbox", { name: "Include comments" })).toHaveFocus();
    await user.keyboard("j{Enter}");
    expect(downloadExport).toHaveBeenCalledWith(expect.anything(), "json", expect.anything());
  });

  it("goes by the German names in a German interface", async () => {
    const user = userEvent.setup();
    await act(() => i18n.changeLanguage("de"));
    renderWithStore(map.store, <ExportMenu />);
    screen.getByRole("button", { name: "Exportieren" }).focus();
    await user.keyboard("{ArrowDown}k");
    expect(screen.getByRole("menuitemcheckbox", { name: "Kommentare einschließen" })).toHaveFocus();
    await user.keyboard("s");
    expect(screen.getByRole("menuitem", { name: "SVG-Grafik" })).toHaveFocus();
  });

  it("says once that the export runs, not every percentage, and then that it is done", async () => {
    const user = userEvent.setup();
    let finish: () => void = () => {};
    downloadExport.mockImplementation(() => new Promise<void>((resolve) => (finish = resolve)));
    renderWithStore(map.store, <ExportMenu />);
    screen.getByRole("button", { name: "Export" }).focus();
    await user.keyboard("{ArrowDown}{ArrowDown}{Enter}");
    const status = screen.getByRole("status");
    expect(spoken(status)).toBe("Exporting…");
    const onProgress = downloadExport.mock.calls[0]?.[2]?.onProgress;
    act(() => onProgress?.(2, 5));
    // Shown on screen, not read out again.
    expect(status).toHaveTextContent("Exporting… 40 %");
    expect(spoken(status)).toBe("Exporting…");
    act(() => onProgress?.(4, 5));
    expect(spoken(status)).toBe("Exporting…");
    await act(async () => finish());
    expect(spoken(status)).toBe("Exported: PDF, A3 landscape. The file is in your downloads.");
  });
});
