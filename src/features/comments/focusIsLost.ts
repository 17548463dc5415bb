// Whether the keyboard focus is nowhere: on the page itself, as after the focused button was removed.
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body;
}
