// The editor of one map: opens the session for the link's token, builds the map store, and lays
// out header, toolbar, canvas and side panel.
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ReactFlowProvider } from "@xyflow/react";
import { Canvas } from "../canvas";
import { hasOwnTitle } from "../doc";
import { HealthSummary } from "../features/checks";
import { draftsUnder } from "../features/comments/drafts";
import { KeptTexts } from "../features/inspector";
import { draftsOfMap } from "../features/inspector/unsavedDrafts";
import { SidePanel } from "../features/panels";
import { Toolbar } from "../features/toolbar";
import { warmFormats } from "../i18n/formats";
import { AccessLostBanner, ConnectionIndicator, PeopleList, sessionMessage } from "../features/presence";
import { ShareDialog } from "../features/share";
import { createMapStore, MapStoreProvider, useMapStore, type MapStore } from "../store";
import { findStoredMap, useAccessLost, useConnectionStatus, type MapSession } from "../sync";
import { takeSession } from "./earlySession";
import { ErrorBanner } from "./ErrorBanner";
import { keepRefusedTexts } from "./keepRefused";
import { linkEnded } from "./linkEnded";
import { LocalCopyOffer, SetAsideCopies } from "./LocalCopyOffer";
import { KeptAfterLossOffer } from "./KeptAfterLossOffer";
import { rememberMap } from "./knownMaps";
import { SkipLinks } from "./SkipLinks";
import { AppLink } from "./AppLink";

type Opened = { session: MapSession; store: MapStore };

/** How many comments, replies and edits typed for the map this browser keeps unsent (comment drafts). */
function unsentCommentsOf(mapId: string): number {
  return draftsUnder(`${mapId}\u0000`).filter(([, text]) => text.trim() !== "").length;
}

/** The map's title once its document holds one; none while the map is still on its way. */
function useOwnTitle(session: MapSession): string {
  const title = useMapStore((s) => s.journey.title);
  return hasOwnTitle(session.doc) ? title : "";
}

function TitleKeeper({ session }: { session: MapSession }) {
  const title = useOwnTitle(session);
  // The window's title names the map: it is what a screen reader says first and what the tab strip shows.
  useEffect(() => {
    document.title = `${title || session.title} – Outside-In`;
    return () => {
      document.title = "Outside-In";
    };
  }, [title, session.title]);
  useEffect(() => {
    if (!title) return;
    const known = findStoredMap(session.mapId);
    rememberMap({
      id: session.mapId,
      title,
      role: session.role,
      link: window.location.href,
      ...(known?.links ? { links: known.links } : {}),
    });
  }, [title, session]);
  return null;
}

function Editor({ session, token }: { session: MapSession; token: string }) {
  const { t } = useTranslation();
  const status = useConnectionStatus(session);
  const lost = useAccessLost(session);
  const title = useOwnTitle(session);
  const loseAccess = useMapStore((s) => s.actions.loseAccess);
  const [sharing, setSharing] = useState(false);
  // Comments typed here and not sent stay in this browser for the map; the notice says so, so nobody types them again.
  // Only when the link itself stopped working: a change refused as too large leaves the link good, and a reload finds
  // the comments in their boxes.
  const ended = linkEnded(lost);
  const unsentComments = useMemo(() => (ended ? unsentCommentsOf(session.mapId) : 0), [ended, session.mapId]);
  // A rotated link or a deleted map: nothing typed from now on could reach anyone, so stop offering edits.
  useEffect(() => {
    if (lost) loseAccess();
  }, [lost, loseAccess]);
  return (
    <EditorRegion>
      <SkipLinks />
      <header className="editor-header">
        <AppLink href="/" className="brand">
          Outside-In
        </AppLink>
        <h1 className="map-title" data-testid="map-title" title={title || session.title}>
          {title || session.title}
        </h1>
        <HealthSummary />
        <ConnectionIndicator status={status} role={session.role} />
        <PeopleList awareness={session.awareness} />
        <button type="button" data-testid="open-share" onClick={() => setSharing(true)}>
          {t("editor.share")}
        </button>
      </header>
      {lost && (
        <AccessLostBanner message={lost} unsentComments={unsentComments} onReload={() => window.location.reload()} />
      )}
      <Toolbar />
      <ErrorBanner />
      <KeptTexts awareness={session.awareness} />
      <SetAsideCopies session={session} />
      <div className="editor-body">
        <ReactFlowProvider>
          <Canvas awareness={session.awareness} />
        </ReactFlowProvider>
        <SidePanel awareness={session.awareness} />
      </div>
      {sharing && (
        <ShareDialog
          mapId={session.mapId}
          token={token}
          role={session.role}
          lost={ended}
          onClose={() => setSharing(false)}
        />
      )}
      <TitleKeeper session={session} />
    </EditorRegion>
  );
}

