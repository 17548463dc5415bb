// Shared test set-up: DOM matchers for the tests that run in jsdom; node tests skip loading them.
if (typeof document !== "undefined") await import("@testing-library/jest-dom/vitest");
export {};
