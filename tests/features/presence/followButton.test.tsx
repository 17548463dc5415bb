// @vitest-environment jsdom
// Follow in the people list: one button beside each other person, named with them, pressed while I follow them;
// and how many people follow my view.
import { beforeEach, describe, expect, it } from "vitest";
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as Y from "yjs";
import { Awareness } from "y-protocols/awareness";
import { PeopleList } from "../../../src/features/presence/PeopleList";
import { followedBy } from "../../../src/features/presence/follow";
import { reloadIdentity, setIdentity } from "../../../src/sync/identity";
import { renderWithI18n } from "./renderWithI18n";

beforeEach(() => {
  localStorage.clear();
  reloadIdentity();
  setIdentity("Ada Lovelace");
});

function setPeer(awareness: Awareness, clientId: number, state: Record<string, unknown>): void {
  act(() => {
    const known = awareness.states.has(clientId);
    awareness.states.set(clientId, state);
    awareness.emit("change", [
      { added: known ? [] : [clientId], updated: known ? [clientId] : [], removed: [] },
      "remote",
    ]);
  });
}

describe("Follow in the people list", () => {
  it("offers each other person a Follow button named with them, reached with the keyboard, and none for me", async () => {
    const awareness = new Awareness(new Y.Doc());
    renderWithI18n(<PeopleList awareness={awareness} />);
    setPeer(awareness, 98, { user: { name: "Grace Hopper", color: "#1971c2" } });
    setPeer(awareness, 99, { user: { name: "Anna", color: "#2f9e44" } });
    const buttons = screen.getAllByRole("button", { name: /^Follow / });
    expect(buttons.map((b) => b.getAttribute("aria-label"))).toEqual(["Follow Grace Hopper", "Follow Anna"]);
    expect(buttons.map((b) => b.getAttribute("title"))).toEqual(["Follow Grace Hopper", "Follow Anna"]);
    await userEvent.tab();
    expect(screen.getByRole("button", { name: "Change my name" })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole("button", { name: "Follow Grace Hopper" })).toHaveFocus();
  });

  it("follows the person, pressed, puts it into my presence, and a second press stops", async () => {
    const awareness = new Awareness(new Y.Doc());
    renderWithI18n(<PeopleList awareness={awareness} />);
    setPeer(awareness, 99, { user: { name: "Anna", color: "#2f9e44" } });
    const button = screen.getByRole("button", { name: "Follow Anna" });
    expect(button).toHaveAttribute("aria-pressed", "false");
    await userEvent.click(button);
    expect(button).toHaveAttribute("aria-pressed", "true");
    expect(followedBy(awareness)?.name).toBe("Anna");
    expect(awareness.getLocalState()?.["following"]).toBe(99);
    await userEvent.click(button);
    expect(button).toHaveAttribute("aria-pressed", "false");
    expect(followedBy(awareness)).toBeNull();
    expect(awareness.getLocalState()?.["following"]).toBeNull();
  });

  it("is named in German", () => {
    const awareness = new Awareness(new Y.Doc());
    renderWithI18n(<PeopleList awareness={awareness} />, "de");
    setPeer(awareness, 99, { user: { name: "Jürgen Groß", color: "#2f9e44" } });
    const button = screen.getByRole("button", { name: "Jürgen Groß folgen" });
    expect(button).toHaveAttribute("title", "Jürgen Groß folgen");
  });

  it("says how many follow my view, counting only those who follow me", () => {
    const awareness = new Awareness(new Y.Doc());
    renderWithI18n(<PeopleList awareness={awareness} />);
    expect(screen.queryByTestId("followers")).toBeNull();
    setPeer(awareness, 97, { user: { name: "Anna", color: "#2f9e44" }, following: awareness.clientID });
    expect(screen.getByTestId("followers")).toHaveTextContent("1 follows you");
    setPeer(awareness, 98, { user: { name: "Ben", color: "#1971c2" }, following: awareness.clientID });
    setPeer(awareness, 99, { user: { name: "Cem", color: "#e8590c" }, following: 97 });
    expect(screen.getByTestId("followers")).toHaveTextContent("2 follow you");
  });
});
