// The copies of a map this browser keeps and the server does not have, offered as journey files to import on the
// start page as new maps. Under the sentence of a map that cannot be opened: the copy an editor's page keeps, with any
// change the server never got. In the editor: a copy set aside because the server's map is another document now
// (deleted and made again under the same id, or restored from another copy), which is never merged into it. Nothing
// made on this page is out of reach because a link stopped working or the map was replaced.
import { useCallback, useEffect, useRef, useState, type CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import type { Journey } from "../doc";
import { exportFileNames } from "../export/fileName";
import { saveFile } from "../export/saveFile";
import { serializeJourney } from "../format";
import { dayAndTime } from "../i18n/formats";
import { useMapStore } from "../store";
import { readLocalCopy, readSetAside, removeSetAside, type SetAsideCopy } from "../sync/localCopy";
import type { HistoryChange, MapSession } from "../sync/session";

// Named as the editor's JSON export is, so the file is found beside the map's other exports.
function saveJourney(journey: Journey): void {
  const blob = new Blob([serializeJourney(journey, { exportedAt: new Date() })], { type: "application/json" });
  saveFile(blob, exportFileNames(journey.title, "json").name);
}

/**
 * The copies set aside for a map, read again when `version` changes; a store this browser cannot read offers none.
 * `removed` reads them again after the person removed one, and says so from then on.
 */
function useSetAside(mapId: string, version: unknown): [SetAsideCopy[], () => void, boolean] {
  const [copies, setCopies] = useState<SetAsideCopy[]>([]);
  const [reads, setReads] = useState(0);
  useEffect(() => {
    let cancelled = false;
    readSetAside(mapId).then(
      (read) => !cancelled && setCopies(read),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [mapId, version, reads]);
  return [copies, useCallback(() => setReads((n) => n + 1), []), reads > 0];
}

/** Said once a copy was removed at the person's request: the offer that held the focus is gone. */
function RemovedSaid({ removed }: { removed: boolean }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="set-aside-removed" style={{ margin: removed ? "4px 16px" : 0 }}>
      {removed ? t("editor.localCopy.removed") : ""}
    </p>
  );
}

export function LocalCopyOffer({ mapId }: { mapId: string }) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<Journey | null>(null);
  const [setAside, reread, removed] = useSetAside(mapId, null);
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

  return (
    <>
      {copy !== null && (
        <div className="local-copy" data-testid="local-copy">
          <p>{t("editor.localCopy.kept", { title: copy.title, count: copy.cards.length })}</p>
          <button type="button" onClick={() => saveJourney(copy)}>
            {t("editor.localCopy.save")}
          </button>
        </div>
      )}
      {setAside.map((c) => (
        <SetAsideOffer key={c.key} mapId={mapId} copy={c} onRemoved={reread} />
      ))}
      <RemovedSaid removed={removed} />
    </>
  );
}

const band: CSSProperties = {
  boxSizing: "border-box",
  width: "100%",
  padding: "10px 16px",
  background: "#fff9db",
  borderBottom: "1px solid #ffd43b",
  color: "#5c3c00",
  display: "flex",
  flexWrap: "wrap",
  gap: 12,
  alignItems: "center",
};

/**
 * One set-aside copy: saved as a journey file, and removed from this browser only when the person asks for it and
 * confirms, whether or not they saved it (the sentence says what is lost when they did not). Keep is the default.
 */
function SetAsideOffer({ mapId, copy, onRemoved }: { mapId: string; copy: SetAsideCopy; onRemoved: () => void }) {
  const { t, i18n } = useTranslation();
  const [saved, setSaved] = useState(false);
  const [asking, setAsking] = useState(false);
  const [failed, setFailed] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) keep.current?.focus();
  }, [asking]);
  const stopAsking = () => {
    setAsking(false);
    // Back to where the question was asked (after the confirmation's buttons went).
    setTimeout(() => removeButton.current?.focus(), 0);
  };
  const remove = () => {
    setFailed(false);
    removeSetAside(mapId, copy.key).then(onRemoved, () => {
      setAsking(false);
      setFailed(true);
    });
  };
  const what = { title: copy.journey.title, count: copy.journey.cards.length };
  return (
    <div role="status" style={band} data-testid="set-aside-copy">
      <span style={{ flex: "1 1 40ch" }}>
        {t("editor.localCopy.setAside", what)}{" "}
        {/* Two copies of one map read alike but for when they were set aside. */}
        <span data-testid="set-aside-at">
          {t("editor.localCopy.setAsideAt", { date: dayAndTime(i18n.language).format(copy.at) })}
        </span>
      </span>
      <button
        type="button"
        onClick={() => {
          saveJourney(copy.journey);
          setSaved(true);
        }}
      >
        {t("editor.localCopy.save")}
      </button>
      {asking ? (
        <div
          role="group"
          aria-label={t("editor.localCopy.remove")}
          data-testid="set-aside-confirm"
          style={{ display: "flex", flexWrap: "wrap", gap: 8, alignItems: "center", flex: "1 1 100%" }}
          onKeyDown={(e) => {
            if (e.key === "Escape") stopAsking();
          }}
        >
          <strong style={{ flex: "1 1 40ch" }}>
            {saved ? t("editor.localCopy.confirmSaved", what) : t("editor.localCopy.confirmUnsaved", what)}
          </strong>
          <button type="button" onClick={remove}>
            {t("editor.localCopy.confirmRemove")}
          </button>
          <button type="button" ref={keep} onClick={stopAsking}>
            {t("editor.localCopy.keep")}
          </button>
        </div>
      ) : (
        <button type="button" ref={removeButton} onClick={() => setAsking(true)}>
          {t("editor.localCopy.remove")}
        </button>
      )}
      {failed && <span role="alert">{t("editor.localCopy.removeFailed")}</span>}
    </div>
  );
}

/**
 * In the editor: the copies set aside for this map, and, when this page met a replaced map on reconnecting, the
 * sentence that its map is the earlier one, read-only now, with a reload that opens the server's.
 */
export function SetAsideCopies({ session }: { session: MapSession }) {
  const { t } = useTranslation();
  const [change, setChange] = useState<HistoryChange | null>(() => session.historyChange());
  const [copies, reread, removed] = useSetAside(session.mapId, change);
  const loseAccess = useMapStore((s) => s.actions.loseAccess);
  // A viewer or commenter made nothing on the map: they are told what they see, not offered changes to save.
  const madeChanges = useMapStore((s) => s.role === "owner" || s.role === "editor");
  useEffect(() => {
    setChange(session.historyChange());
    return session.onHistoryChange(setChange);
  }, [session]);
  // Nothing made on the earlier map from now on could reach anyone: the page stops offering edits.
  useEffect(() => {
    if (change === "mapReplaced") loseAccess();
  }, [change, loseAccess]);

  if (change === "mapReplaced") {
    const newest = copies.at(-1);
    return (
      <div role="alert" style={band} data-testid="map-replaced">
        <span style={{ flex: "1 1 40ch" }}>
          {t(madeChanges ? "editor.localCopy.replaced" : "editor.localCopy.replacedReadOnly")}
        </span>
        {newest && (
          <button type="button" onClick={() => saveJourney(newest.journey)}>
            {t("editor.localCopy.save")}
          </button>
        )}
        <button type="button" onClick={() => window.location.reload()}>
          {t("editor.localCopy.openServerMap")}
        </button>
      </div>
    );
  }
  return (
    <>
      {copies.map((c) => (
        <SetAsideOffer key={c.key} mapId={session.mapId} copy={c} onRemoved={reread} />
      ))}
      <RemovedSaid removed={removed} />
    </>
  );
}
