// Editing one card: title, description, channel, owner, emotion, the two marks with their reasons,
// and (below) its measurement point.
import { useTranslation } from "react-i18next";
import { EMOTION_ICON } from "../../canvas/icons";
import { DEFAULT_SIGNATURE_LIMIT } from "../../checks";
import { CHANNELS, EMOTIONS, type Card, type CardPatch, type Channel } from "../../doc";
import { updateCard } from "../../doc/ops";
import { keptCardText, useMapStore } from "../../store";
import type { KeptTextField } from "../../store/keptTexts";
import { useWhoChanged, WhoChangedContext } from "./changedBy";
import { CheckField, SelectField, TextField } from "./fields";
import { MeasurementEditor } from "./MeasurementEditor";
import { NextStepField } from "./NextStepField";
import { useUndoKeys } from "./undoKeys";

export function CardInspector({ card }: { card: Card }) {
  const { t } = useTranslation();
  const canEdit = useMapStore((s) => s.canEdit);
  const run = useMapStore((s) => s.actions.run);
  const keepIfDeleted = useMapStore((s) => s.actions.keepIfDeleted);
  // Text typed into a field when someone deletes the card is kept (store keptTexts), not dropped with the form.
  const keep = (field: KeptTextField) => (text: string) => keepIfDeleted(keptCardText(card, field, text));
  const lane = useMapStore((s) => s.journey.lanes.find((l) => l.id === card.laneId));
  const stage = useMapStore((s) => s.journey.stages.find((x) => x.id === card.stageId));
  const readOnly = !canEdit;
  const undoKeys = useUndoKeys();
  // A field someone changes while I type names them when their presence shows they alone have this card in hand.
  const whoChanged = useWhoChanged({ kind: "card", id: card.id });
  const save = (patch: CardPatch) => run((doc) => updateCard(doc, card.id, patch));
  const optional = (value: string) => (value.trim() === "" ? undefined : value);
  // A card in an emotions lane must keep an emotion: "none" is not offered there, only to be refused.
  const emotionRequired = lane?.kind === "emotions" && card.emotion !== undefined;
  const emotionOptions = [
    ...(emotionRequired ? [] : [{ value: "", label: t("common.none") }]),
    // Written as the map writes it, with a real minus sign (−2), not a hyphen.
    ...EMOTIONS.map((e) => ({ value: String(e), label: `${EMOTION_ICON[String(e)] ?? e} · ${t(`emotion.${e}`)}` })),
  ];
  // Past the limit the checks name it in their tab; said here too, where the mark that passed it is set.
  const signatures = useMapStore((s) => s.journey.cards.filter((c) => c.signatureInteraction !== undefined).length);
  const overLimit = card.signatureInteraction !== undefined && signatures > DEFAULT_SIGNATURE_LIMIT;

  return (
    <WhoChangedContext.Provider value={whoChanged}>
      <div className="inspector" data-testid="card-inspector" onKeyDown={undoKeys}>
        {/* Heard when going by headings, as the stage, lane and path inspectors are; the place below shows it. */}
        <h3 className="visually-hidden">{t("inspector.card")}</h3>
        <p className="inspector-place">
          {stage?.name} · {lane?.name}
        </p>
        <TextField
          label={t("inspector.title")}
          value={card.title}
          readOnly={readOnly}
          maxLength={200}
          required
          onSave={(title) => save({ title })}
          onLeftUnsaved={keep("title")}
          draftKey={`${card.id}:title`}
          testId="card-title-field"
        />
        <TextField
          label={t("inspector.description")}
          value={card.description ?? ""}
          readOnly={readOnly}
          multiline
          onSave={(v) => save({ description: optional(v) })}
          onLeftUnsaved={keep("description")}
          draftKey={`${card.id}:description`}
        />
        <SelectField<Channel>
          label={t("inspector.channel")}
          value={card.channel ?? ""}
          readOnly={readOnly}
          options={[
            { value: "", label: t("common.none") },
            ...CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) })),
          ]}
          onSave={(channel) => save({ channel: channel === "" ? undefined : channel })}
        />
        <TextField
          label={t("inspector.owner")}
          value={card.owner ?? ""}
          readOnly={readOnly}
          maxLength={200}
          onSave={(v) => save({ owner: optional(v) })}
          onLeftUnsaved={keep("owner")}
          draftKey={`${card.id}:owner`}
        />
        <SelectField
          label={t("inspector.emotion")}
          value={card.emotion === undefined ? "" : String(card.emotion)}
          readOnly={readOnly}
          options={emotionOptions}
          onSave={(v) => save({ emotion: v === "" ? undefined : Number(v) })}
        />
        <CheckField
          label={t("card.momentOfTruth")}
          checked={card.momentOfTruth !== undefined}
          readOnly={readOnly}
          onSave={(on) => save({ momentOfTruth: on ? { reason: "" } : undefined })}
        />
        {card.momentOfTruth && (
          <TextField
            label={t("inspector.momentOfTruthReason")}
            value={card.momentOfTruth.reason}
            readOnly={readOnly}
            multiline
            maxLength={2000}
            onSave={(reason) => save({ momentOfTruth: { ...card.momentOfTruth, reason } })}
            onLeftUnsaved={keep("momentOfTruth.reason")}
            draftKey={`${card.id}:momentOfTruth.reason`}
          />
        )}
        <CheckField
          label={t("card.signatureInteraction")}
          checked={card.signatureInteraction !== undefined}
          readOnly={readOnly}
          onSave={(on) => save({ signatureInteraction: on ? { reason: "" } : undefined })}
        />
        {overLimit && (
          <p className="hint" role="status" data-testid="signature-over-limit">
            {/* A page that may not edit is told the count, not asked to unmark cards it cannot change. */}
            {t(readOnly ? "inspector.signatureOverLimitToRead" : "inspector.signatureOverLimit", {
              count: signatures,
              limit: DEFAULT_SIGNATURE_LIMIT,
            })}
          </p>
        )}
        {card.signatureInteraction && (
          <TextField
            label={t("inspector.signatureReason")}
            value={card.signatureInteraction.reason}
            readOnly={readOnly}
            multiline
            maxLength={2000}
            onSave={(reason) => save({ signatureInteraction: { ...card.signatureInteraction, reason } })}
            onLeftUnsaved={keep("signatureInteraction.reason")}
            draftKey={`${card.id}:signatureInteraction.reason`}
          />
        )}
        {canEdit && <NextStepField key={card.id} card={card} />}
        <MeasurementEditor card={card} />
      </div>
    </WhoChangedContext.Provider>
  );
}
