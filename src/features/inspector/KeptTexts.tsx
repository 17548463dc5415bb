// What a person was typing into a card, stage, lane or path that someone else deleted meanwhile, or had saved into it
// just before a colleague deleted it unseen, kept in sight until they copy it, put it back as a new one (one undoable
// op, where the deleted one was) or let it go. A saved text a colleague's change at the same moment won over is kept
// the same way, with Use mine instead of Put it back; so is a channel, emotion or measurement drop-down I chose (nothing to copy there).
// Text a page could not save as it had lost its access is kept in the browser (src/sync/keptAfterLoss.ts) and offered
// on every page of that map, and on the start page, until put back or discarded.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import type { Journey, Observation } from "../../doc";
import { addCard, addLane, addStage, connect, setJourneyFields } from "../../doc/ops";
import {
  KEPT_FIELD_LABELS,
  useMapStore,
  useMapStoreApi,
  type KeptText,
  type MapState,
  type NewKeptText,
  type PutBack,
} from "../../store";
import { keptChangeOp } from "../../store/keptChange";
import type { CardChoices } from "../../store/keptTexts";
import { watchUnseenEdits } from "../../store/unseenEdits";
import { peersOf } from "../../sync";
import {
  dropKeptAfterLoss,
  fieldKeyOf,
  onKeptAfterLoss,
  readKeptAfterLoss,
  textOf,
  type JourneyTextField,
  type KeptAfterLoss,
  type TextKeptAfterLoss,
} from "../../sync/keptAfterLoss";
import { dayAndTime } from "../../i18n/formats";
import { formatDay } from "./dates";
import { KeptNotice, KeptTextBox } from "./KeptNotice";
import { formatNumber } from "./numbers";

/**
 * The one person who had it in hand as it went; null if unsure. A card: selected, dragged or being renamed; not
 * for a card that went with its stage or lane (whoever deleted that need not have held the card). A stage or lane:
 * selected, and not being renamed by them. A path: selected (when peers say which paths they have selected).
 */
function deleterOf(awareness: Awareness | null, kept: KeptText, placeKept: boolean): string | null {
  if (!awareness) return null;
  const id = kept.targetId;
  const peers = peersOf(awareness.getStates(), awareness.clientID);
  const holding =
    kept.putBack.kind === "card"
      ? placeKept
        ? peers.filter((p) => p.selection?.includes(id) || p.editing === id || p.dragging?.cardId === id)
        : []
      : kept.putBack.kind === "connection"
        ? // Not for a path that went with one of its cards (whoever deleted that need not have held the path).
          placeKept
          ? peers.filter((p) => p.selection?.includes(id))
          : []
        : // One who was typing its name on the canvas lost a text as I did; they are not who deleted it.
          peers.filter((p) => p.headers?.includes(id) && p.renaming !== id);
  return holding.length === 1 ? (holding[0]?.name ?? null) : null;
}

/** The add op that puts the text back, and what it adds. */
function putBackOp(put: PutBack): (doc: Y.Doc) => string {
  switch (put.kind) {
    case "card":
      return (doc) => addCard(doc, put.card);
    case "stage":
      return (doc) => addStage(doc, put.stage);
    case "lane":
      return (doc) => addLane(doc, put.lane);
    case "connection":
      return (doc) => connect(doc, put.connection.from, put.connection.to, put.connection.label);
  }
}

/**
 * Whether the place to put it back still exists: a card's stage and lane, a path's two cards (a stage or lane goes
 * anywhere). A path whose card is gone is offered to copy only.
 */
function placeExists(s: MapState, put: PutBack): boolean {
  if (put.kind === "connection") {
    const { from, to } = put.connection;
    return s.journey.cards.some((c) => c.id === from) && s.journey.cards.some((c) => c.id === to);
  }
  if (put.kind !== "card") return true;
  return (
    s.journey.stages.some((x) => x.id === put.card.stageId) && s.journey.lanes.some((l) => l.id === put.card.laneId)
  );
}

