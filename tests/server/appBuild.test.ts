// Building the browser app for `npm start`, the browser tests and the benchmarks: always a production build,
// and built again when dist/ is missing, older than its sources, or left by an earlier or failed build.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { mkdirSync, readFileSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BUILD_STAMP, appBuildNeeded, buildApp } from "../../server/appBuild";

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "outside-in-build-"));
  mkdirSync(join(root, "src"));
  writeFileSync(join(root, "index.html"), `<!doctype html><script type="module" src="/src/main.js"></script>`);
  // How React's packages pick their production or development build.
  writeFileSync(
    join(root, "src", "main.js"),
    `document.title = process.env.NODE_ENV === "production" ? "built-for-production" : "built-for-development";\n`,
  );
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const builtScripts = (): string =>
  readdirSync(join(root, "dist", "assets"))
    .filter((f) => f.endsWith(".js"))
    .map((f) => readFileSync(join(root, "dist", "assets", f), "utf8"))
    .join("\n");

/** Moves a file's modification time by the given seconds from now. */
const touch = (path: string, seconds: number): void => {
  const when = new Date(Date.now() + seconds * 1000);
  utimesSync(path, when, when);
};

describe("app build", () => {
  it("builds for production even when the calling process runs with NODE_ENV=test", () => {
    // Vitest sets it, which is what made the browser tests' build a development one.
    expect(process.env["NODE_ENV"]).toBe("test");
    expect(appBuildNeeded(root)).toBe(true);
    buildApp(root);
    const scripts = builtScripts();
    expect(scripts).toContain("built-for-production");
    expect(scripts).not.toContain("built-for-development");
    expect(readFileSync(join(root, "dist", BUILD_STAMP), "utf8").trim()).toBe("production");
    expect(appBuildNeeded(root)).toBe(false);
    expect(process.env["NODE_ENV"]).toBe("test");
  });

  it("builds again when a source is newer than the build", () => {
    buildApp(root);
    expect(appBuildNeeded(root)).toBe(false);
    touch(join(root, "src", "main.js"), 5);
    expect(appBuildNeeded(root)).toBe(true);
  });

  it("builds again when dist/ holds a build without the production stamp", () => {
    mkdirSync(join(root, "dist"));
    writeFileSync(join(root, "dist", "index.html"), "<!doctype html>");
    touch(join(root, "dist", "index.html"), 5);
    expect(appBuildNeeded(root)).toBe(true);
    writeFileSync(join(root, "dist", BUILD_STAMP), "development\n");
    touch(join(root, "dist", BUILD_STAMP), 5);
    expect(appBuildNeeded(root)).toBe(true);
  });

  it("throws a sentence and leaves no stamp when the build fails", () => {
    writeFileSync(join(root, "src", "main.js"), `document.title = (;\n`);
    expect(() => buildApp(root)).toThrow(/Building the browser app failed/);
    expect(appBuildNeeded(root)).toBe(true);
  });
});
