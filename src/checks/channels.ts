// Which medium each channel puts the customer in, and which steps between media force a switch.
import type { Channel } from "../doc";

/**
 * digital: screens the customer already holds (web, app, email, chat, social).
 * voice: a phone call. paper: a letter. inPerson: a place the customer must go to or be at
 * (branch, field visit, kiosk — a kiosk is a screen, but one you have to walk to).
 * partner and other say nothing about the medium, so they never count as a break.
 */
export type Medium = "digital" | "voice" | "paper" | "inPerson";

export const CHANNEL_MEDIUM: Record<Channel, Medium | undefined> = {
  web: "digital",
  app: "digital",
  email: "digital",
  chat: "digital",
  social: "digital",
  phone: "voice",
  letter: "paper",
  branch: "inPerson",
  field: "inPerson",
  kiosk: "inPerson",
  partner: undefined,
  other: undefined,
};

/**
 * Channels that reach the customer wherever they are, asking them to go nowhere: a step into one from another
 * medium is a follow-up, not a switch (a call or a branch visit confirmed by email, a letter followed by an email).
 */
const FOLLOW_UP: ReadonlySet<Channel> = new Set<Channel>(["email"]);

/**
 * A step between two media forces a switch, whichever way it goes: from the screen to the phone, the post or a
 * place (web → phone, app → letter, web → branch), and back from the post or a place to a screen or another
 * medium (branch → web form, letter → app, letter → phone, branch → letter). The same medium (web → email, email
 * → web, app → app) and a follow-up by email continue the customer's path, and so does a call that hands over to
 * a screen: the customer holds the phone the link is sent to (a hotline that sends the app link by text).
 */
export function isChannelBreak(from: Channel, to: Channel): boolean {
  const a = CHANNEL_MEDIUM[from];
  const b = CHANNEL_MEDIUM[to];
  if (a === undefined || b === undefined || a === b) return false;
  if (a === "voice" && b === "digital") return false;
  return !FOLLOW_UP.has(to);
}
