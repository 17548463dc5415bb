// The versions of the map, in the journey tab for owners and editors: the list (newest first), saving a named
// version, a version's JSON file, and restoring one after a question that says what restoring does.
import { useCallback, useEffect, useId, useMemo, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { useMapStore } from "../../store";
import { getIdentity } from "../../sync";
import { saveFile } from "../../export/saveFile";
import { dayAndTime } from "../../i18n/formats";
import { EnglishQuote, type WithEnglish } from "../../i18n/EnglishQuote";
import { ModalDialog } from "../dialog/ModalDialog";
import { useConfirmQuestion } from "../dialog/useConfirmQuestion";
import { versionsApi, type Version } from "./api";
import { serverFailure } from "../dialog/serverFailure";

const when = (v: Pick<Version, "createdAt">, language: string): string => {
  const date = new Date(v.createdAt);
  return Number.isNaN(date.getTime()) ? v.createdAt : dayAndTime(language).format(date);
};

/** What a version is called in the list: its name, or what made it, in the interface language. */
export function versionLabel(v: Version, t: TFunction, language: string): string {
  if (v.kind === "created" || v.kind === "auto") return t(`versions.kind.${v.kind}`);
  if (v.kind === "beforeRestore" && v.restoring) {
    return v.restoring.name !== undefined
      ? t("versions.beforeRestoring", { name: v.restoring.name })
      : t("versions.beforeRestoringAt", { date: when(v.restoring, language) });
  }
  return v.name ?? t("versions.kind.auto");
}

export interface VersionsSectionProps {
  /** For tests: the fetch the calls use (the page's own by default). */
  fetch?: typeof fetch;
}

export function VersionsSection({ fetch: doFetch }: VersionsSectionProps) {
  const { t, i18n } = useTranslation();
  const mapId = useMapStore((s) => s.mapId);
  const token = useMapStore((s) => s.token);
  const role = useMapStore((s) => s.role);
  const api = useMemo(
    () =>
      mapId !== null && token !== null
        ? versionsApi({ mapId, token, ...(doFetch !== undefined ? { fetch: doFetch } : {}) })
        : null,
    [mapId, token, doFetch],
  );
  const headingId = useId();
  const listId = useId();
  const nameId = useId();
  const confirmId = useId();
  const [open, setOpen] = useState(false);
  const [versions, setVersions] = useState<Version[] | null>(null);
  // The name field stands in place of "Save a version…", which gets the focus back when it closes.
  const naming = useConfirmQuestion();
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<Version | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<WithEnglish | null>(null);
  const language = i18n.language;

  /** The sentence for a failed call: the server's own sentence when it gave one. */
  const failure = useCallback((e: unknown): WithEnglish => serverFailure(e, t), [t]);

  const refresh = useCallback(async () => {
    if (!api) return;
    try {
      setVersions(await api.list());
    } catch (e) {
      setError(failure(e));
    }
  }, [api, failure]);

  // The list is read again each time the section is opened.
  useEffect(() => {
    if (open) void refresh();
  }, [open, refresh]);

  if (role !== "owner" && role !== "editor") return null;
  if (!api) return null;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const saved = await api.save(name, getIdentity().name);
      setNotice(t("versions.saved", { name: saved.name ?? name.trim() }));
      naming.cancel();
      setName("");
      await refresh();
    } catch (err) {
      setError(failure(err));
    } finally {
      setBusy(false);
    }
  };

  const download = async (v: Version) => {
    setError(null);
    try {
      const file = await api.download(v.id);
      saveFile(file.blob, file.fileName);
    } catch (err) {
      setError(failure(err));
    }
  };

  const restore = async (v: Version) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const answer = await api.restore(v.id, getIdentity().name);
      setAsking(null);
      setNotice(t("versions.restored", { label: versionLabel(answer.saved, t, language) }));
      await refresh();
    } catch (err) {
      setError(failure(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="versions" aria-labelledby={headingId} data-testid="versions">
      <h3 id={headingId}>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={listId}
          data-testid="versions-toggle"
          onClick={() => setOpen((o) => !o)}
        >
          {t("versions.title")}
        </button>
      </h3>
      {open && (
        <div id={listId} style={{ display: "flex", flexDirection: "column", gap: 8 }}>
          <p className="hint">{t("versions.intro")}</p>
          {naming.open ? (
            <form onSubmit={(e) => void save(e)} style={{ display: "flex", flexDirection: "column", gap: 4 }}>
              <label htmlFor={nameId}>{t("versions.nameLabel")}</label>
              <input
                id={nameId}
                data-testid="version-name"
                value={name}
                maxLength={100}
                required
                autoFocus
                onChange={(e) => setName(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key !== "Escape") return;
                  e.stopPropagation();
                  naming.cancel();
                }}
              />
              <span style={{ display: "flex", gap: 4 }}>
                <button type="submit" disabled={busy || name.trim() === ""} data-testid="version-save">
                  {busy ? t("versions.saving") : t("versions.saveNow")}
                </button>
                <button type="button" disabled={busy} onClick={naming.cancel}>
                  {t("versions.cancel")}
                </button>
              </span>
            </form>
          ) : null}
          <button
            type="button"
            ref={naming.trigger}
            // Never disabled: it takes the focus back as the name field closes, while the list is still being read.
            hidden={naming.open}
            data-testid="versions-save-start"
            onClick={() => {
              setNotice(null);
              naming.ask();
            }}
          >
            {t("versions.save")}
          </button>
          {notice && (
            <p role="status" data-testid="versions-notice" style={{ margin: 0, color: "#2b8a3e" }}>
              {notice}
            </p>
          )}
          {error && (
            <p role="alert" data-testid="versions-error" style={{ margin: 0, color: "#c92a2a" }}>
              <EnglishQuote {...error} />
            </p>
          )}
          {versions === null ? (
            <p className="hint">{t("versions.loading")}</p>
          ) : versions.length === 0 ? (
            <p className="hint">{t("versions.empty")}</p>
          ) : (
            <ul data-testid="versions-list" style={{ listStyle: "none", margin: 0, padding: 0 }}>
              {versions.map((v) => {
                const label = versionLabel(v, t, language);
                const date = when(v, language);
                return (
                  <li
                    key={v.id}
                    data-testid="version"
                    data-kind={v.kind}
                    style={{ borderTop: "1px solid #dee2e6", padding: "6px 0" }}
                  >
                    <div>
                      <time dateTime={v.createdAt}>{date}</time>
                      {" · "}
                      <strong data-testid="version-label">{label}</strong>
                    </div>
                    <div className="hint">
                      {t("versions.cards", { count: v.cards })}
                      {v.by !== undefined && ` · ${t("versions.by", { name: v.by })}`}
                    </div>
                    <span style={{ display: "flex", gap: 4, flexWrap: "wrap" }}>
                      <button
                        type="button"
                        aria-label={t("versions.downloadNamed", { label, date })}
                        onClick={() => void download(v)}
                      >
                        {t("versions.download")}
                      </button>
                      {/* Not disabled while busy: the question's dialog gives the focus back to it when it closes. */}
                      <button
                        type="button"
                        aria-label={t("versions.restoreNamed", { label, date })}
                        data-testid="version-restore"
                        onClick={() => {
                          setError(null);
                          setAsking(v);
                        }}
                      >
                        {t("versions.restore")}
                      </button>
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
      {asking && (
        <ModalDialog
          labelledBy={confirmId}
          testId="version-restore-dialog"
          onClose={busy ? undefined : () => setAsking(null)}
          style={{ display: "flex", flexDirection: "column", gap: 12, padding: 16, minWidth: 320, maxWidth: 480 }}
        >
          <h2 id={confirmId} style={{ margin: 0, fontSize: 18 }}>
            {t("versions.confirmTitle")}
          </h2>
          <p style={{ margin: 0 }}>
            <strong>{versionLabel(asking, t, language)}</strong>, {when(asking, language)}
          </p>
          <p style={{ margin: 0 }}>{t("versions.confirmExplain")}</p>
          {error && (
            <p role="alert" style={{ margin: 0, color: "#c92a2a" }}>
              <EnglishQuote {...error} />
            </p>
          )}
          <span style={{ display: "flex", gap: 8, justifyContent: "flex-end" }}>
            {/* The safe choice comes first and takes the focus, so an Enter by mistake restores nothing. */}
            <button type="button" disabled={busy} onClick={() => setAsking(null)}>
              {t("versions.cancel")}
            </button>
            <button
              type="button"
              disabled={busy}
              data-testid="version-restore-confirm"
              onClick={() => void restore(asking)}
            >
              {busy ? t("versions.restoring") : t("versions.confirmRestore")}
            </button>
          </span>
        </ModalDialog>
      )}
    </section>
  );
}