/** The sentences of a change saved just before a colleague deleted its record without having seen it. */
const SAVED_SENTENCES = {
  card: { by: "keptText.savedDeletedBy", someone: "keptText.savedDeleted" },
  stage: { by: "keptText.savedStageDeletedBy", someone: "keptText.savedStageDeleted" },
  lane: { by: "keptText.savedLaneDeletedBy", someone: "keptText.savedLaneDeleted" },
  connection: { by: "keptText.savedConnectionDeletedBy", someone: "keptText.savedConnectionDeleted" },
} as const;

/** The name the deleted record had on this page, to say which one went. */
function titleOf(put: PutBack): string {
  switch (put.kind) {
    case "card":
      return put.card.title;
    case "stage":
      return put.stage.name;
    case "lane":
      return put.lane.name;
    case "connection":
      return put.connection.label;
  }
}

/** The sentences of each kind: who deleted it, and the button that puts it back. */
const SENTENCES = {
  card: { by: "keptText.deletedBy", someone: "keptText.deleted", putBack: "keptText.putBack" },
  stage: { by: "keptText.stageDeletedBy", someone: "keptText.stageDeleted", putBack: "keptText.putBackStage" },
  lane: { by: "keptText.laneDeletedBy", someone: "keptText.laneDeleted", putBack: "keptText.putBackLane" },
  connection: {
    by: "keptText.connectionDeletedBy",
    someone: "keptText.connectionDeleted",
    putBack: "keptText.putBackConnection",
  },
} as const;

/** The words for the record a text was saved into, in the sentence of a change that won over it. */
const LOST_ON = {
  card: "keptText.lostOnCard",
  stage: "keptText.lostOnStage",
  lane: "keptText.lostOnLane",
  connection: "keptText.lostOnConnection",
} as const;

/** The name of the colleague whose page wrote the value that won, when they are here. */
function writerName(awareness: Awareness | null, clientId: number | null): string | null {
  if (!awareness || clientId === null) return null;
  return peersOf(awareness.getStates(), awareness.clientID).find((p) => p.clientId === clientId)?.name ?? null;
}

/** The name the record has now (theirs, when the name is what they changed), or as it was kept when it is gone. */
function nameNow(s: MapState, kept: KeptText): string {
  const id = kept.targetId;
  switch (kept.putBack.kind) {
    case "card":
      return s.journey.cards.find((c) => c.id === id)?.title ?? titleOf(kept.putBack);
    case "stage":
      return s.journey.stages.find((x) => x.id === id)?.name ?? titleOf(kept.putBack);
    case "lane":
      return s.journey.lanes.find((l) => l.id === id)?.name ?? titleOf(kept.putBack);
    case "connection":
      return "";
  }
}

/** A saved text of mine that a colleague's change to the same field, made at the same moment, won over. */
function LostTextNotice({ kept, awareness }: { kept: KeptText; awareness: Awareness | null }) {
  const { t } = useTranslation();
  const [by] = useState(() => writerName(awareness, kept.lostTo?.clientId ?? null));
  const canEdit = useMapStore((s) => s.canEdit);
  const actions = useMapStore((s) => s.actions);
  const api = useMapStoreApi();
  const there = useMapStore((s) => keptChangeOp(s.journey, kept) !== null);
  const putMine = () => {
    const op = keptChangeOp(api.getState().journey, kept);
    if (op === null) return;
    const done = actions.run((doc) => {
      op(doc);
      return true;
    });
    if (done) actions.dropKeptText(kept.id);
  };
  const field = t(KEPT_FIELD_LABELS[kept.field]);
  const title = useMapStore((s) => nameNow(s, kept));
  const what = t(LOST_ON[kept.putBack.kind], { title });
  // A choice is used again or let go: it is a word of the interface, nothing to paste elsewhere.
  const choice = kept.choice !== undefined;
  return (
    <KeptNotice
      kept={kept}
      sentence={by ? t("keptText.lostBy", { name: by, field, what }) : t("keptText.lost", { field, what })}
      fieldLabel={t(choice ? "keptText.choiceField" : "keptText.field", { field })}
      copyable={!choice}
      action={canEdit && there ? { label: t("keptText.useMine"), run: putMine } : null}
      discardLabel={t(choice ? "keptText.discardChoice" : "keptText.discard")}
    />
  );
}

