// Cuts a Yjs update (format V1) into smaller updates, each a valid update of its own, so changes larger than the
// server's message limit still arrive. Yjs 13.6 has no public function for this; the format is simple enough.
import * as Y from "yjs";
import * as encoding from "lib0/encoding";
import { MAX_UPDATE_BYTES } from "../doc/messageLimit";

/*
 * An update V1 is: the number of clients; per client the number of its structs, the client, the clock of the
 * first struct, the structs (consecutive clocks); then the delete set: the number of clients; per client the
 * client, the number of ranges and each range's clock and length. Pieces are cut between structs, taken in an
 * order in which every struct comes after the structs of the same update it builds on (its left and right origin
 * and its parent), so a receiver applying the pieces in order integrates each at once and never keeps a part
 * pending (Yjs 13.6 can leave pending parts unapplied after all have arrived when they came in an unlucky order).
 * The delete set travels last, in pieces of its own.
 */

type Struct = ReturnType<typeof Y.decodeUpdate>["structs"][number];

/** Ids a struct needs before it can be integrated: its origins, and its parent when that is another item. */
function needs(struct: Struct): Y.ID[] {
  if (!(struct instanceof Y.Item)) return [];
  const ids: Y.ID[] = [];
  if (struct.origin) ids.push(struct.origin);
  if (struct.rightOrigin) ids.push(struct.rightOrigin);
  if (struct.parent instanceof Y.ID) ids.push(struct.parent);
  return ids;
}

/** The structs, each client's in clock order, each struct after those of this update it needs. */
function causalOrder(structs: Struct[]): Struct[] {
  const byClient = new Map<number, Struct[]>();
  for (const struct of structs) {
    const list = byClient.get(struct.id.client);
    if (list) list.push(struct);
    else byClient.set(struct.id.client, [struct]);
  }
  const next = new Map<number, number>();
  const nextStruct = (client: number): Struct | undefined => byClient.get(client)?.[next.get(client) ?? 0];
  /** The id is in this update and not yet in the order. */
  const waiting = (id: Y.ID): boolean => {
    const list = byClient.get(id.client);
    const from = nextStruct(id.client);
    const last = list?.at(-1);
    return (
      from !== undefined && last !== undefined && id.clock >= from.id.clock && id.clock < last.id.clock + last.length
    );
  };
  const order: Struct[] = [];
  for (const client of byClient.keys()) {
    // Emits a client's structs through a clock, first those of other clients they need (as Yjs integrates).
    const stack: { client: number; through: number }[] = [{ client, through: Infinity }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const struct = nextStruct(top.client);
      if (struct === undefined || struct.id.clock > top.through) {
        stack.pop();
        continue;
      }
      // Every client on the stack waits for the one above it: needing one of them again would be a cycle, which
      // a valid update cannot hold; such a need is ignored rather than looped on.
      const need = needs(struct).find((id) => waiting(id) && !stack.some((entry) => entry.client === id.client));
      if (need) {
        stack.push({ client: need.client, through: need.clock });
        continue;
      }
      order.push(struct);
      next.set(top.client, (next.get(top.client) ?? 0) + 1);
    }
  }
  return order;
}

interface Run {
  client: number;
  clock: number;
  /** The clock right after the run's last struct. */
  next: number;
  /** Byte ranges of the run's structs in the encoded structs. */
  parts: [number, number][];
  count: number;
}

interface Piece {
  runs: Map<number, Run>;
  bytes: number;
}

/** Bytes of a variable-length unsigned integer (lib0's writeVarUint). */
function varUintBytes(n: number): number {
  let bytes = 1;
  while (n > 127) {
    n = Math.floor(n / 128);
    bytes++;
  }
  return bytes;
}

/** Most bytes the header of a run can take: its struct count (up to 2^32), client (2^32) and clock (2^53). */
const RUN_HEADER_BYTES = 5 + 5 + 8;
/** The piece's number of clients and its empty delete set. */
const PIECE_FRAME_BYTES = 5 + 1;

function encodePiece(piece: Piece, structs: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, piece.runs.size);
  // Higher client ids first, as Yjs writes them.
  for (const run of [...piece.runs.values()].sort((a, b) => b.client - a.client)) {
    encoding.writeVarUint(encoder, run.count);
    encoding.writeVarUint(encoder, run.client);
    encoding.writeVarUint(encoder, run.clock);
    for (const [start, end] of run.parts) encoding.writeUint8Array(encoder, structs.subarray(start, end));
  }
  encoding.writeVarUint(encoder, 0);
  return encoding.toUint8Array(encoder);
}

