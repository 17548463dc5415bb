// Remote awareness states come from other browsers: each is parsed into a Peer or dropped.
import { z } from "zod";
import { MAX_NAME_LENGTH, PALETTE, colorFor } from "./identity";

export interface Point {
  x: number;
  y: number;
}
export interface Dragging extends Point {
  cardId: string;
}
/** The rectangle of the map a page shows, in flow coordinates: what a follower of that person is shown. */
export interface ViewRect extends Point {
  width: number;
  height: number;
}
export interface Peer {
  clientId: number;
  name: string;
  color: string;
  cursor?: Point;
  selection?: string[];
  /** The stages and lanes the person has selected. */
  headers?: string[];
  dragging?: Dragging;
  /** The card whose title the person is typing in place. */
  editing?: string;
  /** The stage or lane whose name the person is typing in place. */
  renaming?: string;
  /** The side-panel field the person is in (`recordId:field`, or `journey:field`). */
  field?: string;
  /** The rectangle of the map the person's page shows (flow coordinates). */
  view?: ViewRect;
  /** The client id of the person this one follows. */
  following?: number;
}

/** One person's name tag on a card (see peerTags). */
export interface PeerTag {
  clientId: number;
  name: string;
  color: string;
  editing: boolean;
}

const MAX_COORD = 1e7;
const coord = z.number().finite().min(-MAX_COORD).max(MAX_COORD);
const pointSchema = z.object({ x: coord, y: coord });
const size = z.number().finite().positive().max(MAX_COORD);
const viewSchema = z.object({ x: coord, y: coord, width: size, height: size });
/** Awareness client ids are unsigned 32-bit integers. */
const clientIdSchema = z.number().int().min(0).max(0xffffffff);
const draggingSchema = z.object({ cardId: z.string().min(1).max(200), x: coord, y: coord });
/** The id of a card, stage or lane. */
const cardIdSchema = z.string().min(1).max(200);
const selectionSchema = z.array(z.string().min(1).max(200)).max(1000);
/** The longest field name a presence may carry (`recordId:field`, ids are at most 200 characters). */
export const MAX_FIELD_KEY = 300;
const fieldSchema = z.string().min(1).max(MAX_FIELD_KEY);
const userSchema = z.object({ name: z.string(), color: z.unknown().optional() });
// Only the palette's colours: white text sits on them, and any other hex (white, pale yellow) hid a person.
const PALETTE_COLORS = new Set<string>(PALETTE);

/**
 * A state without a usable user is dropped; a broken optional field is left out, so one odd field
 * (or a newer client's extra) never hides a person.
 */
export function parsePeer(clientId: number, state: unknown): Peer | null {
  if (typeof state !== "object" || state === null) return null;
  const record = state as Record<string, unknown>;
  const user = userSchema.safeParse(record["user"]);
  if (!user.success) return null;
  // Control characters could fake layout in labels; the cap keeps one name from filling the screen.
  const cleaned = [...user.data.name]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f)
    .join("")
    .trim();
  // Cut by characters, not UTF-16 units, so a name never ends in half an emoji.
  const name = [...cleaned].slice(0, MAX_NAME_LENGTH).join("");
  if (name === "") return null;
  const rawColor = user.data.color;
  const color =
    typeof rawColor === "string" && PALETTE_COLORS.has(rawColor.toLowerCase())
      ? rawColor.toLowerCase()
      : colorFor(String(clientId));
  const peer: Peer = { clientId, name, color };
  const cursor = pointSchema.safeParse(record["cursor"]);
  if (cursor.success) peer.cursor = cursor.data;
  const selection = selectionSchema.safeParse(record["selection"]);
  if (selection.success && selection.data.length > 0) peer.selection = selection.data;
  const headers = selectionSchema.safeParse(record["headers"]);
  if (headers.success && headers.data.length > 0) peer.headers = headers.data;
  const dragging = draggingSchema.safeParse(record["dragging"]);
  if (dragging.success) peer.dragging = dragging.data;
  const editing = cardIdSchema.safeParse(record["editing"]);
  if (editing.success) peer.editing = editing.data;
  const renaming = cardIdSchema.safeParse(record["renaming"]);
  if (renaming.success) peer.renaming = renaming.data;
  const field = fieldSchema.safeParse(record["field"]);
  if (field.success) peer.field = field.data;
  const view = viewSchema.safeParse(record["view"]);
  if (view.success) peer.view = view.data;
  const following = clientIdSchema.safeParse(record["following"]);
  if (following.success && following.data !== clientId) peer.following = following.data;
  return peer;
}

/** Who a peer is, which every view of them shows. */
export type PeerIdentity = Pick<Peer, "clientId" | "name" | "color">;