/** Text typed or saved into a card, stage, lane or path that a colleague deleted: Put it back where it was. */
function KeptTextNotice({ kept, awareness }: { kept: KeptText; awareness: Awareness | null }) {
  const { t } = useTranslation();
  // Named once, as it arrives: the peer's own page drops the card from their selection a moment later.
  const canPutBack = useMapStore((s) => placeExists(s, kept.putBack));
  const [by] = useState(() => deleterOf(awareness, kept, canPutBack));
  const canEdit = useMapStore((s) => s.canEdit);
  const actions = useMapStore((s) => s.actions);
  const api = useMapStoreApi();
  const putBack = () => {
    const id = actions.run(putBackOp(kept.putBack));
    if (id === undefined) return;
    actions.dropKeptText(kept.id);
    // A saved change puts its card back whole: the other changes kept with the same card came back with it.
    if (kept.saved) {
      for (const k of api.getState().ui.keptTexts)
        if (k.saved && k.targetId === kept.targetId) actions.dropKeptText(k.id);
    }
    actions.focusTarget({ kind: kept.putBack.kind, id });
  };
  const field = t(KEPT_FIELD_LABELS[kept.field]);
  const said = SENTENCES[kept.putBack.kind];
  const told = kept.saved ? SAVED_SENTENCES[kept.putBack.kind] : said;
  const title = titleOf(kept.putBack);
  return (
    <KeptNotice
      kept={kept}
      sentence={by ? t(told.by, { name: by, title }) : t(told.someone, { title })}
      fieldLabel={t("keptText.field", { field })}
      copyable
      action={canEdit && canPutBack ? { label: t(said.putBack), run: putBack } : null}
      discardLabel={t("keptText.discard")}
    />
  );
}

/**
 * Keeps what this page saved into a card, stage, lane or path that a colleague deleted before the change could reach
 * them (src/store/unseenEdits.ts). Their presence arriving tells that this page's changes reach them from then on.
 */
function useKeepUnseenEdits(awareness: Awareness | null): void {
  const api = useMapStoreApi();
  const doc = useMapStore((s) => s.doc);
  const { i18n } = useTranslation();
  useEffect(() => {
    // An observed value to copy reads as the list of observed values shows it, in the interface's language.
    const observationText = (o: Observation): string => {
      const language = i18n.resolvedLanguage ?? i18n.language;
      const n = o.n === undefined ? "" : ` (n = ${formatNumber(o.n, language)})`;
      return `${formatDay(o.date, language)}: ${formatNumber(o.value, language)}${n}`;
    };
    // A card's choices as the inspector names them, one a line.
    const choicesText = (c: CardChoices): string => {
      const t = i18n.t.bind(i18n);
      const lines: string[] = [];
      if (c.channel !== undefined) lines.push(`${t("inspector.channel")}: ${t(`channel.${c.channel}`)}`);
      if (c.emotion !== undefined) lines.push(`${t("inspector.emotion")}: ${t(`emotion.${c.emotion}`)}`);
      if (c.momentOfTruth) lines.push(t("card.momentOfTruth"));
      if (c.signatureInteraction) lines.push(t("card.signatureInteraction"));
      return lines.join("\n");
    };
    // One choice that lost: the inspector's word for its value.
    const choiceText = (c: CardChoices): string => {
      const t = i18n.t.bind(i18n);
      if (c.channel !== undefined) return t(`channel.${c.channel}`);
      if (c.emotion !== undefined) return t(`emotion.${c.emotion}`);
      if (c.metric !== undefined) return c.metric === "custom" ? t("metric.custom") : c.metric;
      if (c.direction !== undefined) return t(`measurement.${c.direction}`);
      if (c.kind !== undefined) return t(`measurement.${c.kind}`);
      return c.momentOfTruth ? t("card.momentOfTruth") : t("card.signatureInteraction");
    };
    const watch = watchUnseenEdits(doc, {
      journey: () => api.getState().journey,
      keep: (kept) => {
        const { ui, actions } = api.getState();
        // A field still open with the same text keeps it as typed; one notice for one text.
        const same = (k: KeptText) => k.targetId === kept.targetId && k.field === kept.field && k.text === kept.text;
        if (ui.keptTexts.some(same)) return;
        actions.keepIfDeleted(kept.lostTo ? kept : { ...kept, saved: true });
      },
      peers: () => (awareness ? peersOf(awareness.getStates(), awareness.clientID).map((p) => p.clientId) : []),
      observationText,
      choicesText,
      choiceText,
    });
    const onPresence = ({ added, updated }: { added: number[]; updated: number[] }, origin: unknown) => {
      if (origin === "local" || awareness === null) return;
      const from = [...added, ...updated].filter((id) => id !== awareness.clientID);
      if (from.length > 0) watch.heard(from);
    };
    awareness?.on("update", onPresence);
    return () => {
      awareness?.off("update", onPresence);
      watch.dispose();
    };
  }, [api, doc, awareness, i18n]);
}

