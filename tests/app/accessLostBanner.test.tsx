// @vitest-environment jsdom
// The notice that the link no longer opens the map: it catches the keyboard when the field one typed in went with
// the access, and says that unsent comments are kept, in English and German.
import { afterEach, describe, expect, it } from "vitest";
import { useState } from "react";
import { act, screen, waitFor } from "@testing-library/react";
import { AccessLostBanner } from "../../src/features/presence/AccessLostBanner";
import { renderWithI18n } from "../features/presence/renderWithI18n";

afterEach(() => {
  document.body.innerHTML = "";
});

/** A page with a comment box that goes away when access is lost, as the comments panel's box does. */
function Page({ lose }: { lose: (set: (m: string) => void) => void }) {
  const [lost, setLost] = useState<string | null>(null);
  lose(setLost);
  return (
    <div>
      <AccessLostBanner message={lost} onReload={() => undefined} />
      {lost === null && <textarea aria-label="Comment" />}
      <button type="button">Elsewhere</button>
    </div>
  );
}

describe("AccessLostBanner", () => {
  it("takes the focus when the comment box one typed in goes with the access, not on Reload", async () => {
    let setLost: (m: string) => void = () => undefined;
    renderWithI18n(<Page lose={(set) => (setLost = set)} />);
    screen.getByLabelText("Comment").focus();
    act(() => setLost("replaced"));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("access-lost")));
    expect(screen.getByRole("button", { name: "Reload" })).not.toBe(document.activeElement);
  });

  it("leaves the focus where it is when it still has a place", async () => {
    let setLost: (m: string) => void = () => undefined;
    renderWithI18n(<Page lose={(set) => (setLost = set)} />);
    const elsewhere = screen.getByRole("button", { name: "Elsewhere" });
    elsewhere.focus();
    act(() => setLost("replaced"));
    await new Promise((r) => setTimeout(r, 450));
    expect(document.activeElement).toBe(elsewhere);
  });

  it("says that an unsent comment stays in this browser", () => {
    renderWithI18n(<AccessLostBanner message="replaced" unsentComments={1} />);
    expect(screen.getByTestId("access-lost-drafts")).toHaveTextContent(
      "Your unsent comment stays in this browser: open the map here with a new link and it is offered again.",
    );
  });

  it("counts unsent comments in German", () => {
    renderWithI18n(<AccessLostBanner message="replaced" unsentComments={2} />, "de");
    expect(screen.getByTestId("access-lost-drafts")).toHaveTextContent(
      "Ihre 2 nicht gesendeten Kommentare bleiben in diesem Browser: Öffnen Sie die Map hier mit einem neuen Link, dann werden sie Ihnen wieder angeboten.",
    );
  });

  it("says nothing of comments when none is unsent", () => {
    renderWithI18n(<AccessLostBanner message="replaced" />);
    expect(screen.queryByTestId("access-lost-drafts")).toBeNull();
  });
});
