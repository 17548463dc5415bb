// Who I am in every map: a name and a colour, chosen on the first visit and kept in this browser.
import i18next from "i18next";
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

/**
 * The name a guest has until they type one: "Guest E45", "Gast E45". It is not a name the person chose, so while
 * it is untouched (not chosen, and still exactly the default for its id in one of the languages) it follows the
 * interface language: it is made in the language the interface speaks, and said anew in the other language when
 * the person switches (peers see that with my next presence update). Only the word changes, never the code, the
 * id or the colour. A name the person typed never changes, in any language; neither does any other stored name.
 */
const GUEST_WORD = { en: "Guest", de: "Gast" } as const;
type GuestLanguage = keyof typeof GUEST_WORD;
const GUEST_LANGUAGES = Object.keys(GUEST_WORD) as GuestLanguage[];

export function guestName(id: string, language: GuestLanguage): string {
  const code =
    id
      .replace(/[^0-9a-f]/gi, "")
      .slice(0, 3)
      .toUpperCase() || "1";
  return `${GUEST_WORD[language]} ${code}`;
}

/** The interface language as i18next has it; English before i18next starts (tests, scripts). */
function interfaceLanguage(): GuestLanguage {
  const tag = i18next.resolvedLanguage ?? i18next.language ?? "en";
  return GUEST_LANGUAGES.find((l) => tag.toLowerCase().startsWith(l)) ?? "en";
}

/** The identity with an untouched guest name in the interface language; the same object when nothing changes. */
function inInterfaceLanguage(identity: Identity): Identity {
  if (identity.chosen) return identity;
  if (!GUEST_LANGUAGES.some((l) => identity.name === guestName(identity.id, l))) return identity;
  const name = guestName(identity.id, interfaceLanguage());
  return name === identity.name ? identity : { ...identity, name };
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
    const shown = inInterfaceLanguage(stored);
    if (shown === stored) cached = stored;
    else save(shown);
    return shown;
  }
  const id = randomId();
  const fresh: Identity = { id, name: guestName(id, interfaceLanguage()), color: colorFor(id), chosen: false };
  save(fresh);
  return fresh;
}

i18next.on("languageChanged", () => {
  if (!cached) return;
  const shown = inInterfaceLanguage(cached);
  if (shown !== cached) save(shown);
});

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
