// The start page's tests: each begins at "/" with empty storage, the interface in a language and the network
// answered by the fetch the file gives; each ends with all of it undone.
import { act, cleanup } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";
import { i18n, initI18n } from "../../src/i18n";

/** `network` is called before each test for the fetch it answers with (a place to reset what a file records). */
export function startPageTests(network: () => unknown, language: "en" | "de" = "en"): void {
  beforeEach(async () => {
    window.history.pushState(null, "", "/");
    localStorage.clear();
    sessionStorage.clear();
    vi.stubGlobal("fetch", network());
    initI18n("en");
    await i18n.changeLanguage(language);
  });
  afterEach(async () => {
    cleanup();
    vi.unstubAllGlobals();
    localStorage.clear();
    sessionStorage.clear();
    await act(() => i18n.changeLanguage("en"));
  });
}
