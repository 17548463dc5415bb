// @vitest-environment jsdom
// The connection indicator says how my changes travel and whether I may change anything.
import { describe, expect, it } from "vitest";
import { screen } from "@testing-library/react";
import { ConnectionIndicator } from "../../../src/features/presence/ConnectionIndicator";
import { renderWithI18n } from "./renderWithI18n";

describe("ConnectionIndicator", () => {
  it("shows each status in words and as data for the tests", () => {
    for (const [status, words] of [
      ["connecting", "Connecting…"],
      ["online", "Online"],
      ["reconnecting", "Reconnecting…"],
      ["offline", "Offline"],
    ] as const) {
      const { unmount } = renderWithI18n(<ConnectionIndicator status={status} role="editor" />);
      const indicator = screen.getByRole("status");
      expect(indicator).toHaveTextContent(words);
      expect(indicator).toHaveAttribute("data-status", status);
      unmount();
    }
  });

  it("shows a read-only badge for viewers and commenters only", () => {
    const viewer = renderWithI18n(<ConnectionIndicator status="online" role="viewer" />);
    expect(screen.getByTestId("read-only-badge")).toHaveTextContent("View only");
    viewer.unmount();
    const commenter = renderWithI18n(<ConnectionIndicator status="online" role="commenter" />);
    expect(screen.getByTestId("read-only-badge")).toHaveTextContent("Comment only");
    commenter.unmount();
    renderWithI18n(<ConnectionIndicator status="online" role="owner" />);
    expect(screen.queryByTestId("read-only-badge")).toBeNull();
  });

  it("speaks German when the app does", () => {
    renderWithI18n(<ConnectionIndicator status="reconnecting" role="viewer" />, "de");
    expect(screen.getByRole("status")).toHaveTextContent("Verbinde neu …");
    expect(screen.getByTestId("read-only-badge")).toHaveTextContent("Nur ansehen");
  });

  it("promises no kept changes to a view or comment link, and says what the link allows", () => {
    const editor = renderWithI18n(<ConnectionIndicator status="reconnecting" role="editor" />);
    expect(screen.getByRole("status")).toHaveAttribute("title", expect.stringContaining("your changes are kept"));
    editor.unmount();
    for (const role of ["viewer", "commenter"] as const) {
      for (const status of ["reconnecting", "offline"] as const) {
        const page = renderWithI18n(<ConnectionIndicator status={status} role={role} />);
        expect(screen.getByRole("status").getAttribute("title")).not.toMatch(/your changes|Editors keep working/);
        page.unmount();
      }
    }
    const viewer = renderWithI18n(<ConnectionIndicator status="online" role="viewer" />, "de");
    expect(screen.getByTestId("read-only-badge")).toHaveAttribute(
      "title",
      "Mit diesem Link können Sie die Map ansehen und exportieren, aber nicht ändern oder kommentieren.",
    );
    viewer.unmount();
    renderWithI18n(<ConnectionIndicator status="online" role="commenter" />);
    expect(screen.getByTestId("read-only-badge")).toHaveAttribute(
      "title",
      "This link lets you look at the map, export it and comment on it, not change it.",
    );
  });
});
