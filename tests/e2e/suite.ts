// The shared frame of a browser test file: one app server and one Chromium, started before the file's tests
// and stopped after them; the contexts a test opens are closed after it (screenshots first if it failed).
import { afterAll, afterEach, beforeAll } from "vitest";
import type { Browser, BrowserContext, BrowserContextOptions } from "playwright-core";
import { endTest, launchChromium, startApp, type RunningApp } from "./harness";

export interface BrowserSuite {
  readonly app: RunningApp;
  /** A fresh browser context (its own storage, like another person's browser), closed after the test. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

export function browserSuite(): BrowserSuite {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
  });
  afterEach(({ task }) => endTest(contexts, task));
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("The browser suite is used before its beforeAll ran.");
    return value;
  };
  return {
    get app() {
      return started(app);
    },
    async newContext(options) {
      const context = await started(browser).newContext(options);
      contexts.push(context);
      return context;
    },
  };
}
