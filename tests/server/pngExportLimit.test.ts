// PNG export turns in a real server: two drawn at once and four waiting; the rest, and a request that waited too
// long, are answered 503 with Retry-After; a client that hangs up while waiting gives its place back.
import { PNG_BUSY, pngLimits, pngTurns } from "../../server/http/pngTurns";
import { closeBrowser } from "../../server/png";
import { createMap, startTestServer, waitFor, type Created, type TestServer } from "./helpers";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const defaults = { ...pngLimits };
let t: TestServer;
let map: Created;

beforeAll(async () => {
  t = await startTestServer();
  map = await createMap(t.url, { title: "Bilder für „alle“" });
});
afterAll(async () => {
  await t?.stop();
});
beforeEach(async () => {
  // Each test starts without a browser: the first PNG then takes a launch, long enough for the others to queue.
  await closeBrowser();
});
afterEach(() => {
  Object.assign(pngLimits, defaults);
});

type Answer = { status: number; retryAfter: string | null; json?: unknown; signature?: number[] };

async function png(signal?: AbortSignal): Promise<Answer> {
  const res = await fetch(`${t.url}/api/maps/${map.id}/export?format=png`, {
    headers: { Authorization: `Bearer ${map.tokens.view}` },
    ...(signal ? { signal } : {}),
  });
  const retryAfter = res.headers.get("retry-after");
  if (res.status !== 200) return { status: res.status, retryAfter, json: await res.json() };
  return { status: 200, retryAfter, signature: [...new Uint8Array(await res.arrayBuffer()).subarray(0, 8)] };
}

const busy: Answer = { status: 503, retryAfter: "5", json: { error: PNG_BUSY } };
const drawn: Answer = { status: 200, retryAfter: null, signature: PNG_SIGNATURE };

it("draws two at once with four waiting, and answers the three more asked at the same time 503 with Retry-After", async () => {
  // Long enough on a busy machine: this is about the length of the line, not the time limit.
  pngLimits.waitMs = 60_000;
  const answers = await Promise.all(Array.from({ length: 9 }, () => png()));
  expect(answers.filter((a) => a.status === 200)).toEqual(Array.from({ length: 6 }, () => drawn));
  expect(answers.filter((a) => a.status !== 200)).toEqual([busy, busy, busy]);
  expect(pngTurns()).toEqual({ running: 0, waiting: 0 });
  // Once the line is empty, PNGs are drawn again.
  expect(await png()).toEqual(drawn);
}, 60_000);

it("answers a request that waited too long for its turn 503 with Retry-After", async () => {
  pngLimits.running = 1;
  pngLimits.waitMs = 100;
  const [first, second] = await Promise.all([png(), png()]);
  expect(first).toEqual(drawn);
  expect(second).toEqual(busy);
});

it("gives the place in line of a client that hung up while waiting to the next one", async () => {
  pngLimits.running = 1;
  pngLimits.waiting = 1;
  let firstDone = false;
  const first = png().finally(() => (firstDone = true));
  await waitFor(() => pngTurns().running === 1, 5000, "the first PNG to be drawn");
  const hangUp = new AbortController();
  const gone = png(hangUp.signal).catch((e: unknown) => e);
  await waitFor(() => pngTurns().waiting === 1, 5000, "the second to wait");
  hangUp.abort();
  expect(await gone).toBeInstanceOf(Error);
  await waitFor(() => pngTurns().waiting === 0, 5000, "the line to empty");
  // The place came free while the first was still being drawn, not when its turn came.
  expect(firstDone).toBe(false);
  const third = png();
  expect(await first).toEqual(drawn);
  expect(await third).toEqual(drawn);
});
