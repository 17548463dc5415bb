// @vitest-environment jsdom
// The main views in a German interface hold no English: header (health, people), toolbar with its export menu,
// every side panel with each kind of selection, a comment thread, the share dialog and the start page. The map's
// own texts (a German template) are left out; what is checked is what the interface itself says. The canvas is
// not here: React Flow's own labels are the canvas's to translate.
import { act, cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { loadComments, loadJourney, type Comment, type Journey } from "../../src/doc";
import { i18n, initI18n } from "../../src/i18n";
import { createMapStore, MapStoreProvider, type MapStore } from "../../src/store";
import { reloadIdentity } from "../../src/sync/identity";
import { TEMPLATES, getTemplate } from "../../src/templates";
import { HealthSummary } from "../../src/features/checks";
import { SidePanel } from "../../src/features/panels";
import { PeopleList } from "../../src/features/presence";
import { ShareDialog } from "../../src/features/share";
import { Toolbar } from "../../src/features/toolbar";
import { StartPage } from "../../src/app/StartPage";
import { stubBrowserApis } from "./helpers";

/** English words a German interface never shows (German shares Map, App, Chat, Web, Journey, Name and others). */
const ENGLISH =
  /\b(the|and|of|to|is|not|this|that|with|for|your|you|are|be|can|may|must|has|have|no|or|on|at|by|from|add|delete|remove|open|close|select|save|cancel|edit|share|copy|undo|redo|people|guest|none|title|name|owner|editor|viewer|card|stage|lane|comments?|reply|replies|resolve[ds]?|Add|Delete|Remove|Open|Close|Save|Cancel|Edit|Share|Copy|Undo|Redo|People|Guest|Title|Owner|Viewer|Card|Stage|Lane|Comments?|Reply|Resolved?|You|The|This|There|No|Press|Zoom|Fit|New|Untitled|Export|Language|Checks|Inspector)\b/;

/** Every string the map itself holds: its content is the author's, not the interface's. */
function contentOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) for (const v of value) contentOf(v, into);
  else if (value !== null && typeof value === "object") for (const v of Object.values(value)) contentOf(v, into);
  return into;
}

/** What the interface says inside `root`: text, and the labels, titles and placeholders a person meets. */
function interfaceTexts(root: HTMLElement, content: readonly string[]): string[] {
  const said: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) said.push(node.textContent ?? "");
  for (const el of root.querySelectorAll("*")) {
    for (const name of ["aria-label", "title", "placeholder", "alt", "aria-description"]) {
      const value = el.getAttribute(name);
      if (value) said.push(value);
    }
  }
  // Longest first, so a title is removed whole before a shorter text inside it.
  const known = [...content].sort((a, b) => b.length - a.length);
  return said
    .map((text) => known.reduce((rest, c) => (c.length > 3 ? rest.split(c).join("") : rest), text).trim())
    .filter((text) => text !== "");
}

function expectGerman(where: string, root: HTMLElement, content: readonly string[]): void {
  const english = interfaceTexts(root, content).filter((text) => ENGLISH.test(text));
  expect(english, where).toEqual([]);
}

let journey: Journey;
let comments: Comment[];
let store: MapStore;
let awareness: Awareness;
let content: string[];

beforeEach(async () => {
  stubBrowserApis();
  initI18n("de");
  await i18n.changeLanguage("de");
  localStorage.clear();
  reloadIdentity();
  const template = TEMPLATES[0];
  const built = template && getTemplate(template.id, "de");
  if (!built) throw new Error("no German template");
  journey = built;
  const [card] = journey.cards;
  if (!card) throw new Error("a template without cards");
  comments = [
    {
      id: "cm_1",
      anchor: { kind: "card", id: card.id },
      author: "Ada",
      text: "Passt das so?",
      createdAt: "2026-11-20T09:30:00.000Z",
      resolved: false,
      replies: [{ id: "rp_1", author: "Bo", text: "Ja.", createdAt: "2026-11-20T10:00:00.000Z" }],
    },
  ];
  const doc = new Y.Doc();
  loadJourney(doc, journey);
  const commentsDoc = new Y.Doc();
  loadComments(commentsDoc, comments);
  store = createMapStore({ doc, commentsDoc, role: "owner", mapId: "m_1", token: "tok" });
  awareness = new Awareness(doc);
  content = contentOf([journey, comments]);
});

afterEach(async () => {
  cleanup();
  store.destroy();
  awareness.destroy();
  await i18n.changeLanguage("en");
});

describe("a German interface", () => {
  it("says nothing in English in the header, the toolbar, the export menu and every side panel", async () => {
    const user = userEvent.setup();
    const { container } = render(
      <MapStoreProvider store={store}>
        <HealthSummary />
        <PeopleList awareness={awareness} />
        <Toolbar />
        <SidePanel awareness={awareness} />
      </MapStoreProvider>,
    );
    expectGerman("header, toolbar and empty inspector", container, content);

    const { actions } = store.getState();
    const measured = journey.cards.find((c) => c.measurement?.observations?.length);
    const selections = {
      "a measured card": { cards: [measured?.id ?? ""] },
      "a stage": { stages: [journey.stages[0]?.id ?? ""] },
      "a lane": { lanes: [journey.lanes[0]?.id ?? ""] },
      "a connection": { connections: [journey.connections[0]?.id ?? ""] },
      "several cards": { cards: journey.cards.slice(0, 2).map((c) => c.id) },
    };
    for (const [what, selection] of Object.entries(selections)) {
      act(() => actions.select(selection));
      expectGerman(`the inspector with ${what}`, container, content);
    }
    for (const panel of ["journey", "comments", "checks"] as const) {
      act(() => actions.setPanel(panel));
      expectGerman(`the ${panel} panel`, container, content);
    }
    act(() => actions.openThread("cm_1"));
    expectGerman("a comment thread", container, content);

    await user.click(screen.getByRole("button", { name: /Exportieren/ }));
    expectGerman("the open export menu", container, content);
  });

  it("says nothing in English in the share dialog and on the start page", () => {
    const share = render(
      <ShareDialog mapId="m_1" token="tok" role="owner" baseUrl="http://localhost" onClose={() => {}} />,
    );
    expectGerman("the share dialog", share.container, content);
    cleanup();
    const start = render(<StartPage />);
    expectGerman("the start page", start.container, content);
  });
});