/** The structs of an update in pieces of at most `limit` bytes; a single struct larger than that is a piece alone. */
function structPieces(structs: Struct[], limit: number): Uint8Array[] {
  // Every struct is written once, in causal order; a piece then copies its structs' bytes.
  const encoder = new Y.UpdateEncoderV1();
  const pieces: Piece[] = [];
  let piece: Piece = { runs: new Map(), bytes: PIECE_FRAME_BYTES };
  for (const struct of causalOrder(structs)) {
    const start = encoding.length(encoder.restEncoder);
    struct.write(encoder, 0);
    const end = encoding.length(encoder.restEncoder);
    const { client, clock } = struct.id;
    const known = piece.runs.get(client);
    const added = end - start + (known ? 0 : RUN_HEADER_BYTES);
    // A client appears once in an update, with consecutive clocks: a gap in its clocks starts a new piece too.
    const gap = known !== undefined && known.next !== clock;
    if (piece.runs.size > 0 && (piece.bytes + added > limit || gap)) {
      pieces.push(piece);
      piece = { runs: new Map(), bytes: PIECE_FRAME_BYTES };
    }
    let run = piece.runs.get(client);
    if (!run) {
      run = { client, clock, next: clock, parts: [], count: 0 };
      piece.runs.set(client, run);
      piece.bytes += RUN_HEADER_BYTES;
    }
    const lastPart = run.parts.at(-1);
    if (lastPart && lastPart[1] === start) lastPart[1] = end;
    else run.parts.push([start, end]);
    run.next = clock + struct.length;
    run.count++;
    piece.bytes += end - start;
  }
  if (piece.runs.size > 0) pieces.push(piece);
  const bytes = encoder.toUint8Array();
  return pieces.map((p) => encodePiece(p, bytes));
}

/** The delete set in pieces of at most `limit` bytes, each an update without structs. */
function deletePieces(ds: ReturnType<typeof Y.decodeUpdate>["ds"], limit: number): Uint8Array[] {
  type Ranges = { client: number; ranges: { clock: number; len: number }[] };
  const pieces: Ranges[][] = [];
  let piece: Ranges[] = [];
  // No structs, the number of clients, and per client its id and number of ranges.
  const frame = 1 + 5;
  const clientHeader = 5 + 5;
  let bytes = frame;
  // Written in the order Yjs writes a delete set: higher client ids first.
  for (const [client, items] of [...ds.clients.entries()].sort((a, b) => b[0] - a[0])) {
    let entry: Ranges | null = null;
    for (const { clock, len } of items) {
      const size = varUintBytes(clock) + varUintBytes(len) + (entry ? 0 : clientHeader);
      if (bytes + size > limit && piece.length > 0) {
        pieces.push(piece);
        piece = [];
        entry = null;
        bytes = frame;
      }
      if (!entry) {
        entry = { client, ranges: [] };
        piece.push(entry);
        bytes += clientHeader;
      }
      entry.ranges.push({ clock, len });
      bytes += varUintBytes(clock) + varUintBytes(len);
    }
  }
  if (piece.length > 0) pieces.push(piece);
  return pieces.map((entries) => {
    const encoder = new Y.UpdateEncoderV1();
    encoding.writeVarUint(encoder.restEncoder, 0);
    encoding.writeVarUint(encoder.restEncoder, entries.length);
    for (const { client, ranges } of entries) {
      encoder.resetDsCurVal();
      encoding.writeVarUint(encoder.restEncoder, client);
      encoding.writeVarUint(encoder.restEncoder, ranges.length);
      for (const { clock, len } of ranges) {
        encoder.writeDsClock(clock);
        encoder.writeDsLen(len);
      }
    }
    return encoder.toUint8Array();
  });
}

/**
 * The update itself when it is at most `limit` bytes, otherwise its structs in pieces of at most `limit` bytes,
 * then its deletions. Only a single struct larger than the limit makes a larger piece; the server refuses that one.
 */
export function splitUpdate(update: Uint8Array, limit: number = MAX_UPDATE_BYTES): Uint8Array[] {
  if (update.byteLength <= limit) return [update];
  const { structs, ds } = Y.decodeUpdate(update);
  return [...structPieces(structs, limit), ...deletePieces(ds, limit)];
}
