// What the connection indicator says, and which server closes end access for good.
import { describe, expect, it } from "vitest";
import { LINK_INVALID, LINK_REPLACED, accessLostMessage, deriveStatus } from "../../src/sync/status";

const base = {
  provider: "connecting",
  synced: false,
  wasOnline: false,
  networkOnline: true,
  serverUnreachable: false,
  accessLost: false,
} as const;

describe("deriveStatus", () => {
  it("says connecting until the first sync, online after it, reconnecting after a drop", () => {
    expect(deriveStatus(base)).toBe("connecting");
    expect(deriveStatus({ ...base, provider: "connected", synced: false })).toBe("connecting");
    expect(deriveStatus({ ...base, provider: "connected", synced: true })).toBe("online");
    expect(deriveStatus({ ...base, provider: "disconnected", wasOnline: true })).toBe("reconnecting");
  });

  it("says offline, not connecting, on a page that opened the map from its local copy without the server", () => {
    expect(deriveStatus({ ...base, provider: "disconnected", serverUnreachable: true })).toBe("offline");
    expect(deriveStatus({ ...base, provider: "connected", synced: true, serverUnreachable: true })).toBe("online");
    expect(deriveStatus({ ...base, provider: "disconnected", wasOnline: true, serverUnreachable: true })).toBe(
      "reconnecting",
    );
  });

  it("says online only once the server confirmed what the page had not sent, not merely once it synced", () => {
    const synced = { ...base, provider: "connected", synced: true } as const;
    expect(deriveStatus({ ...synced, wasOnline: true, catchingUp: true })).toBe("reconnecting");
    expect(deriveStatus({ ...synced, catchingUp: true })).toBe("connecting");
    expect(deriveStatus({ ...synced, wasOnline: true, catchingUp: false })).toBe("online");
  });

  it("says offline when the browser has no network or access ended", () => {
    expect(deriveStatus({ ...base, provider: "connected", synced: true, networkOnline: false })).toBe("offline");
    expect(deriveStatus({ ...base, provider: "connected", synced: true, accessLost: true })).toBe("offline");
  });
});

describe("accessLostMessage", () => {
  it("tells a replaced link apart from a link that never worked", () => {
    expect(accessLostMessage(4401, true)).toBe(LINK_REPLACED);
    expect(accessLostMessage(4401, false)).toBe(LINK_INVALID);
  });

  it("gives a sentence for every refusal and none for transient closes", () => {
    for (const code of [4403, 4404, 4413, 4499]) expect(accessLostMessage(code, true)).toMatch(/\.$/);
    for (const code of [1000, 1006, 1011, 4500]) expect(accessLostMessage(code, true)).toBeNull();
  });
});
