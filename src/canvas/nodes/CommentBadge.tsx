// The badge with the number of open comment threads on a card, stage or lane; clicking it (or C on its focused
// card or header, see useCanvasKeys) opens the newest open thread in the comments panel.
import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { selectionOf, useMapStore, useMapStoreApi, type MapStore } from "../../store";
import { newestOpenThread } from "../../features/comments/threads";
import { openThreadCounts } from "../commentCounts";
import "./commentBadge.css";

/**
 * Selects the target (without centring it) and shows its newest open thread in the comments panel; false when the
 * target has no open thread.
 */
export function openNewestThread(store: MapStore, targetId: string): boolean {
  const state = store.getState();
  const thread = newestOpenThread(state.comments, targetId);
  if (!thread) return false;
  state.actions.select(selectionOf(thread.anchor.kind, targetId));
  state.actions.openThread(thread.id);
  return true;
}

// Most cards have no open thread: they return before any translation hook runs, which on a map of
// thousands of cards is a noticeable part of the first render.
export function CommentBadge({ targetId }: { targetId: string }) {
  const threads = useMapStore((s) => openThreadCounts(s.comments).get(targetId) ?? 0);
  return threads === 0 ? null : <OpenThreadsBadge targetId={targetId} threads={threads} />;
}

/** The badge itself, for a caller that counted the threads already (a cell drawing its cards). */
export function OpenThreadsBadge({ targetId, threads }: { targetId: string; threads: number }) {
  const { t, i18n } = useTranslation();
  const api = useMapStoreApi();
  const label = t("card.openThreads", { count: threads });
  const open = (event: MouseEvent): void => {
    // The node's own click handling stays out of it; the badge selects its target itself, without centring.
    event.stopPropagation();
    openNewestThread(api, targetId);
  };
  return (
    <button
      type="button"
      className="card-comments nodrag"
      data-testid="card-comments"
      data-count={threads}
      title={`${label} – ${t("comments.badge")}`}
      // Not a Tab stop: a map with many comments would be many stops again (canvas/tabStops.ts). Its card or
      // header is one, and C there opens the thread. Its words are the interface's, inside the map's content.
      tabIndex={-1}
      lang={i18n.language}
      onClick={open}
      onDoubleClick={(e) => e.stopPropagation()}
    >
      <svg width="11" height="11" viewBox="0 0 12 12" aria-hidden="true">
        <path d="M1 2h10v6H5l-3 3V8H1z" fill="currentColor" />
      </svg>
      <span className="visually-hidden">{label}</span>
      <span aria-hidden="true">{threads}</span>
    </button>
  );
}
