// Form fields that keep a draft while focused and save on blur (or Enter), so a half-typed value
// never hits the document and a refused value springs back to what the map holds.
import { useId, useState, type ReactNode } from "react";

interface BaseProps {
  label: string;
  readOnly: boolean;
  testId?: string;
}

export function Field({ label, children, id }: { label: string; children: ReactNode; id: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

export function TextField({
  label,
  value,
  readOnly,
  multiline = false,
  maxLength = 5000,
  onSave,
  testId,
}: BaseProps & { value: string; multiline?: boolean; maxLength?: number; onSave: (value: string) => void }) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? value;
  const commit = () => {
    if (draft !== null && draft !== value) onSave(draft);
    setDraft(null);
  };
  const common = {
    id,
    value: shown,
    readOnly,
    maxLength,
    "data-testid": testId,
    onFocus: () => setDraft(value),
    onBlur: commit,
  };
  return (
    <Field label={label} id={id}>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") e.currentTarget.blur();
          }}
        />
      )}
    </Field>
  );
}

export function SelectField<T extends string>({
  label,
  value,
  readOnly,
  options,
  onSave,
  testId,
}: BaseProps & { value: T | ""; options: { value: T | ""; label: string }[]; onSave: (value: T | "") => void }) {
  const id = useId();
  return (
    <Field label={label} id={id}>
      <select
        id={id}
        value={value}
        disabled={readOnly}
        data-testid={testId}
        onChange={(e) => {
          const next = options.find((o) => o.value === e.target.value);
          if (next) onSave(next.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function CheckField({
  label,
  checked,
  readOnly,
  onSave,
}: BaseProps & { checked: boolean; onSave: (checked: boolean) => void }) {
  return (
    <label className="check-field">
      <input type="checkbox" checked={checked} disabled={readOnly} onChange={(e) => onSave(e.target.checked)} />
      {label}
    </label>
  );
}
