// What a German visitor sees on a page, read in the browser: every visible text and every label a screen reader
// or a tooltip says, the ones that look English, and the labels whose German text does not fit their box.
import type { Page } from "playwright-core";

/**
 * Words of the interface's English that German never uses. Words German shares with English (Map, Journey, Online,
 * Link, Person, Moment, Filter, Export, Details, Name, Web, App, Chat, Partner, Persona, Segment, Neutral, Signature)
 * are left out, so what this finds is an English sentence or label, not a loanword.
 */
const ENGLISH = new Set(
  (
    "the and of to your you this is are not with for from Add Delete Remove Save Cancel Close Share Copy Copied Edit " +
    "View Comment Comments Reply Send Card Cards Stage Stages Lane Lanes Path New None Select Choose Loading Error " +
    "Failed Undo Redo People Search Resolve Resolved Reopen Show Hide More Back Next Owner Editor Viewer Commenter " +
    "Untitled Drag Zoom Goal Findings Finding Checks Properties Open Rotate Replace Language Title Description " +
    "Channel Measurement Target Touchpoint Touchpoints Connecting Reconnecting Template Blank Create Settings " +
    "Legend Feeling Feelings Thoughts Actions Opportunities Backstage Scenario Expectations Goals Truth Retry Reload " +
    "Download Upload Yes No OK Import Include Help Only only Changes changes"
  ).split(" "),
);

export interface SeenText {
  text: string;
  where: string;
}

export interface Overflow {
  text: string;
  where: string;
  scrollWidth: number;
  clientWidth: number;
}

export interface GermanReading {
  texts: SeenText[];
  overflowing: Overflow[];
}

/** The texts and overflowing labels of the page, outside the elements that show the map's own content. */
export async function readGermanPage(page: Page, contentSelector: string): Promise<GermanReading> {
  // The test runner keeps function names with a helper the page does not have.
  await page.evaluate("globalThis.__name = globalThis.__name || ((f) => f)");
  return page.evaluate((content) => {
    const shown = (el: Element): boolean => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== "hidden" && style.display !== "none";
    };
    const where = (el: Element): string =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${typeof el.className === "string" && el.className ? `.${el.className.split(" ").join(".")}` : ""}`;
    const texts: { text: string; where: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? "";
      if (!parent || !text || parent.closest(`script,style,option:not(:checked),${content}`)) continue;
      if (!shown(parent) && !parent.closest(".visually-hidden")) continue;
      texts.push({ text, where: where(parent) });
    }
    for (const el of document.body.querySelectorAll("*")) {
      if (el.closest(content)) continue;
      for (const name of ["aria-label", "title", "placeholder", "alt", "aria-roledescription", "aria-valuetext"]) {
        const value = el.getAttribute(name);
        if (value) texts.push({ text: value, where: `${where(el)}[${name}]` });
      }
    }
    // Labels a person reads: buttons, tabs, form labels, headings, menu items. A box with a clipped end (ellipsis) on
    // purpose carries the whole text in its title and is not counted; visually hidden texts (one pixel wide until
    // focused, like the skip links) are not boxes.
    const overflowing: { text: string; where: string; scrollWidth: number; clientWidth: number }[] = [];
    const labels =
      "button, [role=tab], [role=menuitem], [role=menuitemcheckbox], label, h1, h2, h3, legend, select, th";
    for (const el of document.body.querySelectorAll<HTMLElement>(labels)) {
      if (el.closest(content) || el.closest(".visually-hidden") || !shown(el)) continue;
      if (el.hasAttribute("title") && getComputedStyle(el).textOverflow === "ellipsis") continue;
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 1) {
        overflowing.push({
          text: el.innerText.trim(),
          where: where(el),
          scrollWidth: el.scrollWidth,
          clientWidth: el.clientWidth,
        });
      }
    }
    return { texts, overflowing };
  }, contentSelector);
}

/** The seen texts that hold a word of the interface's English. */
export function englishIn(texts: readonly SeenText[]): string[] {
  const found = texts.filter(({ text }) =>
    text
      .split(/[^\p{L}']+/u)
      .filter(Boolean)
      .some((word) => ENGLISH.has(word)),
  );
  return [...new Set(found.map(({ text, where }) => `${text}  (${where})`))];
}
