// A raw TCP websocket client that opens a binary message and then sends continuation fragments without end,
// until the server closes the connection or the count runs out; returns how many fragments went out.
import { connect } from "node:net";
import { randomBytes } from "node:crypto";

function maskedFrame(fin: boolean, opcode: number, payload: Buffer): Buffer {
  const mask = randomBytes(4);
  const len = payload.length;
  const head = len < 126 ? Buffer.alloc(2) : Buffer.alloc(4);
  head[0] = (fin ? 0x80 : 0) | opcode;
  if (len < 126) head[1] = 0x80 | len;
  else {
    head[1] = 0x80 | 126;
    head.writeUInt16BE(len, 2);
  }
  const body = Buffer.from(payload);
  for (let i = 0; i < body.length; i++) body[i] = (body[i] ?? 0) ^ (mask[i % 4] ?? 0);
  return Buffer.concat([head, mask, body]);
}

export async function endlessFragments(url: string, maxFragments: number, fragmentBytes = 1024): Promise<number> {
  const target = new URL(url);
  const socket = connect(Number(target.port), target.hostname);
  let sent = 0;
  let closed = false;
  socket.on("error", () => (closed = true));
  socket.on("close", () => (closed = true));
  await new Promise<void>((done) => socket.once("connect", () => done()));
  socket.write(
    `GET ${target.pathname}${target.search} HTTP/1.1\r\nHost: ${target.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      `Sec-WebSocket-Key: ${randomBytes(16).toString("base64")}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
  );
  await new Promise<void>((done) => {
    socket.once("data", () => done());
    socket.once("close", () => done());
  });
  const payload = randomBytes(fragmentBytes);
  while (!closed && sent < maxFragments) {
    const ok = socket.write(maskedFrame(false, sent === 0 ? 0x2 : 0x0, payload));
    sent++;
    if (!ok) await new Promise<void>((done) => socket.once("drain", () => done()).once("close", () => done()));
  }
  socket.destroy();
  return sent;
}
