// @vitest-environment jsdom
// The guest name a person has until they type one speaks the interface language ("Gast E45" in German); a name
// the person typed never changes under their feet.
import { i18n, initI18n } from "../../src/i18n";
import { IDENTITY_KEY, getIdentity, guestName, reloadIdentity, subscribeIdentity } from "../../src/sync/identity";

const stored = () => JSON.parse(localStorage.getItem(IDENTITY_KEY) ?? "null") as unknown;

function storeIdentity(identity: { id: string; name: string; color: string; chosen: boolean }): void {
  localStorage.setItem(IDENTITY_KEY, JSON.stringify(identity));
  reloadIdentity();
}

beforeEach(async () => {
  initI18n("de");
  await i18n.changeLanguage("de");
  localStorage.clear();
  reloadIdentity();
});

afterAll(async () => {
  await i18n.changeLanguage("en");
});

describe("the guest name in the interface language", () => {
  it("makes a German interface's first guest name German and keeps it", () => {
    const me = getIdentity();
    expect(me.name).toMatch(/^Gast [0-9A-F1]{1,3}$/);
    expect(me.name).toBe(guestName(me.id, "de"));
    expect(stored()).toEqual(me);
  });

  it("says an untouched English guest name in German in a German interface, code, id and colour kept", () => {
    storeIdentity({ id: "e45c-7", name: "Guest E45", color: "#1971c2", chosen: false });
    expect(getIdentity()).toEqual({ id: "e45c-7", name: "Gast E45", color: "#1971c2", chosen: false });
    expect(stored()).toEqual(getIdentity());
  });

  it("follows a switch of the interface language while the guest name is untouched, and tells who listens", async () => {
    const me = getIdentity();
    let told = 0;
    const stop = subscribeIdentity(() => (told += 1));
    await i18n.changeLanguage("en");
    expect(getIdentity()).toEqual({ ...me, name: guestName(me.id, "en") });
    expect(getIdentity().name).toMatch(/^Guest /);
    await i18n.changeLanguage("de");
    expect(getIdentity()).toEqual(me);
    expect(told).toBe(2);
    stop();
  });

  it("never changes a name the person typed, even one that reads like a guest name", async () => {
    storeIdentity({ id: "e45c-7", name: "Guest E45", color: "#1971c2", chosen: true });
    expect(getIdentity().name).toBe("Guest E45");
    await i18n.changeLanguage("en");
    await i18n.changeLanguage("de");
    expect(getIdentity().name).toBe("Guest E45");
    expect(stored()).toMatchObject({ name: "Guest E45", chosen: true });
  });

  it("leaves alone a stored name that is not this browser's guest default", async () => {
    storeIdentity({ id: "e45c-7", name: "Guest 123", color: "#1971c2", chosen: false });
    expect(getIdentity().name).toBe("Guest 123");
    await i18n.changeLanguage("en");
    expect(getIdentity().name).toBe("Guest 123");
  });
});
