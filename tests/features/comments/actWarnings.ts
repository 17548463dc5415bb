// Makes a React act() warning fail the test that caused it, with the warning printed as before: a state change the
// test did not wait for (or a component updating after it was gone) is a bug in the test or the component.
// Call it at the top of a test file, before the file's own afterEach: Vitest runs afterEach hooks last-registered
// first, so this check then sees what the file's clean-up (a language switched back) set off as well.
import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach, expect, vi, type MockInstance } from "vitest";

export function failOnActWarnings(): void {
  let spy: MockInstance<typeof console.error> | null = null;
  beforeEach(() => {
    // A spy without an implementation calls through: the warning is still printed.
    spy = vi.spyOn(console, "error");
  });
  afterEach(() => {
    // Unmounted here, so that a failure below does not leave this test's panel on the page for the next test.
    cleanup();
    const calls = spy?.mock.calls ?? [];
    spy?.mockRestore();
    spy = null;
    const warnings = calls
      .filter((args) => String(args[0]).includes("not wrapped in act("))
      .map((args) => `An update to ${String(args[1])} was not wrapped in act(...)`);
    expect(warnings).toEqual([]);
  });
}
