// Shown under the sentence of a map that cannot be opened: when this browser keeps a copy of it (an editor's
// page keeps one, with any change the server never got), the copy can be saved as a journey file and imported
// on the start page as a new map. Nothing made on this page is out of reach because a link stopped working.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Journey } from "../doc";
import { journeyFileName, serializeJourney } from "../format";
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

  const save = (): void => {
    const blob = new Blob([serializeJourney(copy, { exportedAt: new Date() })], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = journeyFileName(copy, "json");
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
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