/** A saved text whose field was still open with newer text as its record went: the text typed replaces it. */
const superseded = (kept: readonly KeptText[]): KeptText[] =>
  kept.filter(
    (k) => k.saved && kept.some((o) => !o.saved && !o.lostTo && o.targetId === k.targetId && o.field === k.field),
  );

/** The texts this browser kept for the map as a page of it lost its access, read again as they change. */
export function useKeptAfterLoss(mapId: string | null): TextKeptAfterLoss[] {
  const [texts, setTexts] = useState<TextKeptAfterLoss[]>([]);
  useEffect(() => {
    if (mapId === null) return setTexts([]);
    const read = () => setTexts(readKeptAfterLoss(mapId));
    read();
    return onKeptAfterLoss(read);
  }, [mapId]);
  return texts;
}

/** The i18n key of each of the map's own fields' labels, as the journey tab shows them. */
const JOURNEY_LABELS: Record<JourneyTextField, string> = {
  title: "journey.title",
  scenario: "journey.scenario",
  owner: "journey.owner",
  "persona.name": "journey.personaName",
  "persona.segment": "journey.segment",
  "persona.goals": "journey.goals",
  "persona.expectations": "journey.expectations",
};

/** The label of the field a text was kept from. */
function afterLossField(t: TFunction, entry: KeptAfterLoss): string {
  if ("kept" in entry) return t(KEPT_FIELD_LABELS[entry.kept.field]);
  const label = t(JOURNEY_LABELS[entry.journey.field]);
  return entry.journey.field.startsWith("persona.") ? `${t("journey.persona")}: ${label}` : label;
}

/** What happened to a text kept as its page lost access: which field of which record, and when. */
function afterLossSentence(t: TFunction, entry: TextKeptAfterLoss, language: string): string {
  const what =
    "kept" in entry
      ? t(LOST_ON[entry.kept.putBack.kind], { title: entry.recordName })
      : t("keptText.lostOnMap", { title: entry.mapTitle });
  return t("keptText.afterLoss", {
    field: afterLossField(t, entry),
    what,
    date: dayAndTime(language).format(new Date(entry.at)),
  });
}

/** The lines of a persona's goals or expectations, as the journey tab reads them. */
const lines = (text: string): string[] =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/** The op that writes a text kept from one of the map's own fields into it again. */
function journeyFieldOp(journey: Journey, field: JourneyTextField, text: string): (doc: Y.Doc) => void {
  if (field === "title" || field === "scenario" || field === "owner") {
    return (doc) => setJourneyFields(doc, { [field]: text });
  }
  const key = field === "persona.name" ? "name" : field === "persona.segment" ? "segment" : field.slice(8);
  const value = key === "goals" || key === "expectations" ? lines(text) : text;
  return (doc) => setJourneyFields(doc, { persona: { ...journey.persona, [key]: value } });
}

/**
 * A text kept in the browser as a page of its map lost access, where no map is open (the start page, a link that
 * no longer opens the map): to copy, or to discard.
 */
export function KeptAfterLossBox({ mapId, entry }: { mapId: string; entry: TextKeptAfterLoss }) {
  const { t, i18n } = useTranslation();
  return (
    <KeptTextBox
      text={textOf(entry)}
      language={undefined}
      sentence={afterLossSentence(t, entry, i18n.language)}
      fieldLabel={t("keptText.field", { field: afterLossField(t, entry) })}
      copyable
      action={null}
      discardLabel={t("keptText.discard")}
      onDiscard={() => dropKeptAfterLoss(mapId, entry)}
    />
  );
}

