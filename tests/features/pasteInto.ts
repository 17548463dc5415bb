// Text put into a field in one go, for the tests about what becomes of a text (kept, moved, sent, refused), not about
// the keys that typed it: a key typed costs a render of the page (and, in a comment box, a write of the drafts), and
// a long text typed key by key took seconds per test. The keys themselves are typed in the tests about typing.
import type { UserEvent } from "@testing-library/user-event";

/** Clicks into the field (the caret goes to the end of its text, as a click there does) and pastes `text` at it. */
export async function pasteInto(user: UserEvent, field: HTMLElement, text: string): Promise<void> {
  await user.click(field);
  await user.paste(text);
}
