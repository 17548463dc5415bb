// PNG export turns in a real server: two drawn at once and four waiting; the rest, and a request that waited too
// long, are answered 503 with Retry-After; a client that hangs up while waiting gives its place back.
import { PNG_BUSY, pngLimits, pngTurns } from "../../server/http/pngTurns";
import { closeBrowser, pngBrowser } from "../../server/png";
import { heldChromium } from "../export/heldChromium";
import { createMap, startTestServer, waitFor, type Created, type TestServer } from "./helpers";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const defaults = { ...pngLimits };
const launch = pngBrowser.launch;
// One Chromium for the file; each test's first PNG waits for "its launch" until the test lets it go.
const chromium = heldChromium();
let t: TestServer;
let map: Created;
let release: () => void;

beforeAll(async () => {
  pngBrowser.launch = chromium.launch;
  const started = chromium.open();
  t = await startTestServer();
  map = await createMap(t.url, { title: "Bilder für „alle“" });
  await started;
});
afterAll(async () => {
  await t?.stop();
  await chromium.close();
  pngBrowser.launch = launch;
});
beforeEach(async () => {
  // Each test starts with no browser in use (the real one stays open), and its first PNG's launch is held: the others
  // queue behind it until the test lets it go.
  await closeBrowser();
  release = chromium.hold();
});
afterEach(() => {
  release();
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
  let answered = 0;
  const asked = Array.from({ length: 9 }, () => png().finally(() => answered++));
  // Every one answered, drawn or waiting before the first two may go on.
  await waitFor(() => answered + pngTurns().running + pngTurns().waiting === 9, 10_000, "all nine to be seen");
  expect(pngTurns()).toEqual({ running: 2, waiting: 4 });
  release();
  const answers = await Promise.all(asked);
  expect(answers.filter((a) => a.status === 200)).toEqual(Array.from({ length: 6 }, () => drawn));
  expect(answers.filter((a) => a.status !== 200)).toEqual([busy, busy, busy]);
  expect(pngTurns()).toEqual({ running: 0, waiting: 0 });
  // Once the line is empty, PNGs are drawn again.
  expect(await png()).toEqual(drawn);
}, 60_000);

it("answers a request that waited too long for its turn 503 with Retry-After", async () => {
  pngLimits.running = 1;
  pngLimits.waitMs = 100;
  const first = png();
  await waitFor(() => pngTurns().running === 1, 5000, "the first PNG to be drawn");
  expect(await png()).toEqual(busy);
  release();
  expect(await first).toEqual(drawn);
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
  await waitFor(() => pngTurns().waiting === 1, 5000, "the third to take the place");
  release();
  expect(await first).toEqual(drawn);
  expect(await third).toEqual(drawn);
});
