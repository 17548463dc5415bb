// The page's comments API client against the real server: its paths, headers and author key are the
// ones the server understands, "mine" means what the server means, and refusals arrive as sentences.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readComments } from "../../../src/doc";
import { commentsApi, type CommentsApi } from "../../../src/features/comments/api";
import { ServerCallError } from "../../../src/sync/serverCall";
import { getAuthorKey, reloadAuthorKey } from "../../../src/sync/authorKey";
import { authoredIds, reloadAuthored } from "../../../src/sync/authoredComments";
import {
  connect,
  createMap,
  phonePlan,
  startTestServer,
  synced,
  waitFor,
  type Created,
  type TestServer,
} from "../../server/helpers";

let t: TestServer;
let map: Created;
beforeEach(async () => {
  t = await startTestServer({ commentsPerMinute: 1000 });
  map = await createMap(t.url, phonePlan());
  reloadAuthorKey();
  reloadAuthored();
});
afterEach(async () => {
  await t.stop();
});

/** A page in a browser of its own: its own author key, made the way a browser makes it. */
function browserWith(token: string): CommentsApi {
  reloadAuthorKey();
  const authorKey = getAuthorKey();
  return commentsApi({
    mapId: map.id,
    token,
    authorKey,
    fetch: (path, init) => fetch(`${t.url}${String(path)}`, init),
  });
}

async function refusal(promise: Promise<unknown>): Promise<ServerCallError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ServerCallError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe("the comments client against the server", () => {
  it("writes a comment on a card that arrives in the live comments document with the card's title quoted", async () => {
    const live = connect(t.wsUrl, `${map.id}/comments`, map.tokens.view);
    await synced(live);
    const carl = browserWith(map.tokens.comment);
    const created = await carl.create({ kind: "card", id: "cd_1" }, "Is 'cheap' our word or theirs?", "Carl");
    expect(created.anchor).toEqual({ kind: "card", id: "cd_1", quote: "I search for 'cheap phone plan'" });
    expect(authoredIds(map.id).has(created.id)).toBe(true);
    await waitFor(() => readComments(live.doc).some((c) => c.id === created.id), 2000, "the comment to arrive");
    live.destroy();
  });

  it("lets the author edit, resolve and delete; another browser on the same link may not; the owner may delete", async () => {
    const carl = browserWith(map.tokens.comment);
    const first = await carl.create({ kind: "map" }, "First thought", "Carl");
    const second = await carl.create({ kind: "map" }, "Second thought", "Carl");
    await expect(carl.update(first.id, { text: "First thought, edited" })).resolves.toMatchObject({
      text: "First thought, edited",
    });
    await expect(carl.update(first.id, { resolved: true })).resolves.toMatchObject({ resolved: true });

    const dora = browserWith(map.tokens.comment);
    const denied = await refusal(dora.update(first.id, { text: "Not mine" }));
    expect(denied).toMatchObject({
      kind: "refused",
      message: "Only the author of a comment or the map's owner may change its text.",
    });
    expect((await refusal(dora.remove(first.id))).message).toBe(
      "Only the author of a comment or the map's owner may delete it.",
    );
    // Carl's name is his browser's on this map.
    expect((await refusal(dora.reply(first.id, "Me too", "Carl"))).message).toBe(
      "Someone else already comments as Carl on this map; pick another name.",
    );

    const reply = await dora.reply(first.id, "I agree", "Dora");
    expect((await refusal(carl.removeReply(first.id, reply.id))).kind).toBe("refused");
    await expect(dora.updateReply(first.id, reply.id, "I agree fully")).resolves.toMatchObject({
      text: "I agree fully",
    });

    const owner = browserWith(map.tokens.owner);
    await expect(owner.remove(second.id)).resolves.toBeUndefined();
    await expect(carl.remove(first.id)).resolves.toBeUndefined();
  });

  it("lets the author and the owner resolve a thread, and refuses an editor and a viewer with the server's sentence", async () => {
    const carl = browserWith(map.tokens.comment);
    const thread = await carl.create({ kind: "map" }, "Please look", "Carl");
    const erin = browserWith(map.tokens.edit);
    expect((await refusal(erin.update(thread.id, { resolved: true }))).message).toBe(
      "Only the author of a comment or the map's owner may resolve or reopen it.",
    );
    await expect(carl.update(thread.id, { resolved: true })).resolves.toMatchObject({ resolved: true });
    const owner = browserWith(map.tokens.owner);
    await expect(owner.update(thread.id, { resolved: false })).resolves.toMatchObject({ resolved: false });
    const viewer = browserWith(map.tokens.view);
    expect((await refusal(viewer.create({ kind: "map" }, "Hi", "Vera"))).message).toBe(
      "This link may read the map but not comment on it.",
    );
  });

  it("passes the rate limit's sentence through", async () => {
    await t.stop();
    t = await startTestServer({ commentsPerMinute: 1 });
    map = await createMap(t.url, phonePlan());
    const carl = browserWith(map.tokens.comment);
    await carl.create({ kind: "map" }, "One", "Carl");
    expect((await refusal(carl.create({ kind: "map" }, "Two", "Carl"))).message).toBe(
      "You are commenting too fast; wait a minute and try again.",
    );
  });
});
