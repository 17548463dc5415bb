// The editor's first Tab stops, shown only when focused: jump past the header and toolbar into the map, or past
// the map (hundreds of Tab stops on a big one) to the details panel.
import { useTranslation } from "react-i18next";

function focusFirst(selectors: string[]): void {
  for (const selector of selectors) {
    const target = document.querySelector<HTMLElement>(selector);
    if (target) return target.focus();
  }
}

export function SkipLinks() {
  const { t } = useTranslation();
  return (
    <div className="skip-links">
      <button
        type="button"
        onClick={() =>
          focusFirst([
            ".react-flow__node-card.selected",
            ".react-flow__node-card",
            ".react-flow__node[tabindex]",
            ".react-flow button",
          ])
        }
      >
        {t("editor.skipToMap")}
      </button>
      <button
        type="button"
        onClick={() => focusFirst(['.side-panel [role="tab"][aria-selected="true"]', ".side-panel .panel-fold"])}
      >
        {t("editor.skipToPanel")}
      </button>
    </div>
  );
}
