// @vitest-environment jsdom
// The Export menu driven like a person: it lists every format, calls the export with the right format, paper and
// comments choice, shows progress and refuses a second export meanwhile, and shows a failure as a sentence.
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { BrowserExportFormat, BrowserExportOptions } from "../../../src/export/browser";
import type { Journey } from "../../../src/doc";
import { ExportMenu } from "../../../src/features/export";
import { Toolbar } from "../../../src/features/toolbar";
import { i18n } from "../../../src/i18n";
import { makeMap, renderWithStore, type TestMap } from "../helpers";

const { downloadExport } = vi.hoisted(() => ({
  downloadExport: vi.fn<(j: Journey, f: BrowserExportFormat, o?: BrowserExportOptions) => Promise<void>>(),
}));
vi.mock("../../../src/export/browser", () => ({ downloadExport }));

const ENTRIES = [
  "PDF, A3 landscape",
  "PDF, A4 landscape",
  "SVG image",
  "PNG image of the whole map",
  "CSV measurement plan",
  "CSV measurement plan for Excel (semicolons)",
  "JSON journey file",
];

let map: TestMap;
beforeEach(() => {
  downloadExport.mockReset();
  downloadExport.mockResolvedValue(undefined);
  map = makeMap("owner", "I compare plans", { measurement: { metric: "CES", target: 5 } });
});
afterEach(() => {
  map.store.destroy();
});

