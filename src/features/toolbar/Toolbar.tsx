// The editor toolbar: add stage, lane and card, undo and redo, Find, the Export menu, tool and language.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { STANDARD_LANES, type LaneKind } from "../../doc";
import { addNumberedLane, addNumberedStage } from "../../doc/ops";
import { useMapStore, useMapStoreApi } from "../../store";
import { ExportMenu } from "../export";
import { FindControl } from "../find";
import { AddCardButton } from "./AddCardButton";
import { AddLaneSelect } from "./AddLaneSelect";
import { contentLanguage, inMapLanguage } from "./contentLanguage";
import { LanguageSwitch } from "./LanguageSwitch";
import { newLanePlace } from "./newLanePlace";

export function Toolbar() {
  const { t, i18n } = useTranslation();
  const store = useMapStoreApi();
  const canEdit = useMapStore((s) => s.canEdit);
  const canUndo = useMapStore((s) => s.canUndo);
  const canRedo = useMapStore((s) => s.canRedo);
  const tool = useMapStore((s) => s.ui.tool);
  const actions = useMapStore((s) => s.actions);
  // What Add stage or Add lane added (or why Add card adds nothing yet), said once: the keyboard stays on the button or
  // list, away from the new header.
  const [said, setSaid] = useState("");

  const onAddStage = () => {
    const { language } = store.getState().journey;
    // The next number no stage is named with yet (after Stage 2 of three was deleted, the new one is Stage 4); a
    // colleague's stage added at the same moment with the same number makes the later one take the next.
    const nameOf = (n: number) => t("stage.newName", { n, ...inMapLanguage(language) });
    const id = actions.run((doc) => addNumberedStage(doc, nameOf));
    if (!id) return;
    actions.focusTarget({ kind: "stage", id });
    const name = store.getState().journey.stages.find((s) => s.id === id)?.name ?? "";
    setSaid(t("toolbar.stageAdded", { name }));
  };
  const onAddLane = (kind: LaneKind) => {
    const lng = contentLanguage(store.getState().journey.language) ?? (i18n.language.startsWith("de") ? "de" : "en");
    // A second lane of a kind is numbered (Pain points 2), and so is the later of two added at the same moment.
    const name = STANDARD_LANES.find((l) => l.kind === kind)?.name[lng] ?? kind;
    const index = newLanePlace(store.getState().journey.lanes, kind);
    const id = actions.run((doc) => addNumberedLane(doc, { name, kind, ...(index === undefined ? {} : { index }) }));
    if (!id) return;
    actions.focusTarget({ kind: "lane", id });
    setSaid(t("toolbar.laneAdded", { name: store.getState().journey.lanes.find((l) => l.id === id)?.name ?? name }));
  };

  return (
    <div className="toolbar" role="toolbar" aria-label={t("toolbar.label")}>
      {canEdit && (
        <>
          <button type="button" onClick={onAddStage}>
            {t("toolbar.addStage")}
          </button>
          <AddLaneSelect onAdd={onAddLane} />
          <AddCardButton onSay={setSaid} />
          <span className="toolbar-sep" />
          <button
            type="button"
            onClick={actions.undo}
            disabled={!canUndo}
            aria-label={t("toolbar.undo")}
            title={t("toolbar.undoHint")}
          >
            ↶ <span className="toolbar-label">{t("toolbar.undo")}</span>
          </button>
          <button
            type="button"
            onClick={actions.redo}
            disabled={!canRedo}
            aria-label={t("toolbar.redo")}
            title={t("toolbar.redoHint")}
          >
            ↷ <span className="toolbar-label">{t("toolbar.redo")}</span>
          </button>
          <span className="toolbar-sep" />
          <span className="visually-hidden" role="status" data-testid="toolbar-said">
            {said}
          </span>
        </>
      )}
      <FindControl />
      <button
        type="button"
        aria-pressed={tool === "pan"}
        onClick={() => actions.setTool(tool === "pan" ? "select" : "pan")}
        title={t("toolbar.panHint")}
      >
        {t("toolbar.pan")}
      </button>
      <ExportMenu />
      <LanguageSwitch />
    </div>
  );
}
