// Editing a stage (name, the customer's goal) or a lane (name, kind).
import { useTranslation } from "react-i18next";
import { LANE_KINDS, type Lane, type LaneKind, type Stage } from "../../doc";
import { updateLane, updateStage } from "../../doc/ops";
import { keptLaneText, keptStageText, useMapStore } from "../../store";
import { useWhoChanged, WhoChangedContext } from "./changedBy";
import { SelectField, TextField } from "./fields";
import { useUndoKeys } from "./undoKeys";

export function StageInspector({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  const canEdit = useMapStore((s) => s.canEdit);
  const run = useMapStore((s) => s.actions.run);
  // Text typed when someone deletes the stage is kept (store keptTexts), to put back where the stage stood.
  const keepIfDeleted = useMapStore((s) => s.actions.keepIfDeleted);
  const index = useMapStore((s) => s.journey.stages.findIndex((x) => x.id === stage.id));
  const whoChanged = useWhoChanged({ kind: "stage", id: stage.id });
  return (
    <WhoChangedContext.Provider value={whoChanged}>
      <div className="inspector" data-testid="stage-inspector">
        <h3>{t("stage.title")}</h3>
        <TextField
          label={t("stage.name")}
          value={stage.name}
          readOnly={!canEdit}
          maxLength={200}
          required
          onSave={(name) => run((doc) => updateStage(doc, stage.id, { name }))}
          onLeftUnsaved={(name) => keepIfDeleted(keptStageText(stage, index, "stage.name", name))}
          draftKey={`${stage.id}:name`}
        />
        <TextField
          label={t("stage.customerGoal")}
          value={stage.customerGoal ?? ""}
          readOnly={!canEdit}
          multiline
          maxLength={2000}
          onSave={(v) => run((doc) => updateStage(doc, stage.id, { customerGoal: v.trim() === "" ? undefined : v }))}
          onLeftUnsaved={(goal) => keepIfDeleted(keptStageText(stage, index, "stage.customerGoal", goal))}
          draftKey={`${stage.id}:customerGoal`}
        />
      </div>
    </WhoChangedContext.Provider>
  );
}

export function LaneInspector({ lane }: { lane: Lane }) {
  const { t } = useTranslation();
  const canEdit = useMapStore((s) => s.canEdit);
  const run = useMapStore((s) => s.actions.run);
  const keepIfDeleted = useMapStore((s) => s.actions.keepIfDeleted);
  const index = useMapStore((s) => s.journey.lanes.findIndex((x) => x.id === lane.id));
  const undoKeys = useUndoKeys();
  const whoChanged = useWhoChanged({ kind: "lane", id: lane.id });
  return (
    <WhoChangedContext.Provider value={whoChanged}>
      <div className="inspector" data-testid="lane-inspector" onKeyDown={undoKeys}>
        <h3>{t("lane.title")}</h3>
        <TextField
          label={t("lane.name")}
          value={lane.name}
          readOnly={!canEdit}
          maxLength={200}
          required
          onSave={(name) => run((doc) => updateLane(doc, lane.id, { name }))}
          onLeftUnsaved={(name) => keepIfDeleted(keptLaneText(lane, index, name))}
          draftKey={`${lane.id}:name`}
        />
        <SelectField<LaneKind>
          label={t("lane.kind")}
          value={lane.kind}
          readOnly={!canEdit}
          options={LANE_KINDS.map((k) => ({ value: k, label: t(`laneKind.${k}`) }))}
          onSave={(kind) => kind && run((doc) => updateLane(doc, lane.id, { kind }))}
        />
      </div>
    </WhoChangedContext.Provider>
  );
}
