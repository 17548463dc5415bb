// The start page: maps this browser knows, a new map (blank or from a template), JSON import.
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { decodeJourneyBytes, parseJourneyText, MAX_FILE_BYTES, type MessageLanguage } from "../format";
import { LanguageSwitch } from "../features/toolbar";
import { ApiError, type CreatedMap } from "./api";
import { CreationTokenField } from "./CreationTokenField";
import { KeptAfterLossOffer } from "./KeptAfterLossOffer";
import {
  forgetMap,
  joinForgotten,
  listKnownMaps,
  lookUpMap,
  rememberMap,
  renameKnownMap,
  restoreMap,
  type ForgottenMap,
} from "./knownMaps";
import { AppLink } from "./AppLink";
import { EnglishQuote } from "../i18n/EnglishQuote";
import { navigate } from "./navigate";
import { localHref } from "./route";
import { TEMPLATE_CHOICES, type TemplateChoice } from "./templateChoices";
import { useTokenedCreate } from "./useTokenedCreate";
import { dayAndTime } from "../i18n/formats";
import { isVisibleText } from "../doc/records/limits";

interface Problem {
  message: string;
  /** The English sentence (the server's, the browser's) the message quotes. */
  english?: string;
  /** The issues are the server's, in English. */
  issuesInEnglish?: boolean;
  issues: string[];
  /** The server wanted the creation token (401): said only while the form still asks for it. */
  tokenRefusal?: boolean;
}

/** A refusal kept as what it is and worded at each render, so it follows a switch of the interface language. */
type Saying = (t: TFunction, language: MessageLanguage) => Problem;

const sayingOf =
  (error: unknown): Saying =>
  (t) =>
    problemOf(error, t);

const interfaceLanguage = (language: string): MessageLanguage => (language.startsWith("de") ? "de" : "en");

/** The problem to show: a refusal for want of the token is moot once the token is known (the other form got it). */
const shownProblem = (problem: Problem | null, asking: boolean): Problem | null =>
  problem?.tokenRefusal && !asking ? null : problem;

/** The refusals the start page words itself, by the status the server answered with. */
const REFUSALS: Record<number, string> = { 400: "invalid", 401: "token", 413: "tooLarge", 429: "tooFast" };

/** An Error's or a DOMException's own sentence (a DOMException need not be an Error), else the value as text. */
const messageOf = (error: unknown): string =>
  typeof error === "object" && error !== null && "message" in error && typeof error.message === "string"
    ? error.message
    : String(error);

function problemOf(error: unknown, t: TFunction): Problem {
  // Whatever else failed (a file the browser could not read, say) speaks English: introduced in the interface language.
  if (!(error instanceof ApiError)) {
    return {
      message: t("start.failure.unexpected", { reason: messageOf(error) }),
      english: messageOf(error),
      issues: [],
    };
  }
  if (error.status === 401) return { ...problemOfApi(error, t), tokenRefusal: true };
  return problemOfApi(error, t);
}

/** The server refused the template this page offered: it does not have it (this page is older or newer than it). */
const refusedTemplate = (error: unknown): error is ApiError =>
  error instanceof ApiError && error.status === 400 && error.issues.some((issue) => issue.startsWith("template: "));

/** Said in the interface language with the template's name as offered here; the server's sentence names its ids. */
const templateRefusal =
  (error: ApiError, chosen: TemplateChoice, language: "en" | "de"): Saying =>
  (t) => ({
    message: t("start.failure.templateUnknown", { name: chosen.name[language] }),
    issues: [error.serverSentence || error.message],
  });

function problemOfApi(error: ApiError, t: TFunction): Problem {
  if (error.kind !== "refused") return { message: t(`start.failure.${error.kind}`), issues: [] };
  const { status, serverSentence, issues } = error;
  // The server speaks English: its sentence is shown as it came, introduced in the interface language.
  if (!serverSentence) return { message: t("start.failure.status", { status }), issues, issuesInEnglish: true };
  return {
    message: t(`start.failure.refused.${REFUSALS[status] ?? "other"}`, { status, reason: serverSentence }),
    english: serverSentence,
    issues,
    issuesInEnglish: true,
  };
}

