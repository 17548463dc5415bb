// @vitest-environment jsdom
// A link inside the app opens its page without a page load on a plain click, and leaves a click with Ctrl, ⌘, Shift
// or Alt (a new tab or window) or another button to the browser.
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { AppLink } from "../../src/app/AppLink";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

function link() {
  render(<AppLink href="/m/abc?t=owner">Mein Umzug</AppLink>);
  return screen.getByRole("link", { name: "Mein Umzug" });
}

describe("a link inside the app", () => {
  it("opens its page in place on a plain click, and the router hears of it", () => {
    window.history.replaceState(null, "", "/");
    const heard: string[] = [];
    const listen = () => heard.push(window.location.pathname + window.location.search);
    window.addEventListener("popstate", listen);
    try {
      const proceeded = fireEvent.click(link(), { button: 0 });
      expect(proceeded).toBe(false); // the browser's own navigation is prevented
      expect(window.location.pathname + window.location.search).toBe("/m/abc?t=owner");
      expect(heard).toEqual(["/m/abc?t=owner"]);
    } finally {
      window.removeEventListener("popstate", listen);
    }
  });

  it.each([
    ["Ctrl", { ctrlKey: true }],
    ["⌘", { metaKey: true }],
    ["Shift", { shiftKey: true }],
    ["Alt", { altKey: true }],
  ])("leaves a click with %s to the browser", (_, keys) => {
    window.history.replaceState(null, "", "/");
    const proceeded = fireEvent.click(link(), { button: 0, ...keys });
    expect(proceeded).toBe(true);
    expect(window.location.pathname).toBe("/");
  });

  it("keeps its address and what else it was given", () => {
    render(
      <AppLink href="/" className="brand" data-map-id="m1">
        Outside-In
      </AppLink>,
    );
    const a = screen.getByRole("link", { name: "Outside-In" });
    expect(a).toHaveAttribute("href", "/");
    expect(a).toHaveClass("brand");
    expect(a).toHaveAttribute("data-map-id", "m1");
  });
});
