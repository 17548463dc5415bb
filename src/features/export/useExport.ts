// Runs one export at a time from the store's current journey and reports its progress and any failure as a sentence.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { TFunction } from "i18next";
import type * as Y from "yjs";
import { readComments } from "../../doc";
import { metaMap } from "../../doc/schema";
import { useMapStoreApi } from "../../store";
import { PNG_MAX_PIXELS, PNG_MAX_SIDE, PngTooLargeError } from "../../export/pngSize";
import type { ExportChoice } from "./exportChoices";
import { loadExporter, reasonKeyOf, warmExporter } from "./loadExporter";

/**
 * Whether the map's document has arrived: it holds a title, whatever it reads (a blank one from an older client
 * reads as "Untitled map" and exports so); an empty document holds none.
 */
const holdsTitle = (doc: Y.Doc): boolean => metaMap(doc).has("title");

const DONE_SHOWN_MS = 8000;

/** How long an export that holds comments waits for them before it goes ahead without them and says so. */
export const COMMENTS_WAIT_MS = 8000;

export type ExportState =
  | { kind: "idle" }
  /** percent is null until the renderer reports pages (only the PDF does). */
  | { kind: "running"; percent: number | null }
  /** Said once in the status region, so a screen reader hears that the file is made. */
  | { kind: "done"; label: ExportChoice["label"] }
  /** Made, but without the comments, which could not be had from the server: said in an alert that stays. */
  | { kind: "withoutComments"; label: ExportChoice["label"] }
  /**
   * Why, as an i18n key (worded at each render, so it follows a switch of the interface language), or the error's own
   * sentence (empty when it gave none).
   */
  | { kind: "failed"; reasonKey: ReasonKey | null; reasonText: string; reasonParams?: Record<string, number> };

export type ReasonKey = "exportMenu.opening" | "exportMenu.offline" | "exportMenu.pngTooBig";

/** The sentence of a finished or failed export, in the current interface language. */
export function stateMessage(state: ExportState, t: TFunction): string {
  if (state.kind === "done") return t("exportMenu.done", { what: t(`exportMenu.${state.label}`) });
  if (state.kind === "withoutComments") {
    return t("exportMenu.doneWithoutComments", { what: t(`exportMenu.${state.label}`) });
  }
  if (state.kind !== "failed") return "";
  const reason = state.reasonKey
    ? t(state.reasonKey, state.reasonParams ?? {})
    : state.reasonText || t("exportMenu.unknownReason");
  return t("exportMenu.failed", { reason });
}

export function useExport(): {
  state: ExportState;
  start: (choice: ExportChoice, includeComments: boolean) => Promise<void>;
  dismiss: () => void;
} {
  const store = useMapStoreApi();
  // A ref, not the state: two clicks in the same tick must not start two exports.
  const running = useRef(false);
  const [state, setState] = useState<ExportState>({ kind: "idle" });
  // The "done" sentence has been read out by then; it should not stay in the toolbar. The countdown starts as the
  // sentence is drawn (a layout effect), not whenever React gets to its passive effects: a test that moved a fake
  // clock once the sentence showed sometimes moved it before the countdown had started.
  useLayoutEffect(() => {
    if (state.kind !== "done") return;
    const timer = setTimeout(() => setState((s) => (s.kind === "done" ? { kind: "idle" } : s)), DONE_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [state]);
  // Loaded while the page is idle, so a JSON or CSV export still works once the network is gone.
  useEffect(() => warmExporter(), []);

  const start = useCallback(
    async (choice: ExportChoice, includeComments: boolean) => {
      if (running.current) return;
      const s = store.getState();
      // Until the map's document is here, the store holds an empty "Untitled map" (or the server's preview without
      // its comments): a file made of that would look like the map and hold nothing of it.
      if (s.opening || !holdsTitle(s.doc)) {
        setState({ kind: "failed", reasonKey: "exportMenu.opening", reasonText: "" });
        return;
      }
      running.current = true;
      setState({ kind: "running", percent: null });
      try {
        // A file that holds comments waits for them: right after opening a map they may still be on their way.
        const holdsComments = choice.format === "json" || (choice.takesComments && includeComments);
        let comments = s.comments;
        let complete = true;
        if (holdsComments && s.commentsDoc && s.commentsSynced) {
          complete = await s.commentsSynced(COMMENTS_WAIT_MS);
          comments = readComments(s.commentsDoc);
        }
        const journey = { ...store.getState().journey, comments };
        const { downloadExport } = await loadExporter();
        await downloadExport(journey, choice.format, {
          ...(choice.paper !== undefined ? { paper: choice.paper } : {}),
          ...(choice.separator !== undefined ? { separator: choice.separator } : {}),
          comments: choice.takesComments && includeComments,
          onProgress: (done, total) =>
            setState({ kind: "running", percent: total > 0 ? Math.round((done / total) * 100) : null }),
        });
        setState({ kind: complete ? "done" : "withoutComments", label: choice.label });
      } catch (error) {
        // A file the export could not fetch (offline) is said in the interface language, not the browser's words.
        const reasonText = error instanceof Error ? error.message.trim() : "";
        if (error instanceof PngTooLargeError) {
          const reasonParams = {
            width: error.width,
            height: error.height,
            maxSide: PNG_MAX_SIDE,
            maxMillions: PNG_MAX_PIXELS / 1_000_000,
          };
          setState({ kind: "failed", reasonKey: "exportMenu.pngTooBig", reasonText, reasonParams });
        } else setState({ kind: "failed", reasonKey: reasonKeyOf(error), reasonText });
      } finally {
        running.current = false;
      }
    },
    [store],
  );

  const dismiss = useCallback(() => setState({ kind: "idle" }), []);
  return { state, start, dismiss };
}
