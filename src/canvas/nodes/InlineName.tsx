// A name that becomes a text field on double-click (for editors) and saves on Enter or blur.
import { useState } from "react";

export interface InlineNameProps {
  value: string;
  label: string;
  canEdit: boolean;
  className: string;
  onSave: (name: string) => void;
}

export function InlineName({ value, label, canEdit, className, onSave }: InlineNameProps) {
  const [draft, setDraft] = useState<string | null>(null);
  if (draft === null) {
    return (
      <div className={className} onDoubleClick={canEdit ? () => setDraft(value) : undefined} title={value}>
        {value}
      </div>
    );
  }
  const commit = () => {
    if (draft.trim() && draft !== value) onSave(draft.trim());
    setDraft(null);
  };
  return (
    <input
      className={`${className} nodrag`}
      aria-label={label}
      autoFocus
      maxLength={200}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === "Enter") commit();
        if (e.key === "Escape") setDraft(null);
      }}
    />
  );
}
