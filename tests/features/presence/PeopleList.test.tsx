// @vitest-environment jsdom
// The people list shows me and the others, and lets me change my name for everyone.
import { beforeEach, describe, expect, it } from "vitest";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as Y from "yjs";
import { Awareness } from "y-protocols/awareness";
import { PeopleList, initialsOf } from "../../../src/features/presence/PeopleList";
import { IDENTITY_KEY, MAX_NAME_LENGTH, PALETTE, reloadIdentity, setIdentity } from "../../../src/sync/identity";
import { parsePeer } from "../../../src/sync/peers";
import { setLocalPresence } from "../../../src/sync/presence";
import { renderWithI18n } from "./renderWithI18n";

beforeEach(() => {
  localStorage.clear();
  reloadIdentity();
  setIdentity("Ada Lovelace");
});

describe("PeopleList", () => {
  it("lists me first, marked, and the peers with their initials", () => {
    const awareness = new Awareness(new Y.Doc());
    renderWithI18n(<PeopleList awareness={awareness} />);
    act(() => {
      awareness.states.set(99, { user: { name: "Grace Hopper", color: "#1971c2" } });
      awareness.emit("change", [{ added: [99], updated: [], removed: [] }, "remote"]);
    });
    const people = screen.getAllByTestId("person");
    expect(people).toHaveLength(2);
    expect(people[0]).toHaveAttribute("data-self", "true");
    expect(people[0]).toHaveTextContent("Ada Lovelace (you)");
    expect(people[1]).toHaveTextContent("GHGrace Hopper");
  });

  it("counts everybody in the map, me included, in the interface language", () => {
    const awareness = new Awareness(new Y.Doc());
    const english = renderWithI18n(<PeopleList awareness={awareness} />);
    expect(screen.getByTestId("people-count")).toHaveTextContent("1 person");
    act(() => {
      awareness.states.set(98, { user: { name: "Jürgen Groß", color: "#1971c2" } });
      awareness.states.set(99, { user: { name: "Grace Hopper", color: "#2f9e44" } });
      awareness.emit("change", [{ added: [98, 99], updated: [], removed: [] }, "remote"]);
    });
    expect(screen.getByTestId("people-count")).toHaveTextContent("3 people");
    english.unmount();
    renderWithI18n(<PeopleList awareness={awareness} />, "de");
    expect(screen.getByTestId("people-count")).toHaveTextContent("3 Personen");
    expect(screen.getAllByTestId("person")[1]).toHaveTextContent("Jürgen Groß");
  });

  it("changes my name in storage and in my awareness state", async () => {
    const awareness = new Awareness(new Y.Doc());
    renderWithI18n(<PeopleList awareness={awareness} />);
    await userEvent.click(screen.getByRole("button", { name: "Change my name" }));
    const input = screen.getByTestId("my-name-input");
    await userEvent.clear(input);
    await userEvent.type(input, "Ada L.");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(within(screen.getAllByTestId("person")[0]!).getByText(/Ada L\./)).toBeInTheDocument();
    expect(awareness.getLocalState()?.["user"]).toMatchObject({ name: "Ada L." });
    expect(JSON.parse(localStorage.getItem("outside-in.identity") ?? "{}")).toMatchObject({ name: "Ada L." });
  });

  it("refuses an empty name with a sentence and keeps the old one", async () => {
    const awareness = new Awareness(new Y.Doc());
    renderWithI18n(<PeopleList awareness={awareness} />);
    await userEvent.click(screen.getByRole("button", { name: "Change my name" }));
    await userEvent.clear(screen.getByTestId("my-name-input"));
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(screen.getByRole("alert")).toHaveTextContent("A name cannot be empty.");
    expect(screen.getAllByTestId("person")[0]).toHaveTextContent("Ada Lovelace");
  });

  it("shows my colour as the others see it, even when the one kept in this browser is not in the palette", () => {
    localStorage.setItem(
      IDENTITY_KEY,
      JSON.stringify({ id: "me-1", name: "Ada Lovelace", color: "#f8f9fa", chosen: true }),
    );
    reloadIdentity();
    const awareness = new Awareness(new Y.Doc());
    renderWithI18n(<PeopleList awareness={awareness} />);
    setLocalPresence(awareness, {});
    const seenByOthers = parsePeer(awareness.clientID, awareness.getLocalState());
    expect(PALETTE).toContain(seenByOthers?.color);
    const avatar = screen.getAllByTestId("person")[0]?.querySelector<HTMLElement>('[aria-hidden="true"]');
    const probe = document.createElement("span");
    probe.style.background = seenByOthers?.color ?? "";
    expect(avatar?.style.background).toBe(probe.style.background);
  });

  it("cuts a long German name with an ellipsis and keeps it whole in the tooltip, for me and for peers", () => {
    const long = "Jürgen Größe-Müllerschön-Übermaß von Äßling";
    setIdentity(long);
    const awareness = new Awareness(new Y.Doc());
    renderWithI18n(<PeopleList awareness={awareness} />, "de");
    act(() => {
      awareness.states.set(99, { user: { name: `${long} und Söhne`, color: "#1971c2" } });
      awareness.emit("change", [{ added: [99], updated: [], removed: [] }, "remote"]);
    });
    const [mine, theirs] = screen.getAllByTestId("person");
    const myName = within(mine!).getByTitle(long.slice(0, MAX_NAME_LENGTH));
    expect(myName).toHaveStyle({ textOverflow: "ellipsis", overflow: "hidden", whiteSpace: "nowrap" });
    expect(mine).toHaveTextContent("(Sie)");
    const theirName = within(theirs!).getByTitle(`${long} und Söhne`.slice(0, MAX_NAME_LENGTH));
    expect(theirName).toHaveStyle({ textOverflow: "ellipsis" });
    expect(theirs).toHaveTextContent(/^JÄJürgen/);
  });

  it("makes initials from the first and last word", () => {
    expect(initialsOf("ada")).toBe("A");
    expect(initialsOf("Jean Luc Picard")).toBe("JP");
  });
});