/** A promise the test settles by hand, to look at the menu while an export is running. */
function deferred() {
  let resolve: () => void = () => {};
  let reject: (e: unknown) => void = () => {};
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

async function openMenu(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Export" }));
  return screen.getByRole("menu", { name: "Export formats" });
}

describe("the Export menu", () => {
  it("opens from the Export button and lists every format and the comments choice", async () => {
    const user = userEvent.setup();
    renderWithStore(map.store, <ExportMenu />);
    const button = screen.getByRole("button", { name: "Export" });
    expect(button).toHaveAttribute("aria-haspopup", "menu");
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("menu")).toBeNull();
    const menu = await openMenu(user);
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(button).toHaveAttribute("aria-controls", menu.id);
    expect(
      within(menu)
        .getAllByRole("menuitem")
        .map((item) => item.textContent),
    ).toEqual(ENTRIES);
    const box = within(menu).getByRole("menuitemcheckbox", { name: "Include comments" });
    expect(box).toHaveAttribute("aria-checked", "false");
    expect(box).toHaveFocus();
  });

  it("exports each format with its paper and the current journey, and closes the menu", async () => {
    const user = userEvent.setup();
    renderWithStore(map.store, <ExportMenu />);
    const expected: [string, BrowserExportFormat, "a3" | "a4" | undefined, "semicolon" | undefined][] = [
      ["PDF, A3 landscape", "pdf", "a3", undefined],
      ["PDF, A4 landscape", "pdf", "a4", undefined],
      ["SVG image", "svg", "a3", undefined],
      ["PNG image of the whole map", "png", "a3", undefined],
      ["CSV measurement plan", "csv", undefined, undefined],
      ["CSV measurement plan for Excel (semicolons)", "csv", undefined, "semicolon"],
      ["JSON journey file", "json", undefined, undefined],
    ];
    for (const [name, format, paper, separator] of expected) {
      downloadExport.mockClear();
      const menu = await openMenu(user);
      await user.click(within(menu).getByRole("menuitem", { name }));
      expect(screen.queryByRole("menu")).toBeNull();
      expect(downloadExport).toHaveBeenCalledTimes(1);
      const [journey, calledFormat, options] = downloadExport.mock.calls[0] ?? [];
      expect(calledFormat).toBe(format);
      expect(options?.paper).toBe(paper);
      expect(options?.separator).toBe(separator);
      expect(options?.comments).toBe(false);
      expect(journey?.title).toBe("Phone plan");
      expect(journey?.cards.map((c) => c.title)).toContain("I compare plans");
      expect(journey?.comments).toEqual([]);
      await screen.findByRole("button", { name: "Export" });
      expect(screen.getByRole("button", { name: "Export" })).not.toHaveAttribute("aria-disabled");
    }
  });

  it("puts comments into the printed formats when Include comments is ticked, not into the CSV", async () => {
    const user = userEvent.setup();
    renderWithStore(map.store, <ExportMenu />);
    let menu = await openMenu(user);
    await user.click(within(menu).getByRole("menuitemcheckbox", { name: "Include comments" }));
    // Ticking keeps the menu open, so the format can be chosen next.
    expect(within(menu).getByRole("menuitemcheckbox", { name: "Include comments" })).toHaveAttribute(
      "aria-checked",
      "true",
    );
    await user.click(within(menu).getByRole("menuitem", { name: "PDF, A4 landscape" }));
    expect(downloadExport).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: "Phone plan" }),
      "pdf",
      expect.objectContaining({ paper: "a4", comments: true }),
    );
    menu = await openMenu(user);
    expect(within(menu).getByRole("menuitemcheckbox", { name: "Include comments" })).toHaveAttribute(
      "aria-checked",
      "true",
    );
    await user.click(within(menu).getByRole("menuitem", { name: "CSV measurement plan" }));
    expect(downloadExport).toHaveBeenLastCalledWith(
      expect.anything(),
      "csv",
      expect.objectContaining({ comments: false }),
    );
  });

  it("shows progress as a bar and a percentage and ignores the button until the export ends", async () => {
    const user = userEvent.setup();
    const running = deferred();
    downloadExport.mockImplementation(() => running.promise);
    renderWithStore(map.store, <ExportMenu />);
    await user.click(within(await openMenu(user)).getByRole("menuitem", { name: "PDF, A3 landscape" }));

    const status = screen.getByRole("status");
    expect(status).toHaveTextContent("Exporting…");
    const bar = within(status).getByRole("progressbar", { name: "Export progress" });
    expect(bar).not.toHaveAttribute("value");

    const onProgress = downloadExport.mock.calls[0]?.[2]?.onProgress;
    expect(onProgress).toBeTypeOf("function");
    act(() => onProgress?.(2, 5));
    expect(status).toHaveTextContent("Exporting… 40 %");
    expect(bar).toHaveAttribute("value", "40");

    const button = screen.getByRole("button", { name: "Export" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    await user.click(button);
    await user.click(button);
    expect(screen.queryByRole("menu")).toBeNull();
    expect(downloadExport).toHaveBeenCalledTimes(1);

    await act(async () => running.resolve());
    // The bar goes; the status region now says the file is made, so a screen reader hears it.
    expect(within(status).queryByRole("progressbar")).toBeNull();
    expect(status).toHaveTextContent("Exported: PDF, A3 landscape. The file is in your downloads.");
    expect(button).not.toHaveAttribute("aria-disabled");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows a failed export as a sentence in an alert, and a new export can start after it", async () => {
    const user = userEvent.setup();
    downloadExport.mockRejectedValueOnce(new Error("The export font could not be loaded (404)."));
    renderWithStore(map.store, <ExportMenu />);
    await user.click(within(await openMenu(user)).getByRole("menuitem", { name: "PDF, A3 landscape" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The export did not work: The export font could not be loaded (404).");
    expect(screen.getByRole("status")).toBeEmptyDOMElement();

    await user.click(within(alert).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).toBeNull();
    await user.click(within(await openMenu(user)).getByRole("menuitem", { name: "SVG image" }));
    expect(downloadExport).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("says so when an export fails without a reason", async () => {
    const user = userEvent.setup();
    downloadExport.mockRejectedValueOnce(new Error(""));
    renderWithStore(map.store, <ExportMenu />);
    await user.click(within(await openMenu(user)).getByRole("menuitem", { name: "PNG image of the whole map" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("The export did not work: the browser gave no reason.");
  });

  it("moves through the entries with the arrow keys, closes on Escape and gives the focus back", async () => {
    const user = userEvent.setup();
    renderWithStore(map.store, <ExportMenu />);
    const button = screen.getByRole("button", { name: "Export" });
    button.focus();
    await user.keyboard("{ArrowDown}");
    const menu = screen.getByRole("menu");
    expect(within(menu).getByRole("menuitemcheckbox")).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(within(menu).getByRole("menuitem", { name: "PDF, A3 landscape" })).toHaveFocus();
    await user.keyboard("{End}");
    expect(within(menu).getByRole("menuitem", { name: "JSON journey file" })).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(within(menu).getByRole("menuitemcheckbox")).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(within(menu).getByRole("menuitem", { name: "JSON journey file" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("menu")).toBeNull();
    expect(button).toHaveFocus();
    expect(downloadExport).not.toHaveBeenCalled();

    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}{Enter}");
    expect(downloadExport).toHaveBeenCalledWith(expect.anything(), "pdf", expect.objectContaining({ paper: "a4" }));
  });

  it("closes when the pointer goes down outside it", async () => {
    const user = userEvent.setup();
    renderWithStore(
      map.store,
      <>
        <ExportMenu />
        <p>elsewhere</p>
      </>,
    );
    await openMenu(user);
    await user.click(screen.getByText("elsewhere"));
    expect(screen.queryByRole("menu")).toBeNull();
    expect(downloadExport).not.toHaveBeenCalled();
  });

  it("is in a viewer's toolbar and exports for a viewer too", async () => {
    const user = userEvent.setup();
    const viewer = makeMap("viewer", "I read the offer");
    renderWithStore(viewer.store, <Toolbar />);
    const toolbar = screen.getByRole("toolbar");
    await user.click(within(toolbar).getByRole("button", { name: "Export" }));
    await user.click(screen.getByRole("menuitem", { name: "CSV measurement plan" }));
    expect(downloadExport).toHaveBeenCalledWith(
      expect.objectContaining({
        cards: expect.arrayContaining([expect.objectContaining({ title: "I read the offer" })]),
      }),
      "csv",
      expect.anything(),
    );
    viewer.store.destroy();
  });

  it("speaks German when the editor does", async () => {
    const user = userEvent.setup();
    await i18n.changeLanguage("de");
    try {
      renderWithStore(map.store, <ExportMenu />);
      await user.click(screen.getByRole("button", { name: "Exportieren" }));
      const menu = screen.getByRole("menu", { name: "Exportformate" });
      expect(within(menu).getByRole("menuitemcheckbox", { name: "Kommentare einschließen" })).toBeInTheDocument();
      expect(within(menu).getByRole("menuitem", { name: "CSV-Messplan" })).toBeInTheDocument();
      expect(within(menu).getByRole("menuitem", { name: "PDF, A3 quer" })).toBeInTheDocument();
    } finally {
      // The menu is still mounted: the switch back re-renders it.
      await act(() => i18n.changeLanguage("en"));
    }
  });
});
