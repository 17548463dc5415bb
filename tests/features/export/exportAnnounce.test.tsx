// @vitest-environment jsdom
// A finished export is said in the toolbar's status region (so a screen reader announces it), in English and
// German, and the sentence goes away by itself after a while.
import { act, screen, within } from "@testing-library/react";
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
  map = makeMap();
});
afterEach(async () => {
  vi.useRealTimers();
  map.store.destroy();
  await act(() => i18n.changeLanguage("en"));
});

async function exportAs(user: ReturnType<typeof userEvent.setup>, button: string, entry: string) {
  await user.click(screen.getByRole("button", { name: button }));
  await user.click(within(screen.getByRole("menu")).getByRole("menuitem", { name: entry }));
}

describe("a finished export", () => {
  it("is announced in the status region with the format that was made", async () => {
    const user = userEvent.setup();
    renderWithStore(map.store, <ExportMenu />);
    await exportAs(user, "Export", "CSV measurement plan");
    expect(await screen.findByRole("status")).toHaveTextContent(
      "Exported: CSV measurement plan. The file is in your downloads.",
    );
  });

  it("is announced in German in a German interface", async () => {
    const user = userEvent.setup();
    await act(() => i18n.changeLanguage("de"));
    renderWithStore(map.store, <ExportMenu />);
    await exportAs(user, "Exportieren", "PDF, A4 quer");
    expect(await screen.findByRole("status")).toHaveTextContent(
      "Exportiert: PDF, A4 quer. Die Datei liegt bei Ihren Downloads.",
    );
  });

  it("leaves the toolbar after a few seconds", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderWithStore(map.store, <ExportMenu />);
    await exportAs(user, "Export", "JSON journey file");
    const status = await screen.findByRole("status");
    expect(status).toHaveTextContent("Exported: JSON journey file.");
    await act(async () => vi.advanceTimersByTime(9000));
    expect(status).toBeEmptyDOMElement();
  });
});
