// A websocket client written by hand on a TCP socket, for tests of clients that misbehave where a real one would
// not: it never answers a close frame, and it may declare frame lengths it never sends.
import { connect, type Socket } from "node:net";
import { randomBytes } from "node:crypto";

export interface ServerFrame {
  opcode: number;
  payload: Buffer;
}

export interface RawTcpClient {
  socket: Socket;
  /** Every complete frame the server sent, in order. */
  frames: ServerFrame[];
  /** Resolves when the TCP connection is gone, with the time it went. */
  gone: Promise<number>;
  /** The close frame the server sent, once it did. */
  closeFrame(): { code: number; reason: string } | undefined;
  /** Sends one masked binary frame (FIN set). */
  sendBinary(payload: Uint8Array): void;
  /** Writes a frame header declaring `length` bytes of binary payload, and the mask, but no payload. */
  sendHeaderOnly(length: number): void;
}

function header(opcode: number, length: number): Buffer {
  if (length < 126) return Buffer.from([0x80 | opcode, 0x80 | length]);
  if (length < 0x10000) {
    const head = Buffer.from([0x80 | opcode, 0x80 | 126, 0, 0]);
    head.writeUInt16BE(length, 2);
    return head;
  }
  const head = Buffer.alloc(10);
  head[0] = 0x80 | opcode;
  head[1] = 0x80 | 127;
  head.writeBigUInt64BE(BigInt(length), 2);
  return head;
}

/** Opens a websocket to `url` (ws://host:port/path?query) and resolves once the server accepted the upgrade. */
export async function rawTcpClient(url: string): Promise<RawTcpClient> {
  const target = new URL(url);
  const socket = connect(Number(target.port), target.hostname);
  socket.on("error", () => {});
  const gone = new Promise<number>((done) => socket.once("close", () => done(Date.now())));
  await new Promise<void>((done, fail) => {
    socket.once("connect", () => done());
    socket.once("close", () => fail(new Error("could not connect")));
  });
  socket.write(
    `GET ${target.pathname}${target.search} HTTP/1.1\r\nHost: ${target.host}\r\nUpgrade: websocket\r\n` +
      `Connection: Upgrade\r\nSec-WebSocket-Key: ${randomBytes(16).toString("base64")}\r\n` +
      `Sec-WebSocket-Version: 13\r\n\r\n`,
  );
  const frames: ServerFrame[] = [];
  let buffered = Buffer.alloc(0);
  let upgraded = false;
  const accepted = new Promise<void>((done, fail) => {
    socket.on("data", (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      if (!upgraded) {
        const end = buffered.indexOf("\r\n\r\n");
        if (end < 0) return;
        const head = buffered.subarray(0, end).toString("latin1");
        if (!head.startsWith("HTTP/1.1 101")) {
          fail(new Error(`upgrade refused: ${head.split("\r\n")[0]}`));
          return;
        }
        upgraded = true;
        buffered = buffered.subarray(end + 4);
        done();
      }
      // Server frames are never masked; lengths here stay far below 2^32.
      for (;;) {
        if (buffered.length < 2) return;
        const opcode = (buffered[0] ?? 0) & 0x0f;
        let length = (buffered[1] ?? 0) & 0x7f;
        let offset = 2;
        if (length === 126) {
          if (buffered.length < 4) return;
          length = buffered.readUInt16BE(2);
          offset = 4;
        } else if (length === 127) {
          if (buffered.length < 10) return;
          length = Number(buffered.readBigUInt64BE(2));
          offset = 10;
        }
        if (buffered.length < offset + length) return;
        frames.push({ opcode, payload: Buffer.from(buffered.subarray(offset, offset + length)) });
        buffered = buffered.subarray(offset + length);
      }
    });
    socket.once("close", () => fail(new Error("closed during the upgrade")));
  });
  await accepted;
  const mask = randomBytes(4);
  return {
    socket,
    frames,
    gone,
    closeFrame() {
      const frame = frames.find((f) => f.opcode === 0x8);
      if (!frame) return undefined;
      return { code: frame.payload.readUInt16BE(0), reason: frame.payload.subarray(2).toString("utf8") };
    },
    sendBinary(payload) {
      const body = Buffer.from(payload);
      for (let i = 0; i < body.length; i++) body[i] = (body[i] ?? 0) ^ (mask[i % 4] ?? 0);
      socket.write(Buffer.concat([header(0x2, body.length), mask, body]));
    },
    sendHeaderOnly(length) {
      socket.write(Buffer.concat([header(0x2, length), mask]));
    },
  };
}
