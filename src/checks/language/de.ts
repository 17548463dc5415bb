// German signs of inside-out wording: „wir prüfen“, „unser Team“, „der Kunde erhält“, Sachbearbeiter, Vorgang, passive Bearbeitung.
import { END, SP, START, alt, regex, word } from "./words";

const COMPANY_VERBS = [
  "prüfen", "überprüfen", "senden", "schicken", "versenden", "verschicken", "übersenden", "übermitteln",
  "bearbeiten", "erstellen", "informieren", "kontaktieren", "rufen", "melden", "bestätigen", "zahlen",
  "überweisen", "erstatten", "erfassen", "leiten", "beauftragen", "stellen", "buchen", "aktivieren",
  "eröffnen", "klären", "bewerten", "regulieren", "veranlassen", "benachrichtigen", "bieten", "liefern",
  "geben", "legen", "bitten", "fordern", "erinnern", "begrüßen", "freischalten", "schalten",
  "verarbeiten", "kümmern", "helfen", "benötigen", "brauchen", "empfehlen", "erhalten", "bearbeiten",
  "entscheiden", "ermitteln", "berechnen", "kalkulieren", "zuordnen", "weiterleiten", "abwickeln",
];
const COMPANY_NOUNS = [
  "team", "mitarbeiter", "mitarbeiterin", "mitarbeiterinnen", "mitarbeitende", "mitarbeitenden",
  "service", "sachbearbeiter", "sachbearbeiterin", "innendienst", "außendienst", "abteilung", "system",
  "systeme", "experten", "expertinnen", "berater", "beraterin", "gutachter", "gutachterin", "haus",
  "unternehmen", "prozess", "prozesse", "kollegen", "kolleginnen",
];
const THIRD_PERSON_VERBS = [
  "erhält", "bekommt", "ruft", "füllt", "sendet", "schickt", "meldet", "unterschreibt", "zahlt", "wird",
  "sieht", "liest", "wartet", "öffnet", "lädt", "gibt", "prüft", "hat", "möchte", "will", "muss", "kann",
  "kauft", "bestellt", "wählt", "klickt", "ist", "fährt", "nimmt", "vergleicht", "entscheidet", "lädt",
];
const PARTICIPLES = [
  "bearbeitet", "geprüft", "überprüft", "weitergeleitet", "erfasst", "angelegt", "verbucht", "eskaliert",
  "freigegeben", "bewertet", "reguliert", "zugeordnet", "veranlasst", "verarbeitet", "abgewickelt",
  "policiert", "archiviert", "disponiert", "gesteuert", "eingesteuert",
];

export const DE_PATTERNS: readonly RegExp[] = [
  // wir prüfen, wir werden Ihre Meldung prüfen
  regex(`${START}wir(?:${SP}[\\p{L}-]+){0,3}?${SP}(?:${alt(COMPANY_VERBS)})${END}`),
  // Dann prüfen wir, Anschließend senden wir
  regex(`${START}(?:${alt(COMPANY_VERBS)})${SP}wir${END}`),
  // unser Team, unser Schadenteam, unsere Mitarbeitenden
  regex(`${START}unser(?:e|en|em|er|es)?${SP}(?:[\\p{L}-]+${SP})?\\p{L}*(?:${alt(COMPANY_NOUNS)})${END}`),
  // der Kunde, die Kundin, den Versicherungsnehmer (singular: „die Kunden“ may be the customer's own peers)
  regex(
    `${START}(?:(?:der|dem|den)${SP}(?:kunde|kunden|endkunde|endkunden)|(?:die|der)${SP}(?:kundin|endkundin)|(?:der|die|dem|den)${SP}(?:versicherungsnehmer(?:in)?|antragsteller(?:in)?|versicherungsnehmers))${END}`,
  ),
  // Kunde erhält (without article)
  regex(`${START}(?:kunde|kundin)${SP}(?:${alt(THIRD_PERSON_VERBS)})${END}`),
  // Vorgang wird bearbeitet, der Antrag wird vom Innendienst geprüft
  regex(`${START}(?:wird|werden|wurde|wurden)(?:${SP}[\\p{L}-]+){0,4}?${SP}(?:${alt(PARTICIPLES)})${END}`),
  regex(`${START}(?:ist|sind)${SP}in${SP}bearbeitung${END}`),
  regex(word(["sachbearbeiter", "sachbearbeitung", "bestandssystem", "bestandsführung", "ticketsystem"], "both")),
  regex(word(["innendienst", "schadenregulierer", "eskalation", "vorgang", "workflow"], "after")),
  regex(word(["fachabteilung", "bearbeitung", "regulierung", "verarbeitung", "policierung"], "before")),
  regex(word(["vorgänge", "backoffice", "back-office", "back office", "crm", "sap", "erp", "poststelle"])),
];
