// Who I am in every map: a name and a colour, chosen on the first visit and kept in this browser.
import { z } from "zod";

export const IDENTITY_KEY = "outside-in.identity";
export const MAX_NAME_LENGTH = 40;

/** Colours that read well on white, as cursor, outline and avatar background with white text. */
export const PALETTE = [
  "#d9480f",
  "#1971c2",
  "#2f9e44",
  "#9c36b5",
  "#c2255c",
  "#0c8599",
  "#e67700",
  "#5f3dc4",
  "#087f5b",
  "#a61e4d",
  "#364fc7",
  "#5c940d",
] as const;

export interface Identity {
  id: string;
  name: string;
  color: string;
  /** False until the person typed a name; the app may ask for one. */
  chosen: boolean;
}

const identitySchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(MAX_NAME_LENGTH),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  chosen: z.boolean(),
});

/** A stable, pleasant colour for any string (a random id, or a client id for a peer without one). */
export function colorFor(seed: string): string {
  let hash = 2166136261;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return PALETTE[(hash >>> 0) % PALETTE.length] ?? PALETTE[0];
}

function randomId(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

let cached: Identity | null = null;
const listeners = new Set<() => void>();

function save(identity: Identity): void {
  cached = identity;
  try {
    storage()?.setItem(IDENTITY_KEY, JSON.stringify(identity));
  } catch {
    // A full or disabled storage only costs the memory across visits.
  }
  for (const cb of [...listeners]) cb();
}

function load(): Identity | null {
  const raw = storage()?.getItem(IDENTITY_KEY);
  if (!raw) return null;
  try {
    const parsed = identitySchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function getIdentity(): Identity {
  if (cached) return cached;
  const stored = load();
  if (stored) {
    cached = stored;
    return stored;
  }
  const id = randomId();
  const fresh: Identity = {
    id,
    name: `Guest ${
      id
        .replace(/[^0-9a-f]/gi, "")
        .slice(0, 3)
        .toUpperCase() || "1"
    }`,
    color: colorFor(id),
    chosen: false,
  };
  save(fresh);
  return fresh;
}

/** Sets my name; an empty name is refused with a sentence and changes nothing. */
export function setIdentity(name: string): Identity {
  const trimmed = name.replace(/\s+/g, " ").trim();
  if (trimmed === "") throw new Error("A name cannot be empty.");
  const next: Identity = { ...getIdentity(), name: trimmed.slice(0, MAX_NAME_LENGTH), chosen: true };
  save(next);
  return next;
}

export function subscribeIdentity(cb: () => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

/** Forgets the in-memory copy, so tests (and a storage event from another tab) re-read storage. */
export function reloadIdentity(): void {
  cached = null;
  for (const cb of [...listeners]) cb();
}
