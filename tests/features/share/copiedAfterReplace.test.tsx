// @vitest-environment jsdom
// A link copied and then replaced: the copy button no longer says "Copied", since the new link is not in the
// clipboard (the old one there no longer works).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ShareDialog } from "../../../src/features/share/ShareDialog";
import { STORED_MAPS_KEY } from "../../../src/sync/storedMaps";
import { renderWithI18n } from "../presence/renderWithI18n";
import { base, links } from "./links";

const written: string[] = [];

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(
    STORED_MAPS_KEY,
    JSON.stringify([{ id: "map1", title: "T", role: "owner", link: links.owner, links }]),
  );
  written.length = 0;
  Object.defineProperty(navigator, "clipboard", {
    configurable: true,
    value: { writeText: async (text: string) => void written.push(text) },
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("copying a link that is then replaced", () => {
  it("says Copied for the link copied, and Copy again once that link was replaced", async () => {
    const fresh = `${base}/m/map1#token=ed2`;
    vi.stubGlobal("fetch", async () => new Response(JSON.stringify({ link: fresh, token: "ed2" }), { status: 200 }));
    renderWithI18n(<ShareDialog mapId="map1" token="own" role="owner" baseUrl={base} />);
    const row = screen.getByTestId("share-row-edit");
    await userEvent.click(within(row).getByRole("button", { name: /^Copy: / }));
    expect(written).toEqual([links.edit]);
    expect(within(row).getByRole("button", { name: /^Copy: / })).toHaveTextContent("Copied");

    await userEvent.click(screen.getByTestId("share-replace-edit"));
    await userEvent.click(screen.getByTestId("share-confirm-replace-edit"));
    await waitFor(() => expect(screen.getByTestId("share-link-edit")).toHaveValue(fresh));
    expect(within(row).getByRole("button", { name: /^Copy: / })).toHaveTextContent("Copy");
    expect(within(row).getByRole("button", { name: /^Copy: / })).not.toHaveTextContent("Copied");
    expect(within(row).queryByText(/Link copied/)).toBeNull();

    await userEvent.click(within(row).getByRole("button", { name: /^Copy: / }));
    expect(written).toEqual([links.edit, fresh]);
    expect(within(row).getByRole("button", { name: /^Copy: / })).toHaveTextContent("Copied");
  });
});
