// Text put into a comment box in one go, for the tests about what becomes of a text (kept, moved, sent), not about
// the keys that typed it: a key typed costs a render of the panel and a write of the drafts, and a long text typed
// key by key took seconds per test. The keys themselves are typed in the tests about typing.
import type { UserEvent } from "@testing-library/user-event";

/** Clicks into the box (the caret goes to the end of its text, as a click there does) and pastes `text` at it. */
export async function pasteInto(user: UserEvent, box: HTMLElement, text: string): Promise<void> {
  await user.click(box);
  await user.paste(text);
}
