// @vitest-environment jsdom
// My name and colour are chosen once and kept in this browser.
import { beforeEach, describe, expect, it } from "vitest";
import { IDENTITY_KEY, PALETTE, getIdentity, reloadIdentity, setIdentity } from "../../src/sync/identity";

beforeEach(() => {
  localStorage.clear();
  reloadIdentity();
});

describe("identity", () => {
  it("creates a guest identity with a palette colour on the first visit and keeps it", () => {
    const first = getIdentity();
    expect(first.chosen).toBe(false);
    expect(first.name).toMatch(/^Guest /);
    expect(PALETTE).toContain(first.color);
    reloadIdentity();
    expect(getIdentity()).toEqual(first);
    expect(JSON.parse(localStorage.getItem(IDENTITY_KEY) ?? "null")).toEqual(first);
  });

  it("keeps a chosen name across visits and leaves the colour alone", () => {
    const before = getIdentity();
    setIdentity("  Grace   Hopper ");
    reloadIdentity();
    expect(getIdentity()).toEqual({ ...before, name: "Grace Hopper", chosen: true });
  });

  it("refuses an empty name with a sentence and changes nothing", () => {
    setIdentity("Linus");
    expect(() => setIdentity("   ")).toThrow("A name cannot be empty.");
    reloadIdentity();
    expect(getIdentity().name).toBe("Linus");
  });

  it("starts afresh when the stored identity is damaged", () => {
    localStorage.setItem(IDENTITY_KEY, '{"id":"x","name":"","color":"javascript:"}');
    reloadIdentity();
    const identity = getIdentity();
    expect(identity.name).toMatch(/^Guest /);
    expect(PALETTE).toContain(identity.color);
  });
});
