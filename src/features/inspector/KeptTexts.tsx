// What a person was typing into a card that someone else deleted meanwhile, kept in sight until they copy it,
// put it back as a new card (one undoable op, in the deleted card's stage and lane) or let it go.
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Awareness } from "y-protocols/awareness";
import { addCard } from "../../doc/ops";
import { KEPT_FIELD_LABELS, useMapStore, type KeptText } from "../../store";
import { peersOf } from "../../sync";

/** The one person who had the card in hand (selected, dragged or being renamed) as it went; null if unsure. */
function deleterOf(awareness: Awareness | null, cardId: string): string | null {
  if (!awareness) return null;
  const holding = peersOf(awareness.getStates(), awareness.clientID).filter(
    (p) => p.selection?.includes(cardId) || p.editing === cardId || p.dragging?.cardId === cardId,
  );
  return holding.length === 1 ? (holding[0]?.name ?? null) : null;
}

function KeptTextNotice({ kept, awareness }: { kept: KeptText; awareness: Awareness | null }) {
  const { t, i18n } = useTranslation();
  // Named once, as it arrives: the peer's own page drops the card from their selection a moment later.
  const [by] = useState(() => deleterOf(awareness, kept.cardId));
  const [copied, setCopied] = useState<"done" | "failed" | null>(null);
  const text = useRef<HTMLTextAreaElement>(null);
  const canEdit = useMapStore((s) => s.canEdit);
  const mapLanguage = useMapStore((s) => s.journey.language);
  const cellExists = useMapStore(
    (s) =>
      s.journey.stages.some((x) => x.id === kept.card.stageId) &&
      s.journey.lanes.some((l) => l.id === kept.card.laneId),
  );
  const actions = useMapStore((s) => s.actions);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(kept.text);
      setCopied("done");
    } catch {
      // No clipboard for the page (an http address that is not this computer): select it to copy by hand.
      text.current?.select();
      setCopied("failed");
    }
  };
  const putBack = () => {
    const id = actions.run((doc) => addCard(doc, kept.card));
    if (id === undefined) return;
    actions.dropKeptText(kept.id);
    actions.focusTarget({ kind: "card", id });
  };
  const field = t(KEPT_FIELD_LABELS[kept.field]);
  return (
    <div className="kept-text" role="alert" data-testid="kept-text">
      <p>{by ? t("keptText.deletedBy", { name: by }) : t("keptText.deleted")}</p>
      <label className="kept-text-field">
        <span>{t("keptText.field", { field })}</span>
        <textarea ref={text} readOnly rows={2} value={kept.text} lang={mapLanguage || undefined} />
      </label>
      <div className="kept-text-actions">
        <button type="button" onClick={() => void copy()}>
          {t("keptText.copy")}
        </button>
        {canEdit && cellExists && (
          <button type="button" onClick={putBack}>
            {t("keptText.putBack")}
          </button>
        )}
        <button type="button" className="subtle" onClick={() => actions.dropKeptText(kept.id)}>
          {t("keptText.discard")}
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

export function KeptTexts({ awareness = null }: { awareness?: Awareness | null }) {
  const kept = useMapStore((s) => s.ui.keptTexts);
  if (kept.length === 0) return null;
  return (
    <div className="kept-texts">
      {kept.map((k) => (
        <KeptTextNotice key={k.id} kept={k} awareness={awareness} />
      ))}
    </div>
  );
}
