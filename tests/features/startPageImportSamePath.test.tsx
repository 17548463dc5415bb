// @vitest-environment jsdom
// Importing a journey file that holds the same path twice on the start page: nothing is sent to the server, and the
// refusal names the second connection's path, the first one's and the cards, in the interface language.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StartPage } from "../../src/app/StartPage";
import { i18n } from "../../src/i18n";
import { startPageTests } from "./startPageSetup";

let posted: string[] = [];

startPageTests(() => {
  posted = [];
  return vi.fn(async (_url: string, init: RequestInit) => {
    posted.push(String(init.body));
    return new Response("{}", { status: 500 });
  });
}, "de");

type Example = {
  journey: { cards: { id: string; title: string }[]; connections: { id: string; from: string; to: string }[] };
};
const EXAMPLE = readFileSync(resolve(import.meta.dirname, "../fixtures/phone-plan.journey.json"), "utf8");
const example = JSON.parse(EXAMPLE) as Example;
const first = example.journey.connections[0]!;
const titleOf = (id: string) => example.journey.cards.find((c) => c.id === id)!.title;
const at = example.journey.connections.length;
const twice = () => {
  const file = JSON.parse(EXAMPLE) as Example;
  file.journey.connections.push({ id: "cn_again", from: first.from, to: first.to });
  return JSON.stringify(file);
};

describe("importing a file with the same path twice on the start page", () => {
  it("sends nothing and names both connections and the cards, in German and after a switch in English", async () => {
    const user = userEvent.setup();
    render(<StartPage />);
    await user.upload(screen.getByTestId("import-file"), new File([twice()], "journey.json"));
    const alert = await screen.findByTestId("import-problem");
    expect(posted).toEqual([]);
    const lines = () => [...alert.querySelectorAll("li")].map((li) => li.textContent);
    expect(lines()).toEqual([
      `journey.connections[${at}]: derselbe Weg wie journey.connections[0] („${titleOf(first.from)}“ → „${titleOf(first.to)}“)`,
    ]);
    await act(() => i18n.changeLanguage("en"));
    expect([...screen.getByTestId("import-problem").querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      `journey.connections[${at}]: the same path as journey.connections[0] ("${titleOf(first.from)}" → "${titleOf(first.to)}")`,
    ]);
  });
});
