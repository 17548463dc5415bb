// What the export is doing: a progress bar with the percentage while a file is made, a sentence when it is
// done, or the failure as a sentence.
import { useTranslation } from "react-i18next";
import { stateMessage, type ExportState } from "./useExport";

export function ExportStatus({ state, onDismiss }: { state: ExportState; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      {/* The live region stays mounted so that screen readers announce what appears in it. */}
      <span role="status" className="export-status" data-testid="export-status">
        {state.kind === "running" && (
          <>
            <progress
              aria-label={t("exportMenu.progressLabel")}
              max={100}
              {...(state.percent !== null ? { value: state.percent } : {})}
            />
            {/* Said once as the export starts; the percentage is shown, not read out at every page. */}
            <span className="visually-hidden">{t("exportMenu.exporting")}</span>
            <span aria-hidden="true">
              {state.percent === null
                ? t("exportMenu.exporting")
                : t("exportMenu.progress", { percent: state.percent })}
            </span>
          </>
        )}
        {state.kind === "done" && <span data-testid="export-done">{stateMessage(state, t)}</span>}
      </span>
      {(state.kind === "failed" || state.kind === "withoutComments") && (
        <span
          role="alert"
          className="export-error"
          data-testid={state.kind === "failed" ? "export-error" : "export-without-comments"}
        >
          {stateMessage(state, t)}
          <button type="button" onClick={onDismiss} aria-label={t("exportMenu.dismiss")}>
            ×
          </button>
        </span>
      )}
    </>
  );
}
