// Whether a provider's document has had the server's answer: from then on it holds everything the server had,
// and what changes later arrives as it happens. An export that holds comments, made right after the map opened,
// waits on this for the comments document; an empty document alone cannot tell "no comments" from "not here yet".

/** The part of a y-websocket provider this reads. */
export interface AnsweringProvider {
  synced: boolean;
  on(event: "sync", listener: (synced: boolean) => void): void;
  on(event: "connection-close", listener: () => void): void;
}

export interface FirstAnswer {
  /**
   * True once the server has answered (at once when it already has); false after `timeoutMs`, at once when
   * `cannotCome()` says so (offline, access lost, the page closing), or when the connection closes before answering.
   */
  wait(timeoutMs: number): Promise<boolean>;
}

export function firstAnswer(provider: AnsweringProvider, cannotCome: () => boolean): FirstAnswer {
  let answered = provider.synced;
  const waiting = new Set<(result: boolean) => void>();
  const settle = (result: boolean): void => {
    for (const finish of [...waiting]) finish(result);
  };
  provider.on("sync", (synced) => {
    if (!synced) return;
    answered = true;
    settle(true);
  });
  // A refused token, a server that went away, the network dropped: this connection will not answer.
  provider.on("connection-close", () => settle(false));
  return {
    wait(timeoutMs) {
      if (answered) return Promise.resolve(true);
      if (cannotCome()) return Promise.resolve(false);
      return new Promise((resolve) => {
        const finish = (result: boolean): void => {
          clearTimeout(timer);
          waiting.delete(finish);
          resolve(result);
        };
        const timer = setTimeout(() => finish(false), timeoutMs);
        waiting.add(finish);
      });
    },
  };
}
