// The first answer of a provider's server: true once it synced (at once when it had), false when its connection
// closes first, when no answer can come (offline, access lost), or after the wait.
import { firstAnswer, type AnsweringProvider } from "../../src/sync/firstAnswer";

class FakeProvider implements AnsweringProvider {
  synced = false;
  private listeners = new Map<string, ((value: boolean) => void)[]>();
  on(event: string, listener: (value: boolean) => void): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }
  emit(event: "sync" | "connection-close", value = true): void {
    if (event === "sync") this.synced = value;
    for (const listener of this.listeners.get(event) ?? []) listener(value);
  }
}

describe("a provider's first answer", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("is true for everyone waiting once the server answers, and at once for anyone asking later", async () => {
    const provider = new FakeProvider();
    const answer = firstAnswer(provider, () => false);
    const first = answer.wait(8000);
    const second = answer.wait(8000);
    provider.emit("sync", true);
    await expect(first).resolves.toBe(true);
    await expect(second).resolves.toBe(true);
    // A later disconnect does not take the answer back: the document holds everything it had.
    provider.emit("sync", false);
    provider.emit("connection-close");
    await expect(answer.wait(8000)).resolves.toBe(true);
  });

  it("is true at once for a provider that had already synced when it was watched", async () => {
    const provider = new FakeProvider();
    provider.synced = true;
    await expect(firstAnswer(provider, () => true).wait(8000)).resolves.toBe(true);
  });

  it("is false when the connection closes before answering, without waiting the whole time", async () => {
    const provider = new FakeProvider();
    const answer = firstAnswer(provider, () => false);
    const waiting = answer.wait(8000);
    provider.emit("connection-close");
    await expect(waiting).resolves.toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    // A sync that is not an answer (it went out of sync) changes nothing for the next one asking.
    provider.emit("sync", false);
    const next = answer.wait(8000);
    provider.emit("sync", true);
    await expect(next).resolves.toBe(true);
  });

  it("is false at once when no answer can come", async () => {
    const provider = new FakeProvider();
    await expect(firstAnswer(provider, () => true).wait(8000)).resolves.toBe(false);
  });

  it("is false after the wait when nothing happens", async () => {
    const provider = new FakeProvider();
    const waiting = firstAnswer(provider, () => false).wait(8000);
    let result: boolean | undefined;
    void waiting.then((r) => (result = r));
    await vi.advanceTimersByTimeAsync(7999);
    expect(result).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(result).toBe(false);
  });
});
