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
 * Media ordered from lightest to heaviest for the customer. A step to a heavier medium is a break:
 * the customer has to leave the screen to call, wait for post or go somewhere (web → phone,
 * app → letter, phone → branch, letter → branch). A step to a lighter medium (a call confirmed by
 * email, a letter that leads into the app) is where good journeys go, so it is not a break.
 */
const WEIGHT: Record<Medium, number> = { digital: 0, voice: 1, paper: 2, inPerson: 3 };

export function isChannelBreak(from: Channel, to: Channel): boolean {
  const a = CHANNEL_MEDIUM[from];
  const b = CHANNEL_MEDIUM[to];
  if (a === undefined || b === undefined) return false;
  return WEIGHT[b] > WEIGHT[a];
}
