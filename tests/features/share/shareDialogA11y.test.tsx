// @vitest-environment jsdom
// The share dialog as a keyboard and screen-reader user meets it: a labelled modal dialog that takes the focus,
// keeps Tab inside, closes on Escape and gives the focus back; every button says which link it acts on.
import { useState } from "react";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ShareDialog } from "../../../src/features/share/ShareDialog";
import { STORED_MAPS_KEY } from "../../../src/sync/storedMaps";
import { renderWithI18n } from "../presence/renderWithI18n";
import { base, links } from "./links";

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(
    STORED_MAPS_KEY,
    JSON.stringify([{ id: "map1", title: "T", role: "owner", link: links.owner, links }]),
  );
});

function Opener({ role = "owner" as const }: { role?: "owner" | "viewer" }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Share
      </button>
      <button type="button">Behind the dialog</button>
      {open && <ShareDialog mapId="map1" token="own" role={role} baseUrl={base} onClose={() => setOpen(false)} />}
    </>
  );
}

describe("the share dialog for keyboard and screen-reader users", () => {
  it("is a labelled modal dialog that takes the focus, keeps Tab inside and gives the focus back on Escape", async () => {
    const user = userEvent.setup();
    renderWithI18n(<Opener />);
    const opener = screen.getByRole("button", { name: "Share" });
    await user.click(opener);
    const dialog = screen.getByRole("dialog", { name: "Share this map" });
    expect(dialog).toHaveAttribute("aria-modal", "true");
    expect(dialog).toContainElement(document.activeElement as HTMLElement);

    // Twenty Tabs forwards and backwards never reach the page behind.
    for (let i = 0; i < 20; i++) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
    for (let i = 0; i < 20; i++) {
      await user.tab({ shift: true });
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it("names each copy and replace button after its link, in English and German", () => {
    const { unmount } = renderWithI18n(<ShareDialog mapId="map1" token="own" role="owner" baseUrl={base} />);
    expect(screen.getByRole("textbox", { name: "Can edit" })).toHaveValue(links.edit);
    expect(screen.getByRole("button", { name: "Copy: Can edit" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Replace link: Can view" })).toBeInTheDocument();
    unmount();
    renderWithI18n(<ShareDialog mapId="map1" token="own" role="owner" baseUrl={base} />, "de");
    expect(screen.getByRole("dialog", { name: "Diese Map teilen" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Kann kommentieren" })).toHaveValue(links.comment);
    expect(screen.getByRole("button", { name: "Kopieren: Kann kommentieren" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Link ersetzen: Kann ansehen" })).toBeInTheDocument();
  });

  it("moves the focus to Cancel when asked to confirm, and back to Replace link after Cancel", async () => {
    const user = userEvent.setup();
    renderWithI18n(<ShareDialog mapId="map1" token="own" role="owner" baseUrl={base} />);
    await user.click(screen.getByRole("button", { name: "Replace link: Can edit" }));
    const question = screen.getByRole("group", { name: "Replace the link “Can edit”?" });
    expect(within(question).getByRole("button", { name: "Cancel" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: "Replace link: Can edit" })).toHaveFocus();
  });

  it("tells a screen reader that a link was copied", async () => {
    const user = userEvent.setup();
    renderWithI18n(<ShareDialog mapId="map1" token="own" role="owner" baseUrl={base} />);
    await user.click(screen.getByRole("button", { name: "Copy: Can view" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Link copied: Can view");
  });
});
