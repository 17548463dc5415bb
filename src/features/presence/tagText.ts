// The words of a person's name tag ("Anna", "Anna is editing"), for the tags on cards and on stage and lane headers.
import type { TFunction } from "i18next";
import type { PeerTag } from "../../sync/presence";

/** One person's tag as a sentence, for a tag's title. */
export const tagText = (tag: PeerTag, t: TFunction): string =>
  tag.editing ? t("presence.tag.editing", { name: tag.name }) : tag.name;

/** The words around the name in "Anna is editing" ("", " is editing"), so only the name itself is ever cut short. */
export function aroundName(tag: PeerTag, t: TFunction): [string, string] {
  if (!tag.editing) return ["", ""];
  const mark = "\u0001";
  const [before = "", after = ""] = t("presence.tag.editing", { name: mark }).split(mark);
  return [before, after];
}

/** The name in a tag: cut short with an ellipsis past 12em. */
export const TAG_NAME = {
  display: "inline-block",
  verticalAlign: "top",
  maxWidth: "12em",
  overflow: "hidden",
  textOverflow: "ellipsis",
} as const;

/** A tag's look in the person's colour, sitting on the top edge of what it names. */
export const tagLook = (color: string) =>
  ({
    whiteSpace: "nowrap",
    fontSize: 11,
    lineHeight: "15px",
    padding: "0 5px",
    borderRadius: "4px 4px 0 0",
    color: "#fff",
    background: color,
  }) as const;
