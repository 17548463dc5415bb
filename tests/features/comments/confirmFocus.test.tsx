// @vitest-environment jsdom
// Deleting a comment by keyboard: the question takes the focus on its safe choice, Escape or Cancel closes it
// and gives the focus back to Delete, and nothing is sent.
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CommentEntry } from "../../../src/features/comments/CommentEntry";
import { renderWithStore } from "../helpers";
import { makeCommentsMap } from "./helpers";
import { failOnActWarnings } from "./actWarnings";

failOnActWarnings();

const entry = { id: "c_1", author: "Ada", text: "Is this the customer's view?", createdAt: "2026-01-05T10:00:00.000Z" };

function renderEntry() {
  const map = makeCommentsMap("owner");
  const fetchMock = vi.fn();
  vi.stubGlobal("fetch", fetchMock);
  renderWithStore(
    map.store,
    <CommentEntry entry={entry} threadId="c_1" names={[]} myName="Ada" mine canEdit canDelete />,
  );
  return { map, fetchMock };
}

afterEach(() => vi.unstubAllGlobals());

describe("the question before a comment is deleted", () => {
  it("takes the focus on Cancel, is named by its question, and Cancel gives the focus back to Delete", async () => {
    const user = userEvent.setup();
    const { map, fetchMock } = renderEntry();
    await user.click(screen.getByRole("button", { name: "Delete" }));
    const question = screen.getByRole("group", { name: "Delete this comment and its whole thread?" });
    expect(question).toContainElement(document.activeElement as HTMLElement);
    expect(screen.getByRole("button", { name: "Cancel" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.queryByRole("group")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Delete" })).toHaveFocus();
    expect(fetchMock).not.toHaveBeenCalled();
    map.store.destroy();
  });

  it("closes on Escape and gives the focus back to Delete", async () => {
    const user = userEvent.setup();
    const { map, fetchMock } = renderEntry();
    await user.click(screen.getByRole("button", { name: "Delete" }));
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("button", { name: "Delete now" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Delete" })).toHaveFocus();
    expect(fetchMock).not.toHaveBeenCalled();
    map.store.destroy();
  });
});
