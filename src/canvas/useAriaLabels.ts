// React Flow's own words (its zoom buttons and the hints it speaks for nodes and paths) in the interface's
// language; a page that may not change the map is not told it could delete anything.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { AriaLabelConfig } from "@xyflow/react";

export function useAriaLabels(canEdit: boolean): Partial<AriaLabelConfig> {
  const { t } = useTranslation();
  return useMemo(() => {
    const nodeHint = t(canEdit ? "canvas.nodeHint" : "canvas.nodeHintReadOnly");
    const moved = t("canvas.selectionMoved");
    return {
      // React Flow speaks the first with its own keyboard help switched off, the second with it on: both the same.
      "node.a11yDescription.default": nodeHint,
      "node.a11yDescription.keyboardDisabled": nodeHint,
      "node.a11yDescription.ariaLiveMessage": () => moved,
      "edge.a11yDescription.default": t(canEdit ? "canvas.edgeHint" : "canvas.edgeHintReadOnly"),
      "controls.ariaLabel": t("canvas.controls"),
      "controls.zoomIn.ariaLabel": t("canvas.zoomIn"),
      "controls.zoomOut.ariaLabel": t("canvas.zoomOut"),
      "controls.fitView.ariaLabel": t("canvas.fitView"),
      "handle.ariaLabel": t("canvas.handle"),
    };
  }, [t, canEdit]);
}
