// A name that becomes a text field on double-click, or on Enter or F2 on its focused header (for editors, see
// startRenaming), and saves on Enter or blur; a name the map cannot take (empty, too long) stays in the field
// with the reason in the error banner, until fixed or Escape. Closed by a key, the focus goes back to the header.
// While the field is open, my presence says I am renaming it, and the canvas knows it too (renamingHeader.ts): it keeps
// the header in view, and a header the map stops drawing meanwhile opens its field again, with what was typed, when
// it is drawn again.
import { useContext, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { useNodeId } from "@xyflow/react";
import { MAX } from "../../doc";
import { usePublishRenaming } from "../../features/presence";
import { RenamingHeaderContext } from "../renamingHeader";
import { InPlaceText } from "./InPlaceText";

export interface InlineNameProps {
  /** The stage or lane whose name this is: others see me renaming it while the field is open. */
  id: string;
  value: string;
  label: string;
  canEdit: boolean;
  className: string;
  /** Writes the name; false when the map refused it, which keeps the field open. */
  onSave: (name: string) => boolean;
  /** A typed name the field did not save when it went away (its stage or lane deleted meanwhile, say). */
  onLeftUnsaved?: (name: string) => void;
}

/** Asked of a name by the map's keyboard handling: a DOM event, so that no header subscribes to anything for it. */
const RENAME = "outside-in:rename";

/** Opens the name field inside `node` (a focused stage or lane header); false when it holds no name to edit. */
export function startRenaming(node: Element): boolean {
  const name = node.querySelector("[data-inline-name]");
  return name !== null && !name.dispatchEvent(new Event(RENAME, { cancelable: true }));
}

export function InlineName({ id, value, label, canEdit, className, onSave, onLeftUnsaved }: InlineNameProps) {
  const renaming = useContext(RenamingHeaderContext);
  // The header's node: what the canvas knows it by, and the key of what was typed while the node was away.
  const nodeId = useNodeId();
  const [open, setOpen] = useState(() => nodeId !== null && renaming?.nodeId === nodeId);
  const shown = useRef<HTMLDivElement>(null);
  const editing = open && canEdit;
  usePublishRenaming(id, editing);
  useEffect(() => {
    const name = shown.current;
    if (!name || !canEdit) return;
    const start = (e: Event) => {
      e.preventDefault();
      // At once, inside the Enter or F2 that asked: React would take this custom event for a non-urgent one and draw
      // the field a few milliseconds later, and the first letters typed right after the key went to the header, lost.
      flushSync(() => setOpen(true));
      if (nodeId !== null) renaming?.start(nodeId);
    };
    name.addEventListener(RENAME, start);
    return () => name.removeEventListener(RENAME, start);
  }, [canEdit, editing, nodeId, renaming]);
  const openField = (): void => {
    setOpen(true);
    if (nodeId !== null) renaming?.start(nodeId);
  };
  const close = (): void => {
    setOpen(false);
    if (nodeId !== null) renaming?.end(nodeId);
  };
  // A page that lost its edit rights mid-edit shows the name again; nothing it types could be saved.
  if (!editing) {
    return (
      <div
        ref={shown}
        className={className}
        data-inline-name=""
        onDoubleClick={canEdit ? openField : undefined}
        title={value}
      >
        {value}
      </div>
    );
  }
  return (
    <InPlaceText
      value={value}
      label={label}
      className={className}
      max={MAX.name}
      trim
      onSave={onSave}
      onClose={close}
      {...(onLeftUnsaved ? { onLeftUnsaved } : {})}
      {...(nodeId !== null ? { draftKey: nodeId } : {})}
    />
  );
}
