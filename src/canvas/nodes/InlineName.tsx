// A name that becomes a text field on double-click (for editors) and saves on Enter or blur; a name the map
// cannot take (empty, too long) stays in the field with the reason in the error banner, until fixed or Escape.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { MAX } from "../../doc";
import { textProblem } from "../../features/inspector/textProblem";
import { useMapStore } from "../../store";

export interface InlineNameProps {
  value: string;
  label: string;
  canEdit: boolean;
  className: string;
  onSave: (name: string) => void;
}

export function InlineName({ value, label, canEdit, className, onSave }: InlineNameProps) {
  const { t } = useTranslation();
  const setError = useMapStore((s) => s.actions.setError);
  const [draft, setDraft] = useState<string | null>(null);
  // A page that lost its edit rights mid-edit shows the name again; nothing it types could be saved.
  if (draft === null || !canEdit) {
    return (
      <div className={className} onDoubleClick={canEdit ? () => setDraft(value) : undefined} title={value}>
        {value}
      </div>
    );
  }
  const commit = () => {
    const name = draft.trim();
    const problem = textProblem(name, { required: true, max: MAX.name }, t);
    if (problem) return setError(problem);
    if (name !== value) onSave(name);
    setDraft(null);
  };
  return (
    <input
      className={`${className} nodrag`}
      aria-label={label}
      autoFocus
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === "Enter") commit();
        if (e.key === "Escape") {
          setError(null);
          setDraft(null);
        }
      }}
    />
  );
}
