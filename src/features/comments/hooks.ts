// Hooks the comment views share: the API for this page, my name, what I wrote, a call runner that turns a refusal
// into a sentence, and whether the comments document holds what the server has.
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { useMapStore } from "../../store";
import { getIdentity, subscribeIdentity } from "../../sync";
import { authoredIds, subscribeAuthored } from "../../sync/authoredComments";
import { commentsApi, type CommentsApi } from "./api";
import { refusalText } from "./refusalText";

/** The comments API of the open map, or null outside a live session (then nothing can be written). */
export function useCommentsApi(): CommentsApi | null {
  const mapId = useMapStore((s) => s.mapId);
  const token = useMapStore((s) => s.token);
  return useMemo(() => (mapId && token ? commentsApi({ mapId, token }) : null), [mapId, token]);
}

export function useMyName(): string {
  return useSyncExternalStore(subscribeIdentity, getIdentity, getIdentity).name;
}

const NONE: ReadonlySet<string> = new Set();

/** Ids of the comments and replies this browser wrote on the open map. */
export function useAuthored(): ReadonlySet<string> {
  const mapId = useMapStore((s) => s.mapId);
  const read = useCallback(() => (mapId ? authoredIds(mapId) : NONE), [mapId]);
  return useSyncExternalStore(subscribeAuthored, read, read);
}

/**
 * Runs one comments API call; resolves to null when it succeeded, else to the sentence to show, in the
 * interface language: why the server refused (a refusal, a rate limit) or that it cannot be reached.
 */
export type CommentCall = (call: (api: CommentsApi) => Promise<unknown>) => Promise<string | null>;

export function useCommentCall(): CommentCall {
  const { t } = useTranslation();
  const api = useCommentsApi();
  const myName = useMyName();
  return useCallback(
    async (call) => {
      if (!api) return t("comments.error.noSession");
      try {
        await call(api);
        return null;
      } catch (e) {
        return refusalText(e, t, myName);
      }
    },
    [api, t, myName],
  );
}

/** How long one wait for the comments document's answer lasts, and the pause before asking again (offline). */
const ANSWER_WAIT_MS = 30_000;
const ASK_AGAIN_MS = 5_000;

/**
 * Whether the comments document holds every comment the server has (at once outside a live session). Until then a
 * thread missing from it may not have arrived yet: a text kept for it is not taken for one whose thread was deleted.
 */
export function useCommentsReady(): boolean {
  const synced = useMapStore((s) => s.commentsSynced);
  const [answered, setAnswered] = useState<typeof synced>(null);
  useEffect(() => {
    if (synced === null) return;
    // Gone from the page, it sets nothing (the wait may end after it).
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = (): void => {
      void synced(ANSWER_WAIT_MS).then((ok) => {
        if (!live) return;
        if (ok) setAnswered(() => synced);
        else timer = setTimeout(ask, ASK_AGAIN_MS);
      });
    };
    ask();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [synced]);
  return synced === null || answered === synced;
}
