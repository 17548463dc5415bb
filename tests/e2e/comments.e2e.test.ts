// Comments in real Chromium: a commenter comments on a card, the editor sees the badge and the
// thread within a second, the commenter resolves it (an editor may not: CONTRACT.md) and the editor sees that.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createMap, openAsPerson, twoCardMapFile, waitFor } from "./harness";
import { browserSuite } from "./suite";

const SEL = {
  card: '[data-testid="card-c_2"]',
  badge: '[data-testid="card-c_2"] [data-testid="card-comments"]',
  commentsTab: "#tab-comments",
  newThread: '[data-testid="new-thread"]',
  threadView: '[data-testid="thread-view"]',
  threadStatus: '[data-testid="thread-status"]',
  threadItem: '[data-testid="thread-item"]',
};

const suite = browserSuite();

/** A fresh browser per person, with the name the person chose on an earlier visit. */
async function openPage(link: string, name: string): Promise<Page> {
  return openAsPerson(await suite.newContext({ viewport: { width: 1280, height: 800 } }), link, name);
}

function exampleMap() {
  return createMap(suite.app.url, twoCardMapFile());
}

describe("comments in Chromium", () => {
  it("a commenter's comment on a card reaches the editor within a second; the commenter resolves it and the editor sees that", async () => {
    const map = await exampleMap();
    const editor = await openPage(map.links.edit, "Erin Editor");
    const commenter = await openPage(map.links.comment, "Carl Commenter");

    // The commenter selects the card and writes in the comments panel, mentioning the editor.
    await commenter.locator(SEL.card).click();
    await commenter.locator(SEL.commentsTab).click();
    await expect.poll(() => commenter.locator(SEL.newThread).textContent()).toContain("Card “Price table”");
    const box = commenter.getByRole("textbox", { name: "New comment" });
    await box.fill("Is the monthly price clear enough? @Erin");
    // The editor is online, so the panel offers her name to mention.
    await commenter.getByRole("button", { name: "Mention Erin Editor" }).click();
    await box.press("End");
    await box.pressSequentially("please check");
    expect(await box.inputValue()).toBe("Is the monthly price clear enough? @Erin Editor please check");
    const posted = commenter.waitForResponse((r) => r.url().endsWith("/comments") && r.request().method() === "POST");
    await commenter.getByRole("button", { name: "Comment", exact: true }).click();
    expect((await posted).status()).toBe(201);
    const sentAt = Date.now();

    // The editor sees the badge on the card within a second, without reloading.
    await waitFor(async () => (await editor.locator(SEL.badge).count()) === 1, 1000, "the badge on the editor's card");
    expect(Date.now() - sentAt).toBeLessThan(1000);
    expect(await editor.locator(SEL.badge).getAttribute("data-count")).toBe("1");

    // The badge opens the thread, which shows the text and highlights the mention of the editor.
    await editor.locator(SEL.badge).click();
    const thread = editor.locator(SEL.threadView);
    await thread.waitFor();
    expect(await thread.textContent()).toContain("Is the monthly price clear enough?");
    expect(await thread.locator(".mention.mention-me").textContent()).toBe("@Erin Editor");
    expect(await thread.locator(SEL.threadStatus).textContent()).toBe("Open");

    // Closing someone else's thread is for its author or the owner: the editor is offered no button for it.
    expect(await thread.getByRole("button", { name: "Resolve" }).count()).toBe(0);

    // The commenter resolves her own thread from the list; the editor's view follows live.
    await commenter.locator(SEL.threadItem).first().click();
    await commenter.locator(SEL.threadView).getByRole("button", { name: "Resolve" }).click();
    await expect.poll(() => commenter.locator(SEL.threadStatus).textContent()).toBe("Resolved");
    await expect.poll(() => thread.locator(SEL.threadStatus).textContent()).toBe("Resolved");
    await waitFor(async () => (await editor.locator(SEL.badge).count()) === 0, 5000, "the badge to go");
  });
});
