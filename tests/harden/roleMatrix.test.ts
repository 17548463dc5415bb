// The whole role matrix (it is small enough to run in full in `npm test`).
import { describe, expect, it } from "vitest";
import { runRoleMatrix } from "../../bench/harden/roleMatrix";

describe("every role, token and origin against every message type on its own and another map", () => {
  it("applies exactly the changes owners and editors may make to their own map, and forges no presence", async () => {
    const r = await runRoleMatrix();
    expect(r.cases).toBe(256);
    // Rotating a link, opening a thread, resolving the owner's thread, and listing, saving and restoring versions,
    // per credential and map.
    expect(r.httpCases).toBe(96);
    expect(r.unauthorised).toEqual([]);
    expect(r.missingAllowed).toEqual([]);
  }, 60_000);
});
