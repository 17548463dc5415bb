// A name that becomes a text field on double-click, or on Enter or F2 on its focused header (for editors, see
// startRenaming), and saves on Enter or blur; a name the map cannot take (empty, too long) stays in the field
// with the reason in the error banner, until fixed or Escape. Closed by a key, the focus goes back to the header.
// While the field is open, my presence says I am renaming it.
import { useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { MAX } from "../../doc";
import { usePublishRenaming } from "../../features/presence";
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
  const [open, setOpen] = useState(false);
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
    };
    name.addEventListener(RENAME, start);
    return () => name.removeEventListener(RENAME, start);
  }, [canEdit, editing]);
  // A page that lost its edit rights mid-edit shows the name again; nothing it types could be saved.
  if (!editing) {
    return (
      <div
        ref={shown}
        className={className}
        data-inline-name=""
        onDoubleClick={canEdit ? () => setOpen(true) : undefined}
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
      onClose={() => setOpen(false)}
      {...(onLeftUnsaved ? { onLeftUnsaved } : {})}
    />
  );
}
