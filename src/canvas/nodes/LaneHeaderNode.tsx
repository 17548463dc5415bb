// A lane row header: name, kind, and (for editors) rename (double-click, or Enter or F2 on the focused header),
// reorder and delete.
import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { useTranslation } from "react-i18next";
import { deleteLane, moveLane, updateLane } from "../../doc/ops";
import { keptLaneText, useMapStore, useMapStoreApi } from "../../store";
import { cardCounts } from "../cardCounts";
import { selectHeaderNow } from "../select";
import type { LaneHeaderNode as LaneHeaderNodeType } from "../types";
import { RenamingTag } from "../../features/presence";
import { HeaderControls } from "./HeaderControls";
import { CommentBadge } from "./CommentBadge";
import { FindingMark } from "./FindingMark";
import { InlineName } from "./InlineName";

export const LaneHeaderNode = memo(function LaneHeaderNode({ data, selected }: NodeProps<LaneHeaderNodeType>) {
  const { t, i18n } = useTranslation();
  const { lane, index, count } = data;
  const canEdit = useMapStore((s) => s.canEdit);
  const run = useMapStore((s) => s.actions.run);
  const keepIfDeleted = useMapStore((s) => s.actions.keepIfDeleted);
  const store = useMapStoreApi();
  const cardCount = useMapStore((s) => cardCounts(s.journey.cards).byLane.get(lane.id) ?? 0);
  return (
    <div
      className={`lane-header kind-${lane.kind}${selected ? " selected" : ""}`}
      data-testid={`lane-${lane.id}`}
      data-kind={lane.kind}
    >
      <InlineName
        id={lane.id}
        className="lane-name"
        value={lane.name}
        label={t("lane.name")}
        canEdit={canEdit}
        onSave={(name) => run((doc) => (updateLane(doc, lane.id, { name }), true)) === true}
        onLeftUnsaved={(name) => keepIfDeleted(keptLaneText(lane, index, name))}
      />
      {/* The interface's words among the map's content: read in the interface's language. */}
      <div className="lane-kind" lang={i18n.language}>
        {t(`laneKind.${lane.kind}`)}
      </div>
      <RenamingTag headerId={lane.id} />
      <CommentBadge targetId={lane.id} />
      <FindingMark targetId={lane.id} />
      {canEdit && (
        <HeaderControls
          kind="lane"
          name={lane.name}
          cardCount={cardCount}
          canMoveBack={index > 0}
          canMoveForward={index < count - 1}
          tabStop={data.tabStop === true}
          onMove={(delta) => run((doc) => moveLane(doc, lane.id, index + delta))}
          // Selected and in my presence first: a colleague typing in it is told who deleted it.
          onDelete={() => {
            selectHeaderNow(store, "lane", lane.id);
            run((doc) => deleteLane(doc, lane.id));
          }}
        />
      )}
    </div>
  );
});