interface ProblemBoxProps {
  problem: Problem;
  testId: string;
  id: string;
  /** False when the focus moves to a field this sentence describes: the field reads it, an alert would repeat it. */
  alert: boolean;
}

/** Past this many problems the list of them may scroll in its box. */
const MANY_ISSUES = 12;

function ProblemBox({ problem, testId, id, alert }: ProblemBoxProps) {
  return (
    <div className="problem" role={alert ? "alert" : undefined} data-testid={testId}>
      <p id={id}>
        <EnglishQuote text={problem.message} english={problem.english} />
      </p>
      {problem.issues.length > 0 && (
        // Every problem stays listed, but a file with thousands scrolls in its box instead of making the page
        // metres long and pushing the list of maps out of reach; a box that scrolls is a Tab stop, for the keyboard.
        <ul
          style={{ maxHeight: "min(50vh, 30em)", overflowY: "auto" }}
          tabIndex={problem.issues.length > MANY_ISSUES ? 0 : undefined}
        >
          {problem.issues.map((issue, i) => (
            <li key={i}>{problem.issuesInEnglish ? <EnglishQuote text={issue} english={issue} /> : issue}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A journey file read and checked, or the importer's refusal in the given language (paths as written). */
function readJourney(
  bytes: Uint8Array,
  language: MessageLanguage,
): { ok: true; text: string; title: string } | { ok: false; problem: Problem } {
  const decoded = decodeJourneyBytes(bytes, { language });
  if (!decoded.ok) return { ok: false, problem: { message: decoded.error, issues: [] } };
  const parsed = parseJourneyText(decoded.text, { language });
  if (!parsed.ok) {
    const issues = parsed.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
    return { ok: false, problem: { message: parsed.error, issues } };
  }
  return { ok: true, text: decoded.text, title: parsed.journey.title };
}

function openCreated(created: CreatedMap, title: string): void {
  rememberMap({ id: created.id, title, role: "owner", link: created.links.owner, links: created.links });
  navigate(localHref(created.links.owner));
}

function NewMapForm() {
  const { t, i18n } = useTranslation();
  const ids = { title: useId(), language: useId(), template: useId(), problem: useId() };
  const [title, setTitle] = useState("");
  // Until the person picks a map language, it follows the interface language, also when that is switched here.
  const [picked, setPicked] = useState<"en" | "de" | null>(null);
  const language = picked ?? (i18n.language.startsWith("de") ? "de" : "en");
  const [template, setTemplate] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Saying | null>(null);
  // A title that cannot be used is said beside the field and tied to it, not in the box under the button.
  const [titleProblem, setTitleProblem] = useState<"start.titleMissing" | "start.titleTooLong" | null>(null);
  // An alert only when the focus is in the field already; a focus moving there reads the sentence with the field.
  const [titleAlert, setTitleAlert] = useState(false);
  const titleInput = useRef<HTMLInputElement>(null);
  // A server with a creation token answers 401 until it gets it: the form asks and keeps everything chosen.
  const ask = useTokenedCreate();
  const shown = shownProblem(problem?.(t, interfaceLanguage(i18n.language)) ?? null, ask.asking);
  const chosen = TEMPLATE_CHOICES.find((c) => c.id === template);
  // One map at a time: the ref answers at once, where the busy state only shows after the next render.
  const creating = useRef(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (creating.current) return;
    const clean = title.trim();
    // A title of only invisible characters (zero-width space, soft hyphen ...) is missing, as the server sees it.
    const refused = !isVisibleText(clean) ? "start.titleMissing" : clean.length > 200 ? "start.titleTooLong" : null;
    setTitleProblem(refused);
    setTitleAlert(document.activeElement === titleInput.current);
    if (refused) return titleInput.current?.focus();
    creating.current = true;
    setBusy(true);
    setProblem(null);
    try {
      const created = await ask.send({ title: clean, language, ...(template ? { template } : {}) });
      if (created) openCreated(created, clean);
      else setBusy(false);
    } catch (error) {
      setProblem(() => (chosen && refusedTemplate(error) ? templateRefusal(error, chosen, language) : sayingOf(error)));
      setBusy(false);
    } finally {
      creating.current = false;
    }
  };
  return (
    <form className="start-card" onSubmit={submit} aria-labelledby={`${ids.title}-h`}>
      <h2 id={`${ids.title}-h`}>{t("start.newMap")}</h2>
      <div className="field">
        <label htmlFor={ids.title}>{t("start.title")}</label>
        <input
          ref={titleInput}
          id={ids.title}
          data-testid="new-map-title"
          value={title}
          // No maxLength: it would cut a pasted title off without a word; Create says how long a title may be.
          aria-required="true"
          aria-invalid={titleProblem ? true : undefined}
          aria-describedby={titleProblem ? `${ids.title}-problem` : undefined}
          placeholder={t("start.titlePlaceholder")}
          onChange={(e) => setTitle(e.target.value)}
        />
        {titleProblem && (
          <p
            className="field-error"
            role={titleAlert ? "alert" : undefined}
            id={`${ids.title}-problem`}
            data-testid="title-problem"
          >
            {t(titleProblem)}
          </p>
        )}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.language}>{t("start.mapLanguage")}</label>
          <select id={ids.language} value={language} onChange={(e) => setPicked(e.target.value === "de" ? "de" : "en")}>
            {/* The map's language named in the interface's: „Englisch“ on a German page, not "English". */}
            <option value="en">{t("start.mapLanguageName.en")}</option>
            <option value="de">{t("start.mapLanguageName.de")}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.template}>{t("start.template")}</label>
          <select id={ids.template} value={template} onChange={(e) => setTemplate(e.target.value)}>
            <option value="">{t("start.blank")}</option>
            {/* Named in the map's language, which may not be the interface's: a screen reader reads them in it. */}
            {TEMPLATE_CHOICES.map((c) => (
              <option key={c.id} value={c.id} lang={language}>
                {c.name[language]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {chosen && (
        <p className="hint" lang={language}>
          {chosen.description[language]}
        </p>
      )}
      {/* Not disabled while busy: a disabled button drops the focus to the page, and a refusal would leave the
          person nowhere; a second press is ignored. */}
      <button type="submit" className="primary" aria-disabled={busy || undefined} data-testid="create-map">
        {busy ? t("start.creating") : t("start.create")}
      </button>
      {shown && (
        <ProblemBox
          problem={shown}
          testId="create-problem"
          id={ids.problem}
          alert={!shown.tokenRefusal || ask.refusalAlert}
        />
      )}
      {ask.asking && (
        <CreationTokenField
          ask={ask}
          problemId={shown ? ids.problem : undefined}
          action={t("start.token.create")}
          busy={busy}
        />
      )}
    </form>
  );
}

function ImportForm() {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Saying | null>(null);
  const problemId = useId();
  const ask = useTokenedCreate();
  // The file read and checked, kept while the server asks for its creation token, so it is sent again unchanged.
  const [pending, setPending] = useState<{ text: string; title: string } | null>(null);
  // One file at a time: the ref answers at once, where the busy state only shows after the next render.
  const importing = useRef(false);
  const shown = shownProblem(problem?.(t, interfaceLanguage(i18n.language)) ?? null, ask.asking);
  const send = async (file: { text: string; title: string }) => {
    const created = await ask.send(file.text);
    if (created) openCreated(created, file.title);
  };
  const retry = async (e: FormEvent) => {
    e.preventDefault();
    if (importing.current || !pending) return;
    importing.current = true;
    setBusy(true);
    setProblem(null);
    try {
      await send(pending);
    } catch (error) {
      setProblem(() => sayingOf(error));
    } finally {
      importing.current = false;
      setBusy(false);
    }
  };
  const onFile = async (file: File) => {
    if (importing.current) return;
    setProblem(null);
    setPending(null);
    if (file.size > MAX_FILE_BYTES)
      return setProblem(() => (tr: TFunction) => ({ message: tr("start.fileTooLarge"), issues: [] }));
    importing.current = true;
    setBusy(true);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const read = readJourney(bytes, "en");
      if (!read.ok) {
        // The importer's refusal in both interface languages, read once more only for a refused file.
        const german = readJourney(bytes, "de");
        const said = { en: read.problem, de: german.ok ? read.problem : german.problem };
        return setProblem(() => (_t: TFunction, language: MessageLanguage) => said[language]);
      }
      const checked = { text: read.text, title: read.title };
      setPending(checked);
      await send(checked);
    } catch (error) {
      setProblem(() => sayingOf(error));
    } finally {
      importing.current = false;
      setBusy(false);
    }
  };
  return (
    <div className="start-card">
      <h2>{t("start.import")}</h2>
      <p className="hint">{t("start.importHint")}</p>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        // The button below opens it; a second, invisible stop in the Tab order or button for a screen reader (which
        // finds it in spite of the Tab order) would only confuse.
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-file"
        aria-label={t("start.importChoose")}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void onFile(file);
        }}
      />
      <button
        type="button"
        aria-disabled={busy || undefined}
        onClick={() => {
          if (!importing.current) input.current?.click();
        }}
      >
        {busy ? t("start.importing") : t("start.importChoose")}
      </button>
      {shown && (
        <ProblemBox
          problem={shown}
          testId="import-problem"
          id={problemId}
          alert={!shown.tokenRefusal || ask.refusalAlert}
        />
      )}
      {ask.asked && pending && (
        <form onSubmit={retry}>
          {ask.asking ? (
            <CreationTokenField
              ask={ask}
              problemId={shown ? problemId : undefined}
              action={t("start.token.import", { name: pending.title })}
              busy={busy}
            />
          ) : (
            // The token came through the other form: the file waits to be sent with it.
            <button type="submit" aria-disabled={busy || undefined}>
              {t("start.importPending", { name: pending.title })}
            </button>
          )}
        </form>
      )}
    </div>
  );
}

/** A map taken out of the list, with what it takes to put it back. */
type Removal = { id: string; title: string; forgotten: ForgottenMap };

/** The maps looked up on the server when the page opens: the most recently opened, a few at a time. */
const LOOK_UP_AT_MOST = 20;
const LOOK_UPS_AT_ONCE = 2;

/**
 * Brings the list up to date with the server once the page opens: a title a colleague changed since this browser
 * last had the map open is written into the list, and the ids of maps the server no longer has for the link kept
 * here (deleted, or the link replaced) are returned, to say so beside them.
 */
function useMapsOnServer(onRenamed: () => void): ReadonlySet<string> {
  const [gone, setGone] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => {
    const stop = new AbortController();
    const queue = listKnownMaps().slice(0, LOOK_UP_AT_MOST);
    const lookUpNext = async (): Promise<void> => {
      for (let map = queue.shift(); map !== undefined; map = queue.shift()) {
        const { id, title } = map;
        const found = await lookUpMap(map, stop.signal);
        if (stop.signal.aborted) return;
        if (found?.kind === "gone") setGone((ids) => new Set(ids).add(id));
        if (found?.kind === "there" && found.title !== title) {
          renameKnownMap(id, found.title);
          onRenamed();
        }
      }
    };
    for (let i = 0; i < LOOK_UPS_AT_ONCE; i++) void lookUpNext();
    return () => stop.abort();
  }, [onRenamed]);
  return gone;
}

function KnownMaps() {
  const { t, i18n } = useTranslation();
  const [maps, setMaps] = useState(listKnownMaps);
  const reread = useCallback(() => setMaps(listKnownMaps()), []);
  const gone = useMapsOnServer(reread);
  const goneId = useId();
  // Every entry removed while the page is open, oldest first, until it is put back: an owner link may be nowhere
  // else, so a second removal must not take the first one's way back away.
  const [removals, setRemovals] = useState<Removal[]>([]);
  const undoButtons = useRef(new Map<string, HTMLButtonElement>());
  const removedId = useId();
  // The remove button that had the focus is gone: the focus goes to the way back, not to the page.
  const [justRemoved, setJustRemoved] = useState<string | null>(null);
  useEffect(() => {
    if (justRemoved === null) return;
    undoButtons.current.get(justRemoved)?.focus();
    setJustRemoved(null);
  }, [justRemoved]);
  // And once Undo (gone in turn) put the map back, the focus goes to the map's link.
  const list = useRef<HTMLUListElement>(null);
  const [restored, setRestored] = useState<string | null>(null);
  useEffect(() => {
    if (restored === null) return;
    const links = Array.from(list.current?.querySelectorAll<HTMLElement>("a[data-map-id]") ?? []);
    links.find((link) => link.dataset["mapId"] === restored)?.focus();
    setRestored(null);
  }, [restored]);
  const date = dayAndTime(i18n.language);
  // The newest first, so that each goes back to the place it was taken from.
  const putBack = (back: readonly Removal[]) => {
    if (back.length === 0) return;
    for (const removal of [...back].reverse()) restoreMap(removal.forgotten);
    const ids = new Set(back.map((r) => r.id));
    setRemovals((all) => all.filter((r) => !ids.has(r.id)));
    setRestored(back.at(-1)?.id ?? null);
    setMaps(listKnownMaps());
  };
  const undo = removals.length > 0 && (
    <div role="status" data-testid="forgotten-maps">
      {removals.map((removal, i) => (
        <p className="hint" key={removal.id} data-testid="forgotten-map">
          <span id={`${removedId}-${i}`}>{t("start.forgotten", { title: removal.title })}</span>{" "}
          <button
            ref={(button) => {
              if (button) undoButtons.current.set(removal.id, button);
              else undoButtons.current.delete(removal.id);
            }}
            type="button"
            aria-describedby={`${removedId}-${i}`}
            onClick={() => putBack([removal])}
          >
            {t("start.undoForget")}
          </button>
        </p>
      ))}
      {removals.length > 1 && (
        <p className="hint">
          <button type="button" data-testid="undo-forget-all" onClick={() => putBack(removals)}>
            {t("start.undoForgetAll", { count: removals.length })}
          </button>
        </p>
      )}
    </div>
  );
  if (maps.length === 0)
    return (
      <>
        <p className="hint">{t("start.noMaps")}</p>
        {undo}
      </>
    );
  return (
    <>
      <ul className="known-maps" data-testid="known-maps" ref={list}>
        {maps.map((m) => (
          <li key={m.id}>
            {/* The title takes the room of the row, with a note about the map on a line of its own under it: beside
                it, a long note would squeeze the title to a letter a line. */}
            <div style={{ flex: 1, minWidth: 0 }}>
              <AppLink
                href={localHref(m.link)}
                data-map-id={m.id}
                aria-describedby={gone.has(m.id) ? `${goneId}-${m.id}` : undefined}
              >
                {m.title || t("start.untitled")}
              </AppLink>
              {gone.has(m.id) && (
                <span className="hint" style={{ display: "block" }} id={`${goneId}-${m.id}`} data-testid="map-gone">
                  {t("start.gone")}
                </span>
              )}
            </div>
            <span className="role-badge">{t(`role.${m.role}`)}</span>
            {m.lastOpened && <span className="hint">{date.format(new Date(m.lastOpened))}</span>}
            <button
              type="button"
              className="subtle"
              aria-label={t("start.forget", { title: m.title || t("start.untitled") })}
              title={t("start.forgetHint")}
              onClick={() => {
                const forgotten = forgetMap(m.id);
                if (forgotten) {
                  const title = m.title || t("start.untitled");
                  // Removed again after it came back (another tab opened it): the first removal's drafts stay kept.
                  setRemovals((all) => {
                    const earlier = all.find((r) => r.id === m.id)?.forgotten;
                    const both = earlier ? joinForgotten(earlier, forgotten) : forgotten;
                    return [...all.filter((r) => r.id !== m.id), { id: m.id, title, forgotten: both }];
                  });
                  setJustRemoved(m.id);
                }
                setMaps(listKnownMaps());
              }}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      {undo}
    </>
  );
}

export function StartPage() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = "Outside-In";
  }, []);
  return (
    // A title or a problem line without a space (a long German compound, a path) wraps inside its card instead of
    // widening the page past the window, which pushed a map's remove button out of sight.
    <div className="start-page" style={{ overflowWrap: "anywhere" }}>
      <header className="start-header">
        <h1>Outside-In</h1>
        <p>{t("start.tagline")}</p>
        <LanguageSwitch />
      </header>
      <main className="start-grid">
        <KeptAfterLossOffer />
        <NewMapForm />
        <ImportForm />
        <section className="start-card wide">
          <h2>{t("start.yourMaps")}</h2>
          <KnownMaps />
        </section>
      </main>
    </div>
  );
}
