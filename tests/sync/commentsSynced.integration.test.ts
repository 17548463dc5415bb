// An export made right after opening a map waits for its comments: the session's comments document says when it
// has had the server's answer, with every comment the map has, or none for a map without.
import { WebSocket as NodeWebSocket } from "ws";
import { readComments } from "../../src/doc";
import { GERMAN_COMMENT, germanExample, germanExampleFile } from "../features/export/fixtures";
import { withLiveServer } from "./liveServer";

const live = withLiveServer();

/** A socket whose comments room says nothing: its answer never comes. */
class SilentCommentsSocket extends NodeWebSocket {
  override emit(event: string | symbol, ...args: unknown[]): boolean {
    if (event === "message" && this.url.includes("/comments")) return false;
    return super.emit(event, ...args);
  }
}
const silent = withLiveServer({ WebSocketPolyfill: SilentCommentsSocket as unknown as typeof WebSocket });

describe("a session's comments answer", () => {
  it("holds every comment of the map once it comes, asked right after opening", async () => {
    const map = await live.createMap({ file: JSON.stringify(germanExampleFile()) });
    const session = await live.session(map.id, map.tokens.view);
    await expect(session.commentsSynced(8000)).resolves.toBe(true);
    const comments = readComments(session.commentsDoc);
    expect(comments.map((c) => c.text)).toContain(GERMAN_COMMENT);
    expect(comments).toHaveLength(germanExample().comments?.length ?? -1);
  });

  it("comes for a map without comments, which then has none", async () => {
    const map = await live.createMap({ title: "Ohne Kommentare" });
    const session = await live.session(map.id, map.tokens.comment);
    await expect(session.commentsSynced(8000)).resolves.toBe(true);
    expect(readComments(session.commentsDoc)).toEqual([]);
  });

  it("is false after the wait when the answer does not come, and soon once the session closes", async () => {
    const map = await silent.createMap({ file: JSON.stringify(germanExampleFile()) });
    const session = await silent.session(map.id, map.tokens.view);
    // The map room still answers: only the comments stay away.
    await vi.waitFor(() => expect(session.status()).toBe("online"));
    await expect(session.commentsSynced(300)).resolves.toBe(false);
    const waiting = session.commentsSynced(20000);
    const started = Date.now();
    session.destroy();
    await expect(waiting).resolves.toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(session.commentsSynced(20000)).resolves.toBe(false);
  });
});
