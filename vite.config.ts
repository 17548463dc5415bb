// Vite builds the browser app into dist/; Vitest runs unit, component and server tests (not e2e).
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { testsNeedingOwnProcess } from "./tests/isolation";

// Component tests that also run a real server in the same file: the server needs Node's own timers (unref),
// which a VM context's jsdom window replaces, so they run with the node tests.
const SERVER_BESIDE_DOM = ["tests/features/startPageCreationTokenServer.test.tsx"];
// Node test files that change what a process shares (module mocks, globals, timers, the environment): see
// tests/isolation.ts.
const OWN_PROCESS = testsNeedingOwnProcess(import.meta.dirname);

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        // The libraries every page needs, in a few chunks of their own beside the app's: Chromium parses
        // each on a background thread while the page waits, and several parse side by side. One 860 KB
        // script opened 2,000 cards 0.03 to 0.08 s later (medians of 12 and 14 alternating pairs). The PDF
        // libraries stay in the chunk that export loads when it is used.
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: "flow",
              test: /node_modules[\\/](@xyflow|d3-[a-z]+|classcat|zustand|immer|use-sync-external-store)[\\/]/,
            },
            { name: "yjs", test: /node_modules[\\/](yjs|lib0|y-protocols|y-websocket|y-indexeddb)[\\/]/ },
            { name: "libs", test: /node_modules[\\/](zod|i18next|react-i18next|fractional-indexing)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { "/api": "http://127.0.0.1:8080", "/ws": { target: "ws://127.0.0.1:8080", ws: true } },
  },
  test: {
    globals: true,
    setupFiles: ["tests/setup.ts"],
    testTimeout: 20000,
    hookTimeout: 30000,
    // Two files at a time on two cores (Vitest's default in a run is one fewer than the cores): many files wait
    // on a server, a child process or the disk.
    maxWorkers: 2,
    projects: [
      {
        // Component tests in jsdom, each file in a fresh VM context of a long-lived process: importing jsdom
        // and React once per process instead of once per file took the whole run from 299 s to 221 s.
        extends: true,
        test: { name: "dom", include: ["tests/**/*.test.tsx"], exclude: SERVER_BESIDE_DOM, pool: "vmForks" },
      },
      {
        // The node tests that change what their process shares, each in a process of its own.
        extends: true,
        test: { name: "node", include: [...OWN_PROCESS, ...SERVER_BESIDE_DOM] },
      },
      {
        // The other node tests, one after another in a long-lived process per worker (Node's timers, native
        // modules): Vitest, tsx and the server's modules are loaded once per process instead of once per file.
        extends: true,
        test: {
          name: "node-shared",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/e2e/**", "node_modules/**", ...OWN_PROCESS],
          isolate: false,
        },
      },
    ],
  },
});
