// The open Find: a search field (a combobox) over the list of what it matches on the map, with the count said
// politely. Enter and ↓ go to the next match, Shift+Enter and ↑ to the one before; each one reached (and each one
// clicked) is selected and centred on the canvas. The list follows the map as colleagues change it.
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from "react";
import { useTranslation } from "react-i18next";
import { useMapStore, useMapStoreApi } from "../../store";
import { findOnMap, type MapMatch } from "./findOnMap";

const keyOf = (m: MapMatch): string => `${m.kind}:${m.id}`;

/** How many matches the list draws at a time, around the one reached (a big map may match thousands). */
export const LISTED = 100;

/** What Find selected on the map. */
export type Reached = Pick<MapMatch, "kind" | "id">;

export interface FindPanelProps {
  id: string;
  input: RefObject<HTMLInputElement | null>;
  onReach(target: Reached): void;
  onClose(): void;
}

export function FindPanel({ id, input, onReach, onClose }: FindPanelProps) {
  const { t } = useTranslation();
  const store = useMapStoreApi();
  const journey = useMapStore((s) => s.journey);
  const focusTarget = useMapStore((s) => s.actions.focusTarget);
  const listId = useId();
  const list = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState("");
  // The match reached last, by its record (the list changes under it), and where it was in the list.
  const [reached, setReached] = useState<{ key: string; index: number } | null>(null);
  const matches = useMemo(() => findOnMap(journey, query), [journey, query]);
  const found = reached ? matches.findIndex((m) => keyOf(m) === reached.key) : -1;
  // A match reached and then deleted, or changed so that it no longer matches, leaves its place to the next one.
  const position = found >= 0 ? found : matches.length > 0 ? Math.min(reached?.index ?? 0, matches.length - 1) : -1;

  useEffect(() => {
    input.current?.focus();
  }, [input]);
  useEffect(() => {
    if (position < 0) return;
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: "nearest" });
  }, [position]);

  const reach = useCallback(
    (match: MapMatch | undefined, index: number): void => {
      if (!match) {
        setReached(null);
        return;
      }
      setReached({ key: keyOf(match), index });
      focusTarget({ kind: match.kind, id: match.id });
      onReach({ kind: match.kind, id: match.id });
    },
    [focusTarget, onReach],
  );
  const go = (index: number): void => {
    const at = (index + matches.length) % matches.length;
    reach(matches[at], at);
  };
  const onType = (value: string): void => {
    setQuery(value);
    // Typing goes to the first match, as a browser's find does; the same first match is not centred again.
    const first = findOnMap(store.getState().journey, value)[0];
    if (first && reached && keyOf(first) === reached.key) setReached({ key: reached.key, index: 0 });
    else reach(first, 0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) return;
    const back = event.key === "ArrowUp" || (event.key === "Enter" && event.shiftKey);
    if (event.key !== "Enter" && event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    event.preventDefault();
    if (matches.length === 0) return;
    // The match shown but not reached yet (it took the place of one that went) is the next one.
    go(found < 0 ? position : position + (back ? -1 : 1));
  };
  const onPanelKey = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== "Escape") return;
    // Escape closes Find only: the map keeps its selection.
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };

  const typed = query.trim();
  const count =
    typed === ""
      ? ""
      : matches.length === 0
        ? t("find.none", { query: typed })
        : t("find.position", { position: position + 1, count: matches.length });
  const countId = `${listId}-count`;
  const optionId = (i: number) => `${listId}-${i}`;
  const language = journey.language;
  // The drawn part of the list: the hundred the one reached is in, so that a click never moves the list under the mouse.
  const from = Math.max(0, Math.floor(position / LISTED) * LISTED);
  const more = matches.length - from - LISTED;

  return (
    // data-covers-canvas: a match under this list is not in sight, so the map brings it out (src/canvas/Canvas.tsx).
    <div
      id={id}
      className="find-panel drop-below"
      role="search"
      aria-label={t("find.label")}
      onKeyDown={onPanelKey}
      data-covers-canvas=""
    >
      <div className="find-row">
        <input
          ref={input}
          type="text"
          role="combobox"
          aria-label={t("find.label")}
          aria-expanded={matches.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={position >= 0 ? optionId(position) : undefined}
          aria-describedby={countId}
          placeholder={t("find.placeholder")}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          value={query}
          onChange={(e) => onType(e.target.value)}
          onKeyDown={onKeyDown}
          data-testid="find-field"
        />
        <button
          type="button"
          className="find-close"
          aria-label={t("find.close")}
          title={t("find.close")}
          onClick={onClose}
        >
          ✕
        </button>
      </div>
      <p id={countId} className="find-count" role="status" aria-live="polite" data-testid="find-count">
        {count}
      </p>
      <ul
        id={listId}
        ref={list}
        role="listbox"
        aria-label={t("find.results")}
        className="find-results"
        hidden={matches.length === 0}
      >
        {matches.slice(from, from + LISTED).map((match, at) => (
          <MatchOption
            key={keyOf(match)}
            match={match}
            id={optionId(from + at)}
            index={from + at}
            count={matches.length}
            selected={from + at === position}
            language={language}
            onChoose={reach}
          />
        ))}
      </ul>
      {more > 0 && <p className="find-more">{t("find.more", { count: more })}</p>}
    </div>
  );
}

interface MatchOptionProps {
  match: MapMatch;
  id: string;
  index: number;
  count: number;
  selected: boolean;
  language: string | undefined;
  onChoose(match: MapMatch, index: number): void;
}

/** One match in the list; drawn again only when it changes, not for every step through the list. */
const MatchOption = memo(function MatchOption({
  match,
  id,
  index,
  count,
  selected,
  language,
  onChoose,
}: MatchOptionProps) {
  const { t } = useTranslation();
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={count}
      data-testid="find-result"
      // The keyboard stays in the field.
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => onChoose(match, index)}
    >
      <span className="find-title" lang={language}>
        {match.title}
      </span>
      <span className="find-where" lang={match.kind === "card" ? language : undefined}>
        {match.kind === "card"
          ? t("find.where", { stage: match.stage, lane: match.lane })
          : t(match.kind === "stage" ? "find.stage" : "find.lane")}
      </span>
      {match.excerpt !== undefined && match.field !== "title" && match.field !== "name" && (
        <span className="find-detail">{t(`find.field.${match.field}`, { text: match.excerpt })}</span>
      )}
    </li>
  );
});
