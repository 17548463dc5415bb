// A map with a card and a comments document, a store over both (map id and token set, as in a live
// session), my name, and a fetch stand-in that records calls and answers like the server.
import type { ReactNode } from "react";
import { act, render } from "@testing-library/react";
import { vi } from "vitest";
import * as Y from "yjs";
import { blankJourney, loadComments, loadJourney, type Comment, type Role } from "../../../src/doc";
import { addCard } from "../../../src/doc/ops";
import { commentsMap } from "../../../src/doc/schema";
import { forgetDrafts } from "../../../src/features/comments/drafts";
import { initI18n } from "../../../src/i18n";
import { createMapStore, MapStoreProvider, type MapStore } from "../../../src/store";
import { reloadIdentity, setIdentity } from "../../../src/sync/identity";
import { reloadAuthorKey } from "../../../src/sync/authorKey";
import { reloadAuthored, rememberAuthored } from "../../../src/sync/authoredComments";

export interface CommentsMap {
  store: MapStore;
  doc: Y.Doc;
  commentsDoc: Y.Doc;
  cardId: string;
  stageId: string;
  /** Writes a comment into the comments document, as the server does after an API call. */
  put(comment: Comment): void;
  remove(id: string): void;
}

export function makeCommentsMap(role: Role, comments: Comment[] = [], me = "Ada"): CommentsMap {
  initI18n("en");
  localStorage.clear();
  reloadIdentity();
  reloadAuthorKey();
  reloadAuthored();
  forgetDrafts();
  setIdentity(me);
  const doc = new Y.Doc();
  const journey = blankJourney("Phone plan", "en");
  loadJourney(doc, journey);
  const stage = journey.stages[0];
  const lane = journey.lanes.find((l) => l.kind === "touchpoints");
  if (!stage || !lane) throw new Error("blank journey without stage or touchpoints lane");
  const cardId = addCard(doc, { stageId: stage.id, laneId: lane.id, title: "I pay online", channel: "web" });
  const commentsDoc = new Y.Doc();
  loadComments(commentsDoc, comments);
  const store = createMapStore({ doc, commentsDoc, role, mapId: "m_1", token: "tok" });
  return {
    store,
    doc,
    commentsDoc,
    cardId,
    stageId: stage.id,
    put: (comment) => act(() => void commentsMap(commentsDoc).set(comment.id, JSON.parse(JSON.stringify(comment)))),
    remove: (id) => act(() => void commentsMap(commentsDoc).delete(id)),
  };
}

/**
 * The same map in a fresh page, as after a reload: a new store over the same documents, and nothing held in the page's
 * memory (drafts, identity, authored ids are read from localStorage again). `commentsSynced` as a live session has it.
 */
export function reloadPage(
  map: CommentsMap,
  role: Role,
  commentsSynced?: (timeoutMs: number) => Promise<boolean>,
): MapStore {
  forgetDrafts();
  reloadIdentity();
  reloadAuthorKey();
  reloadAuthored();
  return createMapStore({
    doc: map.doc,
    commentsDoc: map.commentsDoc,
    role,
    mapId: "m_1",
    token: "tok",
    ...(commentsSynced ? { commentsSynced } : {}),
  });
}

export function markMine(...ids: string[]): void {
  for (const id of ids) rememberAuthored("m_1", id);
}

export interface FetchCall {
  method: string;
  url: string;
  body: unknown;
  headers: Record<string, string>;
}

/** Replaces fetch; `respond` answers each call (status and JSON body). */
export function stubFetch(respond: (call: FetchCall) => { status: number; body?: unknown }): FetchCall[] {
  const calls: FetchCall[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init?: RequestInit) => {
      const call: FetchCall = {
        method: init?.method ?? "GET",
        url,
        body: init?.body === undefined ? undefined : JSON.parse(String(init.body)),
        headers: (init?.headers ?? {}) as Record<string, string>,
      };
      calls.push(call);
      const { status, body } = respond(call);
      return new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: { "Content-Type": "application/json" },
      });
    }),
  );
  return calls;
}

export function renderWith(store: MapStore, ui: ReactNode) {
  return render(<MapStoreProvider store={store}>{ui}</MapStoreProvider>);
}
