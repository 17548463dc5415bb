// Helpers for browser tests: a real server on a free port serving dist/, Chromium, and map creation.
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { z } from "zod";
import { startServer } from "../../server/app";
import { CHROMIUM_ARGS } from "../../server/png";
import { chromiumPath } from "./globalSetup";

const root = resolve(import.meta.dirname, "../..");

export interface RunningApp {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts the server in this process on port 0, with a fresh data directory removed on stop. */
export async function startApp(options: { env?: Record<string, string> } = {}): Promise<RunningApp> {
  const dataDir = await mkdtemp(join(tmpdir(), "outside-in-e2e-"));
  const previous: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(options.env ?? {})) {
    previous[key] = process.env[key];
    process.env[key] = value;
  }
  const restoreEnv = (): void => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    // Without a publicUrl the server writes its own address, real port included, into share links.
    server = await startServer({
      port: 0,
      host: "127.0.0.1",
      dataDir,
      staticDir: join(root, "dist"),
      ...(options.env?.["CREATE_TOKEN"] ? { createToken: options.env["CREATE_TOKEN"] } : {}),
      ...(options.env?.["PUBLIC_URL"] ? { publicUrl: options.env["PUBLIC_URL"] } : {}),
    });
  } catch (error) {
    restoreEnv();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: server.url.replace(/\/+$/, ""),
    dataDir,
    async stop() {
      await server.close();
      restoreEnv();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS],
  });
  slowDown(browser, Number(process.env["E2E_CPU_SLOWDOWN"] ?? 1));
  return browser;
}

/**
 * With E2E_CPU_SLOWDOWN=4, every page of the browser runs its scripts four times slower (Chromium's CPU throttling):
 * a test that passes only because the page is quick, as on an idle machine, fails here as it would on a busy CI.
 */
function slowDown(browser: Browser, rate: number): void {
  if (!(rate > 1)) return;
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.on("page", (page) => {
      void context
        .newCDPSession(page)
        .then((cdp) => cdp.send("Emulation.setCPUThrottlingRate", { rate }))
        .catch(() => undefined);
    });
    return context;
  };
}

const linksSchema = z.object({ owner: z.string(), edit: z.string(), comment: z.string(), view: z.string() });
const createdSchema = z.object({ id: z.string(), links: linksSchema, tokens: linksSchema });
export type CreatedMap = z.infer<typeof createdSchema>;

/** Creates a map through the public API; body is a journey JSON document or `{ title, template?, language? }`. */
export async function createMap(url: string, body: unknown): Promise<CreatedMap> {
  const response = await fetch(`${url}/api/maps`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`Creating a map answered ${response.status}: ${text}`);
  return createdSchema.parse(JSON.parse(text));
}

/** A map as its JSON export holds it, loosely: what the browser tests read back from the server. */
export interface StoredJourney {
  title: string;
  stages: { id: string; name: string }[];
  lanes: { id: string; name: string; kind: string }[];
  cards: ({ id: string } & Record<string, unknown>)[];
  [field: string]: unknown;
}

/** The map as the server holds it (the journey of its JSON export), read with `token`. */
export async function serverJourney(url: string, mapId: string, token: string): Promise<StoredJourney> {
  const response = await fetch(`${url}/api/maps/${mapId}/export?format=json`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (response.status !== 200) throw new Error(`The JSON export answered ${response.status}`);
  return ((await response.json()) as { journey: StoredJourney }).journey;
}

/** One card of the map as the server holds it. */
export async function serverCard(url: string, mapId: string, token: string, cardId: string) {
  const card = (await serverJourney(url, mapId, token)).cards.find((c) => c.id === cardId);
  if (!card) throw new Error(`no card ${cardId} on the server`);
  return card;
}

export const ONLINE = '[data-testid="connection-status"][data-status="online"]';
export const OFFLINE = '[data-testid="connection-status"][data-status="offline"]';

/**
 * Opens `link` in `context` as a person who chose their name on an earlier visit (and the interface language, if
 * given), and waits until the page is online.
 */
export async function openAsPerson(
  context: BrowserContext,
  link: string,
  name: string,
  options: { language?: string; onlineTimeoutMs?: number } = {},
): Promise<Page> {
  const identity = JSON.stringify({ id: `e2e-${name}`, name, color: "#1f77b4", chosen: true });
  await context.addInitScript(
    ([value, language]) => {
      localStorage.setItem("outside-in.identity", value);
      if (language) localStorage.setItem("outside-in.language", language);
    },
    [identity, options.language ?? ""] as const,
  );
  const page = await context.newPage();
  await page.goto(link);
  await page.waitForSelector(ONLINE, { timeout: options.onlineTimeoutMs ?? 15000 });
  return page;
}

/** Polls until the check passes (hocuspocus style), instead of sleeping a fixed time. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 5000,
  what = "condition",
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Screenshots of the given pages into tests/e2e/output/, so a failure on CI can be seen, not guessed. */
/** Draws a path between two cards (found by their text) as a user does: from the first's handle to the second. */
export async function connectCards(page: Page, fromText: string, toText: string): Promise<void> {
  const from = page.locator(".react-flow__node-card", { hasText: fromText });
  const to = page.locator(".react-flow__node-card", { hasText: toText });
  await from.waitFor();
  const handle = await from.locator(".react-flow__handle.source").boundingBox();
  const target = await to.boundingBox();
  if (!handle || !target) throw new Error("handle or target card not visible");
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + 10, target.y + target.height / 2, { steps: 10 });
  await page.mouse.up();
}

export async function saveScreenshots(pages: readonly Page[], testName: string): Promise<string[]> {
  const dir = join(root, "tests", "e2e", "output");
  await mkdir(dir, { recursive: true });
  const slug = testName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
  const saved: string[] = [];
  for (const [i, page] of pages.entries()) {
    if (page.isClosed()) continue;
    const path = join(dir, `${slug}-${i + 1}.png`);
    await page.screenshot({ path, fullPage: true }).then(
      () => saved.push(path),
      () => {},
    );
  }
  return saved;
}

/**
 * After each browser test: screenshots of a failed test's pages, then every context it opened closed
 * right away (two cores do not carry idle pages well).
 */
export async function endTest(
  contexts: BrowserContext[],
  task: { name: string; result?: { state?: string } | undefined },
): Promise<void> {
  if (task.result?.state === "fail") {
    const saved = await saveScreenshots(
      contexts.flatMap((c) => c.pages()),
      task.name,
    );
    console.log(`[e2e] screenshots of the failed test: ${saved.join(", ")}`);
  }
  for (const c of contexts.splice(0)) await c.close().catch(() => {});
}

/** A small map with two connected cards in one stage: enough for people to select, change and comment. */
export function twoCardMapFile() {
  return {
    format: "outside-in.journey",
    version: 1,
    journey: {
      id: "e2e",
      title: "Switch plans",
      language: "en",
      stages: [{ id: "st_1", name: "Compare offers", customerGoal: "I want to see which plan fits me" }],
      lanes: [
        { id: "ln_do", name: "What I do", kind: "actions" },
        { id: "ln_tp", name: "Where I meet the brand", kind: "touchpoints" },
      ],
      cards: [
        { id: "c_1", stageId: "st_1", laneId: "ln_do", title: "I compare two plans" },
        { id: "c_2", stageId: "st_1", laneId: "ln_tp", title: "Price table", channel: "web" },
      ],
      connections: [{ id: "cn_1", from: "c_1", to: "c_2" }],
      comments: [],
    },
  };
}
