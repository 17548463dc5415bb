// Shown under the sentence of a map that cannot be opened: when this browser keeps a copy of it (an editor's
// page keeps one, with any change the server never got), the copy can be saved as a journey file and imported
// on the start page as a new map. Nothing made on this page is out of reach because a link stopped working.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Journey } from "../doc";
import { exportFileNames } from "../export/fileName";
import { saveFile } from "../export/saveFile";
import { serializeJourney } from "../format";
import { readLocalCopy } from "../sync/localCopy";

export function LocalCopyOffer({ mapId }: { mapId: string }) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<Journey | null>(null);
  useEffect(() => {
    let cancelled = false;
    // A copy this browser cannot read (storage disabled, a damaged database) offers nothing; the sentence above stays.
    readLocalCopy(mapId).then(
      (journey) => !cancelled && setCopy(journey),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [mapId]);
  if (copy === null) return null;

  // Named as the editor's JSON export is, so the file is found beside the map's other exports.
  const save = (): void => {
    const blob = new Blob([serializeJourney(copy, { exportedAt: new Date() })], { type: "application/json" });
    saveFile(blob, exportFileNames(copy.title, "json").name);
  };

  return (
    <div className="local-copy" data-testid="local-copy">
      <p>{t("editor.localCopy.kept", { title: copy.title, count: copy.cards.length })}</p>
      <button type="button" onClick={save}>
        {t("editor.localCopy.save")}
      </button>
    </div>
  );
}
