// Text typed into a comment box and not sent yet, kept per map and box while the box is off screen (another
// tab of the side panel, another thread opened), so coming back finds it as it was left.
import { useMapStore } from "../../store";

const drafts = new Map<string, string>();

/** The key of one box on the open map: "new" for a new thread, "reply:ID" and "edit:ID" for the others. */
export function useDraftKey(box: string): string {
  const mapId = useMapStore((s) => s.mapId);
  return `${mapId ?? ""}\u0000${box}`;
}

export function draftOf(key: string): string | undefined {
  return drafts.get(key);
}

/** Keeps the text; an empty one keeps nothing. */
export function keepDraft(key: string, text: string): void {
  if (text === "") drafts.delete(key);
  else drafts.set(key, text);
}

export function dropDraft(key: string): void {
  drafts.delete(key);
}

/** Forgets every draft (a fresh page, as in tests). */
export function forgetDrafts(): void {
  drafts.clear();
}
