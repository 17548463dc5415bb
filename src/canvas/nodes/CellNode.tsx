// The background of one cell (stage x lane): marks the active cell, offers "add card" to editors and, far
// away, draws the cell's cards that are not nodes (see farCards.ts).
import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { useTranslation } from "react-i18next";
import { addCard } from "../../doc/ops";
import type { Finding } from "../../checks";
import { findingsOf, useMapStore, useMapStoreApi } from "../../store";
import { inMapLanguage } from "../../features/toolbar/contentLanguage";
import { openThreadCounts } from "../commentCounts";
import type { CellNode as CellNodeType } from "../types";
import { useLeftOutAmong } from "./farCards";
import { SketchCard } from "./SketchCard";
import { useDetailed } from "./useDetailed";
import "./touchTargets.css";

const NO_FINDINGS: readonly Finding[] = [];

export const CellNode = memo(function CellNode({
  data,
  positionAbsoluteX,
  positionAbsoluteY,
}: NodeProps<CellNodeType>) {
  const { t, i18n } = useTranslation();
  const { stageId, laneId, laneKind } = data;
  const addLabel = t("card.addIn", { stage: data.stageName, lane: data.laneName });
  const detailed = useDetailed();
  const leftOut = useLeftOutAmong(data.cards);
  const threads = useMapStore((s) => (detailed ? null : openThreadCounts(s.comments)));
  const findings = useMapStore((s) => (detailed ? null : findingsOf(s.checked).byTarget));
  const canEdit = useMapStore((s) => s.canEdit);
  const active = useMapStore((s) => s.ui.activeCell?.stageId === stageId && s.ui.activeCell.laneId === laneId);
  const actions = useMapStore((s) => s.actions);
  const store = useMapStoreApi();
  const add = () => {
    const title = t("card.newTitle", inMapLanguage(store.getState().journey.language));
    const extra = laneKind === "emotions" ? { emotion: 0 as const } : {};
    const id = actions.run((doc) => addCard(doc, { stageId, laneId, title, ...extra }));
    if (id) {
      actions.select({ cards: [id] });
      actions.editCardTitle(id);
    }
  };
  return (
    <div className={`cell kind-${laneKind}${active ? " active" : ""}`} data-testid={`cell-${stageId}-${laneId}`}>
      {canEdit && (
        <button
          type="button"
          className="cell-add nodrag"
          aria-label={addLabel}
          title={addLabel}
          // The interface's words inside the map, whose content is read in the map's language.
          lang={i18n.language}
          // One Tab stop for all cells: the active cell's (the arrow keys and headers pick it; N adds there too).
          tabIndex={active ? 0 : -1}
          onClick={(e) => {
            e.stopPropagation();
            actions.setActiveCell({ stageId, laneId });
            add();
          }}
        >
          +
        </button>
      )}
      {!detailed &&
        data.cards.map((node) =>
          node.data.linked || leftOut.has(node.id) ? null : (
            <SketchCard
              key={node.id}
              node={node}
              left={node.position.x - positionAbsoluteX}
              top={node.position.y - positionAbsoluteY}
              threads={threads?.get(node.id) ?? 0}
              findings={findings?.get(node.id) ?? NO_FINDINGS}
            />
          ),
        )}
    </div>
  );
});
