// Who is renaming a stage or lane: a name tag on the header's top edge ("Anna is editing", "Anna is editing +1") and
// an outline, in the colour of the first of them, as a card shows whoever types its title. Drawn inside the header,
// at the size of the card tags whatever the zoom.
import { memo } from "react";
import { useStore, type ReactFlowState } from "@xyflow/react";
import { useTranslation } from "react-i18next";
import { usePeersRenaming, type PeerTag } from "../../sync/presence";
import { useMapAwareness } from "./mapAwareness";
import { aroundName, TAG_NAME, tagLook, tagText } from "./tagText";

const zoomOf = (s: ReactFlowState): number => s.transform[2];

/** Nothing, and no subscription to the zoom, while nobody renames the header. */
export const RenamingTag = memo(function RenamingTag({ headerId }: { headerId: string }) {
  const tags = usePeersRenaming(useMapAwareness(), headerId);
  return tags.length === 0 ? null : <Tag headerId={headerId} tags={tags} />;
});

function Tag({ headerId, tags }: { headerId: string; tags: readonly PeerTag[] }) {
  const { t, i18n } = useTranslation();
  const zoom = useStore(zoomOf);
  const [first] = tags;
  if (!first) return null;
  const [before, after] = aroundName(first, t);
  return (
    <>
      <div
        aria-hidden="true"
        style={{
          position: "absolute",
          inset: 0,
          pointerEvents: "none",
          boxShadow: `0 0 0 2px ${first.color}`,
          borderRadius: 2,
        }}
      />
      <div
        data-testid="renaming-tag"
        data-header={headerId}
        // The interface's words among the map's content: read in the interface's language.
        lang={i18n.language}
        title={tags.map((tag) => tagText(tag, t)).join(", ")}
        style={{
          position: "absolute",
          left: 0,
          bottom: "100%",
          transform: `scale(${1 / zoom})`,
          transformOrigin: "left bottom",
          pointerEvents: "none",
          ...tagLook(first.color),
          fontWeight: 600,
          fontStyle: "italic",
          zIndex: 1,
        }}
      >
        {before}
        <span style={TAG_NAME}>{first.name}</span>
        {after}
        {tags.length > 1 && ` ${t("presence.tag.more", { count: tags.length - 1 })}`}
      </div>
    </>
  );
}
