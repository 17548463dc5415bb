// The probe of the protocol fuzz, in its own process so the fuzzer's own work does not show as server stalls:
// a writer edits a map every 20 ms and a reader times each edit's arrival, until the parent says "stop".
import * as Y from "yjs";
import { insertedStrings, rawClient, until } from "../lib/rawClient";

const [wsUrl = "", mapId = "", editToken = "", viewToken = ""] = process.argv.slice(2);
const latencies: number[] = [];
const pending = new Map<string, number>();
const doc = new Y.Doc();
const writer = rawClient(wsUrl, mapId, { token: editToken });
const reader = rawClient(wsUrl, mapId, {
  token: viewToken,
  onUpdate: (update, how) => {
    if (how !== "update") return;
    for (const s of insertedStrings(update)) {
      const sent = pending.get(s);
      if (sent === undefined) continue;
      pending.delete(s);
      latencies.push(performance.now() - sent);
    }
  },
});
doc.on("update", (u: Uint8Array) => writer.sendUpdate(u));
await until(() => writer.synced && reader.synced, 10_000, "the probe clients");
let writes = 0;
const timer = setInterval(() => {
  const mark = `probe-${writes++}`;
  pending.set(mark, performance.now());
  doc.getMap("probe").set("last", mark);
}, 20);
process.send?.({ ready: true });
process.on("message", (message) => {
  if (message !== "stop") return;
  clearInterval(timer);
  void until(() => pending.size === 0, 2000, "the last probe writes")
    .catch(() => {})
    .then(() => {
      process.send?.({ writes, missing: pending.size, latencies });
      writer.ws.terminate();
      reader.ws.terminate();
      setTimeout(() => process.exit(0), 50);
    });
});
