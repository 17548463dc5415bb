// The texts this browser kept as a page of a map lost its access (src/sync/keptAfterLoss.ts), offered where no map is
// open: on the start page for every map, and under the sentence of a link that no longer opens its map. Each one is
// there to copy or to discard (deleted); putting it back into the map is offered on the map's page, with a new link.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { KeptAfterLossBox } from "../features/inspector/KeptTexts";
import { allKeptAfterLoss, fieldKeyOf, onKeptAfterLoss, type TextKeptAfterLoss } from "../sync/keptAfterLoss";

type MapTexts = { mapId: string; texts: TextKeptAfterLoss[] };

/** The maps with kept texts (only `mapId`'s, when given), read again as they change. */
function useAllKeptAfterLoss(mapId: string | undefined): MapTexts[] {
  const [maps, setMaps] = useState<MapTexts[]>([]);
  useEffect(() => {
    const read = () => setMaps(allKeptAfterLoss().filter((m) => mapId === undefined || m.mapId === mapId));
    read();
    return onKeptAfterLoss(read);
  }, [mapId]);
  return maps;
}

export function KeptAfterLossOffer({ mapId }: { mapId?: string }) {
  const { t } = useTranslation();
  const maps = useAllKeptAfterLoss(mapId);
  if (maps.length === 0) return null;
  return (
    <>
      {maps.map(({ mapId: id, texts }) => (
        <section key={id} className="start-card wide kept-after-loss" data-testid="kept-after-loss">
          <h2>{t("start.keptTitle", { title: texts.at(-1)?.mapTitle || t("start.untitled") })}</h2>
          <p className="hint">{t("start.keptHint")}</p>
          <div className="kept-texts">
            {texts.map((entry) => (
              <KeptAfterLossBox key={fieldKeyOf(entry)} mapId={id} entry={entry} />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
