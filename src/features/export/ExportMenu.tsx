// The editor's Export menu.
import { useTranslation } from "react-i18next";
import { journeyFileName, serializeJourney } from "../../format";
import { useMapStoreApi } from "../../store";
import { downloadText } from "./download";

export function ExportMenu() {
  const { t } = useTranslation();
  const store = useMapStoreApi();
  const onExport = () => {
    const s = store.getState();
    const journey = { ...s.journey, comments: s.comments };
    downloadText(serializeJourney(journey), journeyFileName(journey, "json"), "application/json");
  };
  return (
    <button type="button" onClick={onExport}>
      {t("exportMenu.json")}
    </button>
  );
}
