// Vite builds the browser app into dist/; Vitest runs unit, component and server tests (not e2e).
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

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
    include: ["tests/**/*.test.{ts,tsx}"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    setupFiles: ["tests/setup.ts"],
    testTimeout: 20000,
    // Two files at a time on two cores (Vitest's default in a run is one fewer than the cores): most files wait
    // on a server, a child process or the disk, and the suite took 281 s with one worker against 190 s with two.
    maxWorkers: 2,
    hookTimeout: 30000,
  },
});
