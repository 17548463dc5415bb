// @vitest-environment jsdom
// The people list shows me and the others, and lets me change my name for everyone.
import { beforeEach, describe, expect, it } from "vitest";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as Y from "yjs";
import { Awareness } from "y-protocols/awareness";
import { PeopleList, initialsOf } from "../../../src/features/presence/PeopleList";
import { reloadIdentity, setIdentity } from "../../../src/sync/identity";
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

  it("makes initials from the first and last word", () => {
    expect(initialsOf("ada")).toBe("A");
    expect(initialsOf("Jean Luc Picard")).toBe("JP");
  });
});