/**
 * The editor's box, busy while the map shown is the server's snapshot and not yet editable (store `opening`):
 * screen readers wait, and so can scripts. Its own component, so that the flag re-renders only this box.
 */
function EditorRegion({ children }: { children: ReactNode }) {
  const opening = useMapStore((s) => s.opening);
  useWarmFormats(!opening);
  return (
    <div className="editor" data-testid="editor" aria-busy={opening || undefined}>
      {children}
    </div>
  );
}

/** Once the map is editable, makes the interface language's number and date formats while the page is idle. */
function useWarmFormats(editable: boolean): void {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  useEffect(() => {
    if (!editable) return;
    if (typeof window.requestIdleCallback !== "function") {
      const timer = setTimeout(() => warmFormats(language), 500);
      return () => clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(() => warmFormats(language), { timeout: 5000 });
    return () => window.cancelIdleCallback(handle);
  }, [editable, language]);
}

export function EditorPage({ mapId, token }: { mapId: string; token: string | null }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!token) return;
    let cancelled = false;
    let current: Opened | null = null;
    takeSession(mapId, token).then(
      (session) => {
        if (cancelled) return session.destroy();
        const store = createMapStore({
          doc: session.doc,
          commentsDoc: session.commentsDoc,
          role: session.role,
          mapId,
          token,
          preview: session.preview,
          commentsSynced: session.commentsSynced,
          // What a save refused for a lost access would have written is kept in this browser, not lost with the tab.
          onRefusedAfterLoss: keepRefusedTexts(mapId),
        });
        // A field's refused draft kept on an earlier map's page is not shown in this map's field of the same id.
        draftsOfMap(mapId);
        current = { session, store };
        setOpened(current);
      },
      (e: unknown) => {
        if (!cancelled) setError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      cancelled = true;
      current?.store.destroy();
      current?.session.destroy();
      setOpened(null);
    };
  }, [mapId, token]);

  if (!token) return <PageMessage text={t("editor.noToken")} mapId={mapId} />;
  if (error) return <PageMessage text={sessionMessage(error, t)} mapId={mapId} linkGone={linkEnded(error)} />;
  if (!opened) return <PageMessage text={t("editor.opening")} busy />;
  return (
    <MapStoreProvider store={opened.store}>
      <Editor session={opened.session} token={token} />
    </MapStoreProvider>
  );
}

/** A sentence in place of the editor; with `mapId`, the map could not be opened and this browser's copy is offered. */
function PageMessage({
  text,
  busy = false,
  mapId,
  linkGone = false,
}: {
  text: string;
  busy?: boolean;
  mapId?: string;
  /** The link no longer opens the map: comments typed for it wait in this browser for a new link. */
  linkGone?: boolean;
}) {
  const { t } = useTranslation();
  // A link that stopped working after comments were typed on it: they wait in this browser for a new link.
  const unsent = useMemo(() => (mapId === undefined || !linkGone ? 0 : unsentCommentsOf(mapId)), [mapId, linkGone]);
  return (
    <div className="page-message" role={busy ? "status" : "alert"} data-testid={busy ? "opening" : "page-error"}>
      <p>{text}</p>
      {unsent > 0 && <p data-testid="page-error-drafts">{t("share.unsentComments", { count: unsent })}</p>}
      {mapId !== undefined && <LocalCopyOffer mapId={mapId} />}
      {mapId !== undefined && <KeptAfterLossOffer mapId={mapId} />}
      {!busy && <AppLink href="/">{t("editor.backToStart")}</AppLink>}
    </div>
  );
}
