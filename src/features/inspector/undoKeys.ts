// Undo and redo from the keyboard on the inspector's checkboxes and drop-downs. The map's keys leave every form
// field alone (a text field undoes its own typing), so Ctrl+Z right after ticking a mark or choosing a channel did
// nothing there; these fields have no typing of their own to undo.
import type { KeyboardEvent } from "react";
import { useMapStore } from "../../store";

const ownsNoUndo = (target: EventTarget) =>
  target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type === "checkbox");

/** A keydown handler for an inspector's root: Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo. */
export function useUndoKeys(): (e: KeyboardEvent) => void {
  const actions = useMapStore((s) => s.actions);
  return (e) => {
    if (!ownsNoUndo(e.target) || !(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key !== "z" && key !== "y") return;
    e.preventDefault();
    if (key === "z" && !e.shiftKey) actions.undo();
    else actions.redo();
  };
}
