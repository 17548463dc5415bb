// The comments an export holds, asked of a real server while the page's comments document has not synced: the
// server's comments when it has some, none for a map without, at once from a document that has synced, and
// "not complete" (quickly, not after the whole wait) when the server refuses to answer.
import * as Y from "yjs";
import { GERMAN_COMMENT, germanExample, germanExampleFile } from "../features/export/fixtures";
import { NodeWebSocketPolyfill, withLiveServer } from "../sync/liveServer";
import { commentsArrived, serverComments, watchComments } from "../../src/features/export/serverComments";

const live = withLiveServer();

const ask = (commentsDoc: Y.Doc, mapId: string, token: string, timeoutMs = 8000) =>
  serverComments({
    commentsDoc,
    mapId,
    token,
    baseUrl: live.baseUrl(),
    timeoutMs,
    WebSocketPolyfill: NodeWebSocketPolyfill,
  });

describe("the comments an export holds", () => {
  it("are the server's when the page's comments document has not synced yet", async () => {
    const map = await live.createMap({ file: JSON.stringify(germanExampleFile()) });
    const page = new Y.Doc();
    expect(commentsArrived(page)).toBe(false);
    const answer = await ask(page, map.id, map.tokens.view);
    expect(answer.complete).toBe(true);
    expect(answer.comments.map((c) => c.text)).toContain(GERMAN_COMMENT);
    expect(answer.comments).toHaveLength(germanExample().comments?.length ?? -1);
  });

  it("are none, and complete, for a map without comments", async () => {
    const map = await live.createMap({ title: "Ohne Kommentare" });
    expect(await ask(new Y.Doc(), map.id, map.tokens.comment)).toEqual({ comments: [], complete: true });
  });

  it("are the page's at once when its document has synced, even empty, without asking the server", async () => {
    const synced = new Y.Doc();
    const stop = watchComments(synced);
    // The server's answer for a map without comments: an empty update, applied as a change from elsewhere.
    Y.applyUpdate(synced, Y.encodeStateAsUpdate(new Y.Doc()), "server");
    stop();
    expect(commentsArrived(synced)).toBe(true);
    const started = Date.now();
    // An unknown map: a question to the server would be refused, so only the page's document can answer.
    expect(await ask(synced, "NoSuchMap_12345", "no-token")).toEqual({ comments: [], complete: true });
    expect(Date.now() - started).toBeLessThan(100);
  });

  it("are not complete, soon and not after the whole wait, when the server refuses the token", async () => {
    const map = await live.createMap({ file: JSON.stringify(germanExampleFile()) });
    const started = Date.now();
    const answer = await ask(new Y.Doc(), map.id, "wrong-token-wrong-token", 20000);
    expect(answer).toEqual({ comments: [], complete: false });
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
