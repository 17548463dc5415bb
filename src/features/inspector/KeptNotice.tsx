// The frame every kept-text notice shares: what happened, the kept text to copy (or the choice that was lost), the
// one action that writes it back (Put it back, Use mine) when it can, Discard, and how a copy went. KeptTextBox is the
// frame alone, for a text kept in the browser and offered where no map is open (the start page).
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMapStore, type KeptText } from "../../store";

/** Copy, and the copy's outcome: the clipboard, or the text selected to copy by hand. */
function useCopy(text: string) {
  const [copied, setCopied] = useState<"done" | "failed" | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied("done");
    } catch {
      // No clipboard for the page (an http address that is not this computer): select it to copy by hand.
      area.current?.select();
      setCopied("failed");
    }
  };
  return { copied, area, copy };
}

/**
 * The language of a kept text: what a person wrote is in the map's language; observed values and a card's choices
 * are written out by the page, in the interface's.
 */
function textLanguage(kept: KeptText, mapLanguage: string | undefined, interfaceLanguage: string): string | undefined {
  const written =
    kept.field === "measurement.observation" || kept.field === "card.choices" || kept.choice !== undefined;
  return (written ? interfaceLanguage : mapLanguage) || undefined;
}

export interface KeptNoticeProps {
  kept: KeptText;
  /** What happened to it, and whom it names. */
  sentence: string;
  /** The label of the kept text's box. */
  fieldLabel: string;
  /** Whether it is offered to copy (a lost choice is a word of the interface: nothing to paste elsewhere). */
  copyable: boolean;
  /** The button that writes it back, when this person may and its place is there. */
  action: { label: string; run: () => void } | null;
  discardLabel: string;
  /** What Discard does instead of letting the page's kept text go (a text kept in the browser is deleted there). */
  onDiscard?: () => void;
}

export function KeptNotice({ kept, onDiscard, ...props }: KeptNoticeProps) {
  const { i18n } = useTranslation();
  const mapLanguage = useMapStore((s) => s.journey.language);
  const dropKeptText = useMapStore((s) => s.actions.dropKeptText);
  return (
    <KeptTextBox
      {...props}
      text={kept.text}
      language={textLanguage(kept, mapLanguage, i18n.language)}
      onDiscard={onDiscard ?? (() => dropKeptText(kept.id))}
    />
  );
}

export type KeptTextBoxProps = Omit<KeptNoticeProps, "kept" | "onDiscard"> & {
  text: string;
  /** The language the text is in, when known. */
  language: string | undefined;
  onDiscard: () => void;
};

/** The notice itself, outside a map too (the start page offers texts kept in the browser). */
export function KeptTextBox({
  text,
  language,
  sentence,
  fieldLabel,
  copyable,
  action,
  discardLabel,
  onDiscard,
}: KeptTextBoxProps) {
  const { t, i18n } = useTranslation();
  const { copied, area, copy } = useCopy(text);
  return (
    <div className="kept-text" role="alert" data-testid="kept-text">
      <p>{sentence}</p>
      <label className="kept-text-field">
        <span>{fieldLabel}</span>
        <textarea ref={area} readOnly rows={2} value={text} lang={language} />
      </label>
      <div className="kept-text-actions">
        {copyable && (
          <button type="button" onClick={() => void copy()}>
            {t("keptText.copy")}
          </button>
        )}
        {action && (
          <button type="button" onClick={action.run}>
            {action.label}
          </button>
        )}
        <button type="button" className="subtle" onClick={onDiscard}>
          {discardLabel}
        </button>
        {copied && (
          <span role="status" lang={i18n.language}>
            {copied === "done" ? t("keptText.copied") : t("keptText.copyFailed")}
          </span>
        )}
      </div>
    </div>
  );
}