/** On the map's page, a text kept from one of the map's own fields: written into it again by a page that may edit. */
function JourneyAfterLossNotice({ mapId, entry }: { mapId: string; entry: TextKeptAfterLoss }) {
  const { t, i18n } = useTranslation();
  const canEdit = useMapStore((s) => s.canEdit);
  const mapLanguage = useMapStore((s) => s.journey.language);
  const actions = useMapStore((s) => s.actions);
  const api = useMapStoreApi();
  if ("kept" in entry) return null;
  const putBack = () => {
    const op = journeyFieldOp(api.getState().journey, entry.journey.field, entry.journey.text);
    const done = actions.run((doc) => {
      op(doc);
      return true;
    });
    if (done) dropKeptAfterLoss(mapId, entry);
  };
  return (
    <KeptTextBox
      text={entry.journey.text}
      language={mapLanguage || undefined}
      sentence={afterLossSentence(t, entry, i18n.language)}
      fieldLabel={t("keptText.field", { field: afterLossField(t, entry) })}
      copyable
      action={canEdit ? { label: t("keptText.putBackAfterLoss"), run: putBack } : null}
      discardLabel={t("keptText.discard")}
      onDiscard={() => dropKeptAfterLoss(mapId, entry)}
    />
  );
}

/**
 * On the map's page: the kept text, put back into its field (or as a new card, stage, lane or path where it was, when
 * its record is gone) by a page that may edit; never by itself, and never by a viewer's or commenter's page.
 */
function KeptAfterLossNotice({ mapId, entry }: { mapId: string; entry: TextKeptAfterLoss & { kept: NewKeptText } }) {
  const { t, i18n } = useTranslation();
  const kept: KeptText = { ...entry.kept, id: 0 };
  const canEdit = useMapStore((s) => s.canEdit);
  const there = useMapStore((s) => keptChangeOp(s.journey, kept) !== null);
  const place = useMapStore((s) => placeExists(s, kept.putBack));
  const actions = useMapStore((s) => s.actions);
  const api = useMapStoreApi();
  const putBack = () => {
    const op = keptChangeOp(api.getState().journey, kept);
    if (op !== null) {
      const done = actions.run((doc) => {
        op(doc);
        return true;
      });
      if (done) dropKeptAfterLoss(mapId, entry);
      return;
    }
    if (!placeExists(api.getState(), kept.putBack)) return;
    const id = actions.run(putBackOp(kept.putBack));
    if (id === undefined) return;
    dropKeptAfterLoss(mapId, entry);
    actions.focusTarget({ kind: kept.putBack.kind, id });
  };
  return (
    <KeptNotice
      kept={kept}
      sentence={afterLossSentence(t, entry, i18n.language)}
      fieldLabel={t("keptText.field", { field: afterLossField(t, entry) })}
      copyable
      action={canEdit && (there || place) ? { label: t("keptText.putBackAfterLoss"), run: putBack } : null}
      discardLabel={t("keptText.discard")}
      onDiscard={() => dropKeptAfterLoss(mapId, entry)}
    />
  );
}

export function KeptTexts({ awareness = null }: { awareness?: Awareness | null }) {
  useKeepUnseenEdits(awareness);
  const kept = useMapStore((s) => s.ui.keptTexts);
  const dropKeptText = useMapStore((s) => s.actions.dropKeptText);
  const mapId = useMapStore((s) => s.mapId);
  const afterLoss = useKeptAfterLoss(mapId);
  useEffect(() => {
    for (const k of superseded(kept)) dropKeptText(k.id);
  }, [kept, dropKeptText]);
  if (kept.length === 0 && afterLoss.length === 0) return null;
  return (
    <div className="kept-texts">
      {mapId !== null &&
        afterLoss.map((e) =>
          "kept" in e ? (
            <KeptAfterLossNotice key={fieldKeyOf(e)} mapId={mapId} entry={e} />
          ) : (
            <JourneyAfterLossNotice key={fieldKeyOf(e)} mapId={mapId} entry={e} />
          ),
        )}
      {kept.map((k) =>
        k.lostTo ? (
          <LostTextNotice key={k.id} kept={k} awareness={awareness} />
        ) : (
          <KeptTextNotice key={k.id} kept={k} awareness={awareness} />
        ),
      )}
    </div>
  );
}
