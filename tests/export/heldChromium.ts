// One real Chromium for a test file's PNGs, handed to server/png.ts as though launched anew each time it asks for one,
// and held back while the test says so: a test about the PNG line can keep the first PNGs waiting for "their launch"
// until the line is as it wants it, without paying for a real launch in each test.
import type { Browser } from "playwright-core";
import { chromiumPath, launchChromium } from "../../server/png";

export type HeldChromium = {
  /** For `pngBrowser.launch`: waits while held, then hands out the shared browser; its close() only lets go of it. */
  launch(executablePath: string): Promise<Browser>;
  /** Launches the real browser now (the Chromium PNG export would use), so that no test waits for it later. */
  open(): Promise<void>;
  /** Holds every launch from now on until the function it returns is called. */
  hold(): () => void;
  /** Closes the real browser. */
  close(): Promise<void>;
};

export function heldChromium(): HeldChromium {
  let real: Promise<Browser> | undefined;
  let held: Promise<void> = Promise.resolve();
  return {
    async launch(executablePath) {
      await held;
      real ??= launchChromium(executablePath);
      return lent(await real);
    },
    async open() {
      real ??= launchChromium(chromiumPath());
      await real;
    },
    hold() {
      let release = () => {};
      held = new Promise((resolve) => (release = resolve));
      return release;
    },
    async close() {
      const closing = real;
      real = undefined;
      if (closing) await (await closing).close();
    },
  };
}

/** The browser, except that closing it leaves it open for the next one who asks. */
function lent(browser: Browser): Browser {
  return new Proxy(browser, {
    get(target, key) {
      if (key === "close") return () => Promise.resolve();
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
