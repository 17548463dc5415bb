// The inspector tab: edits whatever single thing is selected (card, stage, lane or a step of the path).
import { memo, useDeferredValue, useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { useTranslation } from "react-i18next";
import { sameSelection, useMapStore, type SelectionState } from "../../store";
import { CardInspector } from "./CardInspector";
import { ConnectionInspector } from "./ConnectionInspector";
import { LaneInspector, StageInspector } from "./StageLaneInspector";

export function Inspector() {
  // Drawn after the canvas shows the selection, not before: building a card's inspector (some 60 components) was most
  // of a click's time to its painted frame on a big map, and the selected card need not wait for it. Until it is
  // drawn, the previous selection's inspector is inert: nothing typed or focused there meanwhile goes to the wrong
  // card, or into fields about to go away. Tab pressed meanwhile draws it at once, before the browser moves the focus,
  // so that a quick Tab from the map lands in the new inspector rather than skipping the inert one.
  const live = useMapStore((s) => s.ui.selection);
  const deferred = useDeferredValue(live);
  const [urgent, setUrgent] = useState(false);
  const selection = urgent ? live : deferred;
  // By the records it holds: the same card chosen again is a new object, and a field being typed in must stay.
  const stale = !sameSelection(selection, live);
  useEffect(() => {
    if (!stale) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Tab") flushSync(() => setUrgent(true));
    };
    document.addEventListener("keydown", onKey, true);
    return () => document.removeEventListener("keydown", onKey, true);
  }, [stale]);
  // Once the deferred drawing has caught up, later selections are deferred again.
  const caughtUp = sameSelection(deferred, live);
  useEffect(() => {
    if (urgent && caughtUp) setUrgent(false);
  }, [urgent, caughtUp]);
  return (
    <div className="inspector-frame" inert={stale} aria-busy={stale || undefined} data-testid="inspector-frame">
      <InspectorFor selection={selection} />
    </div>
  );
}

/** The inspector of a selection; the same selection draws nothing again (memo), so marking it stale is cheap. */
const InspectorFor = memo(function InspectorFor({ selection }: { selection: SelectionState }) {
  const { t } = useTranslation();
  const canEdit = useMapStore((s) => s.canEdit);
  const cardId = selection.cards.length === 1 ? selection.cards[0] : undefined;
  const card = useMapStore((s) => (cardId ? s.journey.cards.find((c) => c.id === cardId) : undefined));
  const stage = useMapStore((s) => s.journey.stages.find((x) => x.id === selection.stages[0]));
  const lane = useMapStore((s) => s.journey.lanes.find((x) => x.id === selection.lanes[0]));
  const connection = useMapStore((s) => s.journey.connections.find((x) => x.id === selection.connections[0]));
  const count =
    selection.cards.length + selection.stages.length + selection.lanes.length + selection.connections.length;
  if (card && count === 1) return <CardInspector key={card.id} card={card} />;
  if (stage && count === 1) return <StageInspector key={stage.id} stage={stage} />;
  if (connection && count === 1) return <ConnectionInspector key={connection.id} connection={connection} />;
  if (lane && count === 1) return <LaneInspector key={lane.id} lane={lane} />;
  return (
    <div className="inspector empty" data-testid="inspector-empty">
      <p className="hint">
        {/* A page that may not edit selects one to read it, not to edit it. */}
        {count > 1 ? t(canEdit ? "inspector.many" : "inspector.manyToRead", { count }) : t("inspector.nothing")}
      </p>
    </div>
  );
});
