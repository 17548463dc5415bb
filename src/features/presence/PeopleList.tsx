// Who is in the map: initials in each person's colour, me first, and a way to change my name; Follow beside each of
// the others shows their view on my canvas (follow.ts), and I see how many follow mine.
import { useState, useSyncExternalStore, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Awareness } from "y-protocols/awareness";
import {
  getIdentity,
  parsePeer,
  setIdentity,
  setLocalPresence,
  subscribeIdentity,
  peerParts,
  usePeersPick,
  MAX_NAME_LENGTH,
} from "../../sync";
import { follow, stopFollowing, useFollowState } from "./follow";

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [words[0]];
  return letters
    .map((w) => (w ? ([...w][0] ?? "") : ""))
    .join("")
    .toUpperCase();
}

function Avatar({ name, color }: { name: string; color: string }) {
  return (
    <span
      aria-hidden="true"
      style={{
        display: "inline-flex",
        flex: "none",
        alignItems: "center",
        justifyContent: "center",
        width: 26,
        height: 26,
        borderRadius: "50%",
        background: color,
        color: "#fff",
        fontSize: 11,
        fontWeight: 600,
      }}
    >
      {initialsOf(name)}
    </span>
  );
}

// A workshop of twenty must not push the map out of the window: the people flow in rows of a bounded
// height that scrolls, and a long name is cut with its full text in the tooltip.
// In the header's row it asks for 12em, not for all its names side by side: a full workshop shares the row with
// the title and the Share button (its names flow in rows that scroll) instead of taking a row of its own.
const SECTION = {
  display: "flex",
  alignItems: "center",
  gap: 8,
  flex: "1 1 12em",
  // Never narrower than its widest entry: my own name with its rename button is never cut.
  minWidth: "min-content",
  maxWidth: "45vw",
} as const;
const LIST = {
  listStyle: "none",
  margin: 0,
  padding: 0,
  display: "flex",
  flexWrap: "wrap",
  gap: "4px 12px",
  // Two whole rows of people (26 px each and the gap): a third row is scrolled to, never shown cut in half.
  maxHeight: 56,
  overflowY: "auto",
  minWidth: 0,
} as const;
const PERSON = { display: "flex", alignItems: "center", gap: 6, minWidth: 0 } as const;
const NAME = { maxWidth: "12em", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" } as const;
/** My own name is cut only past its 12em, not squeezed to a letter when the header is full. */
const OWN_NAME = { ...NAME, flexShrink: 0 } as const;

/**
 * Follow, pressed while I follow this person: an eye, named with the person for screen readers and in its tooltip, as
 * small as the rename pencil, so the people still share the header's row with the title and Share.
 */
function FollowButton({
  name,
  color,
  following,
  onToggle,
}: {
  name: string;
  color: string;
  following: boolean;
  onToggle: (on: boolean) => void;
}) {
  const { t } = useTranslation();
  const label = t("presence.follow.name", { name });
  return (
    <button
      type="button"
      className="follow"
      data-testid="follow"
      aria-label={label}
      aria-pressed={following}
      title={following ? t("presence.follow.stop") : label}
      onClick={() => onToggle(!following)}
      style={{
        flex: "none",
        display: "inline-flex",
        alignItems: "center",
        padding: "3px 5px",
        ...(following ? { background: color, borderColor: color, color: "#fff" } : {}),
      }}
    >
      <svg width="16" height="12" viewBox="0 0 16 12" aria-hidden="true" style={{ display: "block" }}>
        <path
          d="M1 6 C3.5 1.5 12.5 1.5 15 6 C12.5 10.5 3.5 10.5 1 6 Z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.4"
        />
        <circle cx="8" cy="6" r="2.2" fill="currentColor" />
      </svg>
    </button>
  );
}

/** What the list shows of each person: who they are and whom they follow (not their cursor or view). */
const LISTED = peerParts(["following"]);

export interface PeopleListProps {
  awareness: Awareness;
}

export function PeopleList({ awareness }: PeopleListProps) {
  const { t } = useTranslation();
  const peers = usePeersPick(awareness, LISTED);
  const identity = useSyncExternalStore(subscribeIdentity, getIdentity, getIdentity);
  // Myself as the others see me: the same reading of name and colour as theirs, so my colour here is the one
  // of my cursor and name tags on their screens.
  const me = parsePeer(awareness.clientID, { user: identity }) ?? identity;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);
  const leader = useFollowState(awareness).leader;
  const followers = peers.filter((peer) => peer.following === awareness.clientID).length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim() === "") {
      setError(t("presence.emptyName"));
      return;
    }
    try {
      setIdentity(draft);
      // Peers learn the new name at once, not with the next cursor move.
      setLocalPresence(awareness, {});
      setEditing(false);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section data-testid="people-list" aria-label={t("presence.people")} style={SECTION}>
      <span data-testid="people-count" style={{ whiteSpace: "nowrap" }}>
        {t("presence.count", { count: peers.length + 1 })}
      </span>
      <ul style={LIST}>
        <li data-testid="person" data-self="true" style={PERSON}>
          <Avatar name={me.name} color={me.color} />
          <span style={OWN_NAME} title={me.name}>
            {me.name}
          </span>{" "}
          <em style={{ whiteSpace: "nowrap" }}>({t("presence.you")})</em>
          {followers > 0 && (
            <span data-testid="followers" style={{ whiteSpace: "nowrap" }}>
              {t("presence.follow.followers", { count: followers })}
            </span>
          )}
          {!editing && (
            // A pencil, named for screen readers and in its tooltip: the header keeps room for the map's title
            // and the Share button, also in German.
            <button
              type="button"
              className="rename-me"
              aria-label={t("presence.rename")}
              title={t("presence.rename")}
              onClick={() => {
                setDraft(me.name);
                setEditing(true);
              }}
            >
              ✎
            </button>
          )}
        </li>
        {peers.map((peer) => (
          <li key={peer.clientId} data-testid="person" style={PERSON}>
            <Avatar name={peer.name} color={peer.color} />
            <span style={NAME} title={peer.name}>
              {peer.name}
            </span>
            <FollowButton
              name={peer.name}
              color={peer.color}
              following={leader?.clientId === peer.clientId}
              onToggle={(on) => (on ? follow(awareness, peer.clientId) : stopFollowing(awareness))}
            />
          </li>
        ))}
      </ul>
      {editing && (
        <form onSubmit={submit} style={{ display: "flex", gap: 4, marginTop: 6, flexWrap: "wrap" }}>
          <label>
            {t("presence.nameLabel")}{" "}
            <input
              autoFocus
              value={draft}
              maxLength={MAX_NAME_LENGTH}
              onChange={(e) => setDraft(e.target.value)}
              data-testid="my-name-input"
            />
          </label>
          <button type="submit">{t("presence.save")}</button>
          <button
            type="button"
            onClick={() => {
              setEditing(false);
              setError(null);
            }}
          >
            {t("presence.cancel")}
          </button>
          {error && (
            <p role="alert" style={{ width: "100%", margin: 0, color: "#c92a2a" }}>
              {error}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
