// A read-only link with a copy button; when the clipboard is not available the link is selected instead.
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

export interface CopyFieldProps {
  label: string;
  value: string;
  testId: string;
}

export function CopyField({ label, value, testId }: CopyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  // What was copied (or failed to be), and of which link: a link replaced since is not in the clipboard.
  const [outcome, setOutcome] = useState<{ of: string; state: "copied" | "failed" } | null>(null);
  const state = outcome?.of === value ? outcome.state : "idle";

  const copy = async () => {
    try {
      if (typeof navigator === "undefined" || !navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(value);
      setOutcome({ of: value, state: "copied" });
    } catch {
      input.current?.select();
      setOutcome({ of: value, state: "failed" });
    }
  };

  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 2 }}>
      {/* The label names the link only; each copy button says which link it copies. */}
      <label htmlFor={id}>{label}</label>
      <span style={{ display: "flex", gap: 4 }}>
        <input
          ref={input}
          id={id}
          readOnly
          value={value}
          data-testid={testId}
          onFocus={(e) => e.currentTarget.select()}
          style={{ flex: 1, minWidth: 0, fontFamily: "monospace", fontSize: 12 }}
        />
        <button type="button" aria-label={t("share.copyNamed", { label })} onClick={() => void copy()}>
          {state === "copied" ? t("share.copied") : t("share.copy")}
        </button>
      </span>
      {state === "copied" && (
        <span role="status" className="visually-hidden">
          {t("share.copiedNamed", { label })}
        </span>
      )}
      {state === "failed" && (
        <small role="alert" style={{ color: "#c92a2a" }}>
          {t("share.copyFailed")}
        </small>
      )}
    </div>
  );
}
