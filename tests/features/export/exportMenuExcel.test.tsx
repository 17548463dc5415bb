// @vitest-environment jsdom
// The Export menu's CSV for Excel (semicolons), in English and German: the entry makes the measurement plan with
// semicolons and decimal commas under its own name ("Ölwechsel (Excel).csv"), beside the comma CSV as before, never
// with comments, and says when it is made in the interface language. Only the browser's download is stood in for.
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setJourneyFields } from "../../../src/doc/ops";
import { renderMeasurementCsv } from "../../../src/export";
import { ExportMenu } from "../../../src/features/export";
import { i18n } from "../../../src/i18n";
import { makeMap, renderWithStore, type TestMap } from "../helpers";

const { saveFile } = vi.hoisted(() => ({ saveFile: vi.fn<(blob: Blob, name: string) => void>() }));
vi.mock("../../../src/export/saveFile", () => ({ saveFile }));

let map: TestMap;
beforeEach(() => {
  saveFile.mockReset();
  map = makeMap("viewer", "Ich zahle 1.234,50 € – „schnell“; fertig", {
    measurement: { metric: "CSAT", target: 4.5, observations: [{ date: "2026-11-02", value: -1.25, n: 12 }] },
  });
  setJourneyFields(map.doc, { title: "Ölwechsel", language: "de" });
});
afterEach(async () => {
  map.store.destroy();
  await act(() => i18n.changeLanguage("en"));
});

/** Opens the menu with its button and picks an entry by its exact name, as a person does. */
async function choose(user: ReturnType<typeof userEvent.setup>, button: string, entry: string): Promise<void> {
  await user.click(screen.getByRole("button", { name: button }));
  await user.click(within(screen.getByRole("menu")).getByRole("menuitem", { name: entry }));
}

/** The file handed to the browser: its name and its text with the BOM kept. */
async function saved(): Promise<{ name: string; type: string; text: string }> {
  await vi.waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1));
  const [blob, name] = saveFile.mock.calls[0] ?? [];
  if (blob === undefined || name === undefined) throw new Error("no file was saved");
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await blob.arrayBuffer());
  return { name, type: blob.type, text };
}

describe("the Export menu's CSV for Excel", () => {
  it("makes the plan with semicolons and decimal commas, named apart from the comma CSV, in English", async () => {
    const user = userEvent.setup();
    renderWithStore(map.store, <ExportMenu />);
    await user.click(screen.getByRole("button", { name: "Export" }));
    const menu = screen.getByRole("menu", { name: "Export formats" });
    // Ticked comments do not reach a CSV, which has no place for them.
    await user.click(within(menu).getByRole("menuitemcheckbox", { name: "Include comments" }));
    await user.click(within(menu).getByRole("menuitem", { name: "CSV measurement plan for Excel (semicolons)" }));
    await screen.findByText(
      "Exported: CSV measurement plan for Excel (semicolons). The file is in your downloads.",
      undefined,
      { timeout: 10000 },
    );
    const excel = await saved();
    expect(excel.name).toBe("Ölwechsel (Excel).csv");
    expect(excel.type).toBe("text/csv;charset=utf-8");
    expect(excel.text).toBe(renderMeasurementCsv(map.read(), { separator: "semicolon" }));
    expect(excel.text.startsWith("\ufeffPhase;Kontaktpunkt;")).toBe(true);
    expect(excel.text).toContain(';"Ich zahle 1.234,50 € – „schnell“; fertig";');
    expect(excel.text).toContain(';"4,5";');
    expect(excel.text).toContain(';"-1,25";2026-11-02;');

    saveFile.mockReset();
    await choose(user, "Export", "CSV measurement plan");
    await screen.findByText("Exported: CSV measurement plan. The file is in your downloads.", undefined, {
      timeout: 10000,
    });
    const comma = await saved();
    expect(comma.name).toBe("Ölwechsel.csv");
    expect(comma.text).toBe(renderMeasurementCsv(map.read()));
    expect(comma.text).toContain(",4.5,");
  });

  it("is offered and said in German in a German interface", async () => {
    const user = userEvent.setup();
    await act(() => i18n.changeLanguage("de"));
    renderWithStore(map.store, <ExportMenu />);
    await user.click(screen.getByRole("button", { name: "Exportieren" }));
    const menu = screen.getByRole("menu", { name: "Exportformate" });
    expect(
      within(menu)
        .getAllByRole("menuitem")
        .map((item) => item.textContent)
        .filter((name) => name?.startsWith("CSV")),
    ).toEqual(["CSV-Messplan", "CSV-Messplan für Excel (Semikolon)"]);
    await user.click(within(menu).getByRole("menuitem", { name: "CSV-Messplan für Excel (Semikolon)" }));
    await screen.findByText(
      "Exportiert: CSV-Messplan für Excel (Semikolon). Die Datei liegt bei Ihren Downloads.",
      undefined,
      { timeout: 10000 },
    );
    const excel = await saved();
    expect(excel.name).toBe("Ölwechsel (Excel).csv");
    expect(excel.text).toBe(renderMeasurementCsv(map.read(), { separator: "semicolon" }));
  });
});
