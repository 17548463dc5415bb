// @vitest-environment jsdom
// A map removed from the start page's list takes its comment drafts (kept by the comments panel under
// outside-in.comment-drafts:ID) along with its Undo: Undo brings every draft back, also beside one written since in
// another tab, and once the Undo is gone (the page left) the drafts are gone too. Other maps' drafts stay.
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StartPage } from "../../src/app/StartPage";
import { rememberMap } from "../../src/app/knownMaps";
import { DRAFTS_STORAGE_PREFIX, draftOf, forgetDrafts, keepDraft } from "../../src/features/comments/drafts";
import { i18n, initI18n } from "../../src/i18n";
import { GERMAN_QUOTES, quoted } from "../../src/i18n/quotes";

const KEY = "outside-in.maps";
const entry = (id: string, title: string, day: number) => ({
  id,
  title,
  role: "owner",
  link: `/m/${id}#token=owner-${id}`,
  lastOpened: `2026-11-${10 + day}T09:00:00.000Z`,
});

/** A draft as the comments panel keeps it, written to storage, and then read as a fresh page (a reload) reads it. */
function draft(mapId: string, box: string, text: string): void {
  keepDraft(`${mapId}\u0000${box}`, text);
  forgetDrafts();
}
const storedDraft = (mapId: string, box: string): string | undefined => {
  forgetDrafts();
  return draftOf(`${mapId}\u0000${box}`);
};

beforeEach(async () => {
  localStorage.clear();
  forgetDrafts();
  initI18n("de");
  await i18n.changeLanguage("de");
  localStorage.setItem(
    KEY,
    JSON.stringify([entry("kfz", "Kfz-Schaden „Größe“", 2), entry("tarif", "Tarifwechsel", 1)]),
  );
  draft("kfz", "new:map", "Wer prüft den Schaden? „Schnell“ – 5 €");
  draft("kfz", "reply:th_1", "Ich bin dafür");
  draft("tarif", "new:map", "Tarif-Notiz");
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  forgetDrafts();
});

const remove = (user: ReturnType<typeof userEvent.setup>, title: string) =>
  user.click(screen.getByRole("button", { name: `${quoted(title, GERMAN_QUOTES)} aus dieser Liste entfernen` }));

describe("the comment drafts of a map removed from the list", () => {
  it("are kept with the Undo and all come back with it, as they were", async () => {
    const before = localStorage.getItem(`${DRAFTS_STORAGE_PREFIX}kfz`);
    const user = userEvent.setup();
    render(<StartPage />);
    await remove(user, "Kfz-Schaden „Größe“");
    expect(localStorage.getItem(`${DRAFTS_STORAGE_PREFIX}kfz`)).toBeNull();
    await user.click(screen.getByRole("button", { name: "Rückgängig" }));
    expect(screen.getByRole("link", { name: "Kfz-Schaden „Größe“" })).toBeInTheDocument();
    expect(localStorage.getItem(`${DRAFTS_STORAGE_PREFIX}kfz`)).toBe(before);
    expect(storedDraft("kfz", "new:map")).toBe("Wer prüft den Schaden? „Schnell“ – 5 €");
    expect(storedDraft("kfz", "reply:th_1")).toBe("Ich bin dafür");
    expect(storedDraft("tarif", "new:map")).toBe("Tarif-Notiz");
  });

  it("are gone once the page with the Undo is left, and the other maps' drafts stay", async () => {
    const user = userEvent.setup();
    const page = render(<StartPage />);
    await remove(user, "Kfz-Schaden „Größe“");
    page.unmount();
    expect(localStorage.getItem(`${DRAFTS_STORAGE_PREFIX}kfz`)).toBeNull();
    expect(storedDraft("kfz", "new:map")).toBeUndefined();
    expect(storedDraft("tarif", "new:map")).toBe("Tarif-Notiz");
  });

  it("come back beside a draft the map's page wrote in the meantime, whose newer text wins", async () => {
    const user = userEvent.setup();
    render(<StartPage />);
    await remove(user, "Kfz-Schaden „Größe“");
    // The map is still open in another tab, where a reply is edited and a new one begun.
    draft("kfz", "reply:th_1", "Ich bin dafür, aber erst ab Montag");
    draft("kfz", "reply:th_2", "Neu: Übergabe klären");
    await user.click(screen.getByRole("button", { name: "Rückgängig" }));
    expect(storedDraft("kfz", "new:map")).toBe("Wer prüft den Schaden? „Schnell“ – 5 €");
    expect(storedDraft("kfz", "reply:th_1")).toBe("Ich bin dafür, aber erst ab Montag");
    expect(storedDraft("kfz", "reply:th_2")).toBe("Neu: Übergabe klären");
  });

  it("come back for every map when all are put back at once", async () => {
    const user = userEvent.setup();
    render(<StartPage />);
    await remove(user, "Kfz-Schaden „Größe“");
    await remove(user, "Tarifwechsel");
    expect(localStorage.getItem(`${DRAFTS_STORAGE_PREFIX}tarif`)).toBeNull();
    await user.click(screen.getByTestId("undo-forget-all"));
    expect(storedDraft("kfz", "new:map")).toBe("Wer prüft den Schaden? „Schnell“ – 5 €");
    expect(storedDraft("tarif", "new:map")).toBe("Tarif-Notiz");
  });

  it("of both removals come back when the map came back into the list and was removed again", async () => {
    const user = userEvent.setup();
    render(<StartPage />);
    await remove(user, "Kfz-Schaden „Größe“");
    // Another tab opens the map again and writes a draft there; this page reads the list anew at its next removal.
    rememberMap({ id: "kfz", title: "Kfz-Schaden „Größe“", role: "owner", link: "/m/kfz#token=owner-kfz" });
    draft("kfz", "reply:th_3", "Zweiter Entwurf");
    await remove(user, "Tarifwechsel");
    await remove(user, "Kfz-Schaden „Größe“");
    expect(localStorage.getItem(`${DRAFTS_STORAGE_PREFIX}kfz`)).toBeNull();
    await user.click(screen.getByTestId("undo-forget-all"));
    expect(storedDraft("kfz", "new:map")).toBe("Wer prüft den Schaden? „Schnell“ – 5 €");
    expect(storedDraft("kfz", "reply:th_1")).toBe("Ich bin dafür");
    expect(storedDraft("kfz", "reply:th_3")).toBe("Zweiter Entwurf");
    expect(storedDraft("tarif", "new:map")).toBe("Tarif-Notiz");
  });
});
