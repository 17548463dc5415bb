// Only a link that no longer opens the map makes the page say so (share dialog, kept comments); a change too large
// or a server error leaves the link as good as it was.
import { describe, expect, it } from "vitest";
import { linkEnded } from "../../src/app/linkEnded";
import { LINK_INVALID, LINK_REPLACED, UNSENT_KEPT, accessLostMessage } from "../../src/sync";

describe("linkEnded", () => {
  it("is true for a replaced or invalid link and a map that is gone, also with an editor's unsent sentence", () => {
    expect(linkEnded(LINK_REPLACED)).toBe(true);
    expect(linkEnded(LINK_INVALID)).toBe(true);
    expect(linkEnded(accessLostMessage(4404, true))).toBe(true);
    expect(linkEnded(`${LINK_REPLACED} ${UNSENT_KEPT}`)).toBe(true);
  });

  it("is false for a change too large, a refused change or another server close, where the link still works", () => {
    expect(linkEnded(accessLostMessage(4413, true))).toBe(false);
    expect(linkEnded(accessLostMessage(4403, true))).toBe(false);
    expect(linkEnded(accessLostMessage(4499, true))).toBe(false);
    expect(linkEnded(null)).toBe(false);
  });
});
