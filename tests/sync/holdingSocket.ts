// A websocket for map sessions in tests that holds back what the page sends, as a slow network would: while
// holding, every message of the map room (not its comments) from the page's first sync step 2 on waits, in its
// order, until released; a socket that closes meanwhile never sends them. It counts the sync step 2 messages
// the map room's sockets receive.
import { WebSocket as NodeWebSocket } from "ws";

const isSyncStep2 = (bytes: Uint8Array): boolean => bytes[0] === 0 && bytes[1] === 1;

export const hold = {
  on: false,
  queues: new Map<NodeWebSocket, Uint8Array[]>(),
  /** Sync step 2 messages received by the map room's sockets. */
  answers: 0,
  /** Sends what was held, in order, and holds nothing more. */
  release(): void {
    hold.on = false;
    for (const [socket, queue] of hold.queues) for (const data of queue) socket.send(data);
    hold.queues.clear();
  },
  reset(): void {
    hold.on = false;
    hold.queues.clear();
  },
};

class HoldingWebSocket extends NodeWebSocket {
  constructor(...args: ConstructorParameters<typeof NodeWebSocket>) {
    super(...args);
    this.on("message", (data: ArrayBuffer) => {
      if (!this.url.includes("/comments") && isSyncStep2(new Uint8Array(data))) hold.answers += 1;
    });
  }

  override send(data: Uint8Array, ...rest: unknown[]): void {
    const queue = hold.queues.get(this);
    if (hold.on && !this.url.includes("/comments") && (queue || isSyncStep2(data))) {
      hold.queues.set(this, [...(queue ?? []), data]);
      return;
    }
    (super.send as (...args: unknown[]) => void)(data, ...rest);
  }
}

export const HoldingWebSocketPolyfill = HoldingWebSocket as unknown as typeof WebSocket;
