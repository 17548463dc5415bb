// A stage column header: name, the customer's goal, and (for editors) rename (double-click, or Enter or F2 on the
// focused header), reorder and delete.
import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { useTranslation } from "react-i18next";
import { deleteStage, moveStage, updateStage } from "../../doc/ops";
import { keptStageText, useMapStore, useMapStoreApi } from "../../store";
import { cardCounts } from "../cardCounts";
import { selectHeaderNow } from "../select";
import type { StageHeaderNode as StageHeaderNodeType } from "../types";
import { RenamingTag } from "../../features/presence";
import { HeaderControls } from "./HeaderControls";
import { CommentBadge } from "./CommentBadge";
import { FindingMark } from "./FindingMark";
import { InlineName } from "./InlineName";

export const StageHeaderNode = memo(function StageHeaderNode({ data, selected }: NodeProps<StageHeaderNodeType>) {
  const { t, i18n } = useTranslation();
  const { stage, index, count } = data;
  const canEdit = useMapStore((s) => s.canEdit);
  const run = useMapStore((s) => s.actions.run);
  const keepIfDeleted = useMapStore((s) => s.actions.keepIfDeleted);
  const store = useMapStoreApi();
  const cardCount = useMapStore((s) => cardCounts(s.journey.cards).byStage.get(stage.id) ?? 0);
  return (
    <div className={`stage-header${selected ? " selected" : ""}`} data-testid={`stage-${stage.id}`}>
      <InlineName
        id={stage.id}
        className="stage-name"
        value={stage.name}
        label={t("stage.name")}
        canEdit={canEdit}
        onSave={(name) => run((doc) => (updateStage(doc, stage.id, { name }), true)) === true}
        onLeftUnsaved={(name) => keepIfDeleted(keptStageText(stage, index, "stage.name", name))}
      />
      {stage.customerGoal ? (
        <div className="stage-goal" title={stage.customerGoal}>
          {stage.customerGoal}
        </div>
      ) : (
        // The interface's words among the map's content: read in the interface's language.
        <div className="stage-goal missing" lang={i18n.language}>
          {t("stage.noGoal")}
        </div>
      )}
      <RenamingTag headerId={stage.id} />
      <CommentBadge targetId={stage.id} />
      <FindingMark targetId={stage.id} />
      {canEdit && (
        <HeaderControls
          kind="stage"
          name={stage.name}
          cardCount={cardCount}
          canMoveBack={index > 0}
          canMoveForward={index < count - 1}
          tabStop={data.tabStop === true}
          onMove={(delta) => run((doc) => moveStage(doc, stage.id, index + delta))}
          // Selected and in my presence first: a colleague typing in it is told who deleted it.
          onDelete={() => {
            selectHeaderNow(store, "stage", stage.id);
            run((doc) => deleteStage(doc, stage.id));
          }}
        />
      )}
    </div>
  );
});
