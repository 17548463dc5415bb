// The comments tab of the side panel: every thread of the map, filterable, with the open thread.
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Awareness } from "y-protocols/awareness";
import { useMapStore } from "../../store";
import { usePeersPick, type Peer } from "../../sync";
import { FilterBar } from "./FilterBar";
import { NewThread } from "./NewThread";
import { ThreadList } from "./ThreadList";
import { ThreadView } from "./ThreadView";
import { UnsentInList } from "./UnsentInList";
import "./comments.css";
import { focusIsLost } from "./focusIsLost";
import { useAuthored, useMyName } from "./hooks";
import { mentionableNames, threadMentions } from "./mentions";
import { visibleThreads, type ThreadFilter } from "./threads";

const NOBODY: readonly string[] = [];

export interface CommentsPanelProps {
  /** The map's awareness, so the people online now can be @mentioned; without it, comment authors only. */
  awareness?: Awareness | undefined;
}

const namesOf = (peers: readonly Peer[]): string[] => peers.map((p) => p.name);

export function CommentsPanel({ awareness }: CommentsPanelProps) {
  return awareness ? <WithPeers awareness={awareness} /> : <CommentsPanelBody online={NOBODY} />;
}

function WithPeers({ awareness }: { awareness: Awareness }) {
  // Only their names (for @mentions): a colleague's cursor or view moving does not draw the panel again.
  const online = usePeersPick(awareness, namesOf);
  return <CommentsPanelBody online={online} />;
}

function CommentsPanelBody({ online }: { online: readonly string[] }) {
  const { t } = useTranslation();
  const comments = useMapStore((s) => s.comments);
  const openThreadId = useMapStore((s) => s.ui.openThreadId);
  const canComment = useMapStore((s) => s.canComment);
  // A role that may comment but cannot any more lost its link (replaced, or the map gone): not a read-only link.
  const lostAccess = useMapStore((s) => !s.canComment && s.role !== "viewer");
  const actions = useMapStore((s) => s.actions);
  const myName = useMyName();
  const authored = useAuthored();
  const [filter, setFilter] = useState<ThreadFilter>("all");
  const names = useMemo(() => mentionableNames(online, comments, myName), [online, comments, myName]);
  const openMentions = useMemo(
    () => comments.filter((c) => !c.resolved && threadMentions(c, myName)).length,
    [comments, myName],
  );
  const threads = useMemo(
    () => visibleThreads(comments, filter, { myName, authored }),
    [comments, filter, myName, authored],
  );
  // Back from a thread (or the thread deleted), the focus goes to that thread in the list, else to the heading,
  // instead of to the top of the page with the button that had it.
  const panel = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const shownThread = useRef(openThreadId);
  // A thread deleted here may stay in the list a moment, until the comments document hears of it.
  const deletedThread = useRef<string | null>(null);
  useEffect(() => {
    const left = shownThread.current;
    shownThread.current = openThreadId;
    if (openThreadId !== null || left === null || !focusIsLost()) return;
    const items = Array.from(panel.current?.querySelectorAll<HTMLElement>("[data-thread-id]") ?? []);
    const item = left === deletedThread.current ? undefined : items.find((i) => i.dataset["threadId"] === left);
    (item ?? heading.current)?.focus();
  }, [openThreadId]);
  // A text moved to the new comment box from a deleted thread: the box is made again to show it, and takes the focus
  // from the button that went away.
  const [newBox, setNewBox] = useState(0);
  useEffect(() => {
    if (newBox === 0 || !focusIsLost()) return;
    panel.current?.querySelector<HTMLTextAreaElement>("[data-testid='new-comment'] textarea")?.focus();
  }, [newBox]);
  const onDeleted = (id: string): void => {
    deletedThread.current = id;
    actions.openThread(null);
  };

  return (
    <div className="comments-panel" data-testid="comments-panel" ref={panel}>
      <h2 className="panel-title" ref={heading} tabIndex={-1}>
        {t("comments.title")}
      </h2>
      {openThreadId !== null ? (
        // Keyed by thread: another thread opened (from "Other threads here") starts with its own boxes and drafts.
        <ThreadView key={openThreadId} commentId={openThreadId} names={names} onDeleted={onDeleted} />
      ) : (
        <>
          {canComment ? (
            <NewThread key={newBox} names={names} />
          ) : (
            <p className="hint">{t(lostAccess ? "comments.accessLost" : "comments.readOnly")}</p>
          )}
          <UnsentInList comments={comments} onLeave={() => setNewBox((n) => n + 1)} />
          <FilterBar filter={filter} onChange={setFilter} openMentions={openMentions} />
          <ThreadList
            threads={threads}
            names={names}
            myName={myName}
            emptyText={comments.length === 0 ? t("comments.empty.all") : t("comments.empty.filtered")}
          />
        </>
      )}
    </div>
  );
}