/**
 * Makes a function that keeps of each peer who they are and the fields `keys` only: what one view draws of them, so
 * that a change in anything else (a cursor, a view) leaves that view alone (see usePeersPick).
 */
export function peerParts<K extends keyof Peer>(
  keys: readonly K[],
): (peers: readonly Peer[]) => (PeerIdentity & Pick<Peer, K>)[] {
  return (peers) =>
    peers.map((peer) => {
      const part: Partial<Peer> = { clientId: peer.clientId, name: peer.name, color: peer.color };
      for (const key of keys) if (peer[key] !== undefined) (part as Record<K, Peer[K]>)[key] = peer[key];
      return part as PeerIdentity & Pick<Peer, K>;
    });
}

/** All valid peers except myself, ordered by client id so the list does not jump around. */
export function peersOf(states: Map<number, unknown>, selfId: number): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of states) {
    if (clientId === selfId) continue;
    const peer = parsePeer(clientId, state);
    if (peer) peers.push(peer);
  }
  peers.sort((a, b) => a.clientId - b.clientId);
  return peers;
}

/**
 * Card id -> colour of the peer editing it, else of the first peer who has it selected, for outlines on the
 * canvas: the same person whose name tag comes first on the card.
 */
export function peerSelectionColors(peers: readonly Peer[]): Map<string, string> {
  const colors = new Map<string, string>();
  for (const peer of peers) if (peer.editing && !colors.has(peer.editing)) colors.set(peer.editing, peer.color);
  for (const peer of peers) for (const id of peer.selection ?? []) if (!colors.has(id)) colors.set(id, peer.color);
  return colors;
}

/**
 * Card id -> the people whose name tag it carries, those editing it first. Each person is named on one card
 * only, the one they are working on: the card they edit, else the one they drag, else the first they
 * selected. The rest of a selection keeps its coloured outline, so a box around 500 cards is not 500 tags.
 */
export function peerTags(peers: readonly Peer[]): Map<string, PeerTag[]> {
  const tags = new Map<string, PeerTag[]>();
  for (const peer of peers) {
    const cardId = peer.editing ?? peer.dragging?.cardId ?? peer.selection?.[0];
    if (!cardId) continue;
    const tag: PeerTag = { clientId: peer.clientId, name: peer.name, color: peer.color, editing: !!peer.editing };
    const onCard = tags.get(cardId);
    if (onCard) onCard.push(tag);
    else tags.set(cardId, [tag]);
  }
  for (const onCard of tags.values()) onCard.sort((a, b) => Number(b.editing) - Number(a.editing));
  return tags;
}

/** The people renaming the stage or lane `id`, as name tags that say they are editing it; in client id order. */
export function peersRenaming(peers: readonly Peer[], id: string): PeerTag[] {
  return peers
    .filter((peer) => peer.renaming === id)
    .map((peer) => ({ clientId: peer.clientId, name: peer.name, color: peer.color, editing: true }));
}

/** A card a peer drags, where it is drawn right now (flow coordinates), and who drags it. */
export type PeerDrag = Dragging & { color: string; name: string };

/**
 * Card id -> where a peer is dragging it right now (flow coordinates), to move it live. A peer's presence names one
 * card of their drag and where it is (`dragging`); React Flow drags a selected card together with every other
 * selected card, by the same offset, so when that card is in their selection every card of their selection moves
 * with it: each from its own place on my page (`places`, card id -> where the card stands), by the offset of the
 * named card from its place. The drag's message stays one card whatever its size; the selection it leans on is
 * already in the presence, capped (parsePeer). Ids that are not cards on my page move nothing, and a card one
 * peer holds in hand is not moved by another's selection.
 */
export function peerDragPositions(
  peers: readonly Peer[],
  places: ReadonlyMap<string, Point> = new Map(),
): Map<string, PeerDrag> {
  const positions = new Map<string, PeerDrag>();
  for (const peer of peers) {
    if (peer.dragging) positions.set(peer.dragging.cardId, { ...peer.dragging, color: peer.color, name: peer.name });
  }
  for (const peer of peers) {
    const held = peer.dragging;
    const from = held ? places.get(held.cardId) : undefined;
    if (!held || !from || !peer.selection?.includes(held.cardId)) continue;
    const dx = held.x - from.x;
    const dy = held.y - from.y;
    for (const cardId of peer.selection) {
      const place = places.get(cardId);
      if (!place || positions.has(cardId)) continue;
      positions.set(cardId, { cardId, x: place.x + dx, y: place.y + dy, color: peer.color, name: peer.name });
    }
  }
  return positions;
}
