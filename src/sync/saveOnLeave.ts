// Leaving the page (a reload, the tab closed, another address) fires no blur, and the map's text fields save on blur:
// what was typed into an open field without Enter went with the page. The focused field is left on pagehide instead,
// so that its own save runs while the page can still write to its local copy and its socket.

/** Blurs the element that has the focus, if any, so that a field saving on blur saves what it holds. */
export function leaveFocusedField(): void {
  if (typeof document === "undefined") return;
  const active = document.activeElement;
  if (active && active !== document.body && typeof (active as HTMLElement).blur === "function") {
    (active as HTMLElement).blur();
  }
}
