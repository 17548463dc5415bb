// @vitest-environment jsdom
// Importing a journey file from the start page: a good file opens its map, any other tells why and creates nothing.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StartPage } from "../../src/app/StartPage";
import { startPageTests } from "./startPageSetup";
import { MAX_FILE_BYTES } from "../../src/format";

const EXAMPLE = readFileSync(resolve(import.meta.dirname, "../fixtures/phone-plan.journey.json"), "utf8");
const CREATED = {
  id: "m1",
  links: { owner: "/m/m1#token=o", edit: "/m/m1#token=e", comment: "/m/m1#token=c", view: "/m/m1#token=v" },
  tokens: { owner: "o", edit: "e", comment: "c", view: "v" },
};

let posted: string[] = [];
let answer: () => Promise<Response> = async () => new Response(JSON.stringify(CREATED), { status: 201 });

startPageTests(() => {
  posted = [];
  answer = async () => new Response(JSON.stringify(CREATED), { status: 201 });
  return vi.fn(async (_url: string, init: RequestInit) => {
    posted.push(String(init.body));
    return answer();
  });
});

const fileOf = (content: BlobPart, name = "journey.json") => new File([content], name, { type: "application/json" });

async function importFile(file: File) {
  const user = userEvent.setup();
  render(<StartPage />);
  await user.upload(screen.getByTestId("import-file"), file);
  return user;
}

describe("importing a journey file on the start page", () => {
  it("opens the map of a valid file and lists it under its title", async () => {
    await importFile(fileOf(EXAMPLE));
    await vi.waitFor(() => expect(window.location.pathname).toBe("/m/m1"));
    expect(posted).toEqual([EXAMPLE]);
    expect(localStorage.getItem("outside-in.maps")).toContain('"title":"Switch to a new phone plan"');
  });

  it("opens a German file with umlauts and a byte order mark, its title intact", async () => {
    const german = EXAMPLE.replace('"Switch to a new phone plan"', '"Tarifwechsel für Ältere – „günstig“"');
    const bytes = new TextEncoder().encode(`\uFEFF${german}`);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    await importFile(fileOf(bytes));
    await vi.waitFor(() => expect(window.location.pathname).toBe("/m/m1"));
    expect(posted).toHaveLength(1);
    expect(localStorage.getItem("outside-in.maps")).toContain('"title":"Tarifwechsel für Ältere – „günstig“"');
  });

  it("shows every problem of an invalid file as path: message and creates nothing", async () => {
    const file = JSON.parse(EXAMPLE) as { journey: { cards: { stageId: string; laneId: string }[] } };
    const [first, second] = file.journey.cards;
    if (!first || !second) throw new Error("the example has fewer than two cards");
    first.stageId = "st_gone";
    second.laneId = "ln_gone";
    await importFile(fileOf(JSON.stringify(file)));
    const items = (await screen.findAllByRole("listitem")).map((li) => li.textContent);
    expect(items).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^journey\.cards\[0\]\.stageId: .*st_gone/),
        expect.stringMatching(/^journey\.cards\[1\]\.laneId: .*ln_gone/),
      ]),
    );
    expect(posted).toEqual([]);
    expect(window.location.pathname).toBe("/");
  });

  it.each([
    ["an empty file", "", /empty/],
    ["a file that is not JSON", "Titel;Phase\nUmzug;1\n", /not valid JSON \(line 1, column 1\)/],
    ["a JSON file that is no journey", '{"hello":"world"}', /format/],
  ])("refuses %s with a sentence and creates nothing", async (_name, content, message) => {
    await importFile(fileOf(content));
    expect((await screen.findByRole("alert")).textContent).toMatch(message);
    expect(posted).toEqual([]);
    expect(window.location.pathname).toBe("/");
  });

  it("refuses a file saved as Windows-1252, saying where, and creates nothing (no umlaut turns into �)", async () => {
    const german = EXAMPLE.replace('"Switch to a new phone plan"', '"Tarifwechsel für Ältere"');
    const bytes = Uint8Array.from(german, (ch) => ch.charCodeAt(0));
    await importFile(fileOf(bytes));
    expect((await screen.findByRole("alert")).textContent).toMatch(
      /^This file is not UTF-8 text \(line \d+, column \d+\); a journey file is UTF-8\. Save it as UTF-8 and try again\./,
    );
    expect(posted).toEqual([]);
    expect(window.location.pathname).toBe("/");
  });

  it("refuses a file over the size limit without reading it", async () => {
    const big = fileOf(new Uint8Array(MAX_FILE_BYTES + 1));
    const read = vi.spyOn(big, "arrayBuffer");
    await importFile(big);
    expect((await screen.findByRole("alert")).textContent).toBe(
      "This file is larger than 10 MiB, which is more than a journey map can be.",
    );
    expect(read).not.toHaveBeenCalled();
    expect(posted).toEqual([]);
  });

  it("says so when the file cannot be read, and creates nothing", async () => {
    const file = fileOf(EXAMPLE);
    Object.defineProperty(file, "arrayBuffer", {
      value: () => Promise.reject(new DOMException("The file could not be read.", "NotReadableError")),
    });
    await importFile(file);
    expect((await screen.findByRole("alert")).textContent).toContain("The file could not be read.");
    expect(posted).toEqual([]);
  });

  it("imports one file at a time: a second file chosen while the first is sent creates no second map", async () => {
    let release: (r: Response) => void = () => undefined;
    answer = () => new Promise<Response>((resolve) => (release = resolve));
    const user = await importFile(fileOf(EXAMPLE));
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    await user.upload(screen.getByTestId("import-file"), fileOf(EXAMPLE, "again.json"));
    release(new Response(JSON.stringify(CREATED), { status: 201 }));
    await vi.waitFor(() => expect(window.location.pathname).toBe("/m/m1"));
    expect(posted).toHaveLength(1);
  });
});
