// Random map ids and share tokens, and the one-way hash under which tokens and author keys are stored.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export const MAP_ID_PATTERN = /^[A-Za-z0-9_-]{10,40}$/;

/** 128 random bits, URL-safe: map ids cannot be guessed or enumerated. */
export const newMapId = (): string => randomBytes(16).toString("base64url");

/** 256 random bits: a share token is the only credential there is. */
export const newToken = (): string => randomBytes(32).toString("base64url");

export const sha256 = (value: string): string => createHash("sha256").update(value, "utf8").digest("hex");

export const isMapId = (value: string): boolean => MAP_ID_PATTERN.test(value);

/** Compares two secrets in constant time (through their hashes, so lengths leak nothing either). */
export const sameSecret = (given: string, expected: string): boolean =>
  timingSafeEqual(Buffer.from(sha256(given), "hex"), Buffer.from(sha256(expected), "hex"));
