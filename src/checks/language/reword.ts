// Customer-view rewordings for the common inside-out sentence shapes: "We send X" → "I receive X", "Der Kunde erhält X" → "Ich erhalte X".
import { insideOutPhrases } from "./detect";

const EN_IRREGULAR: Record<string, string> = {
  is: "am",
  was: "was",
  has: "have",
  does: "do",
  goes: "go",
  focuses: "focus",
};
/** Adverbs that may stand between the customer and the verb: "Customer always calls" → "I always call". */
const EN_ADVERBS = "always|often|usually|sometimes|never|then|also|now|first|still|just|again|finally";
const DE_IRREGULAR: Record<string, string> = {
  erhält: "erhalte",
  bekommt: "bekomme",
  sieht: "sehe",
  liest: "lese",
  gibt: "gebe",
  lädt: "lade",
  hat: "habe",
  wird: "werde",
  ist: "bin",
  fährt: "fahre",
  nimmt: "nehme",
  trifft: "treffe",
  hält: "halte",
  läuft: "laufe",
  weiß: "weiß",
  möchte: "möchte",
  will: "will",
  muss: "muss",
  kann: "kann",
  isst: "esse",
  vergisst: "vergesse",
  empfiehlt: "empfehle",
};

/**
 * Verbs whose vowel changes in the third person (spricht → spreche, lässt → lasse), also with a prefix in front
 * (verlässt → verlasse, empfängt → empfange): the regular rule would make „ich spriche“ of them.
 */
const DE_STRONG: Record<string, string> = {
  gibt: "gebe",
  nimmt: "nehme",
  sieht: "sehe",
  liest: "lese",
  spricht: "spreche",
  bricht: "breche",
  hilft: "helfe",
  wirft: "werfe",
  trifft: "treffe",
  tritt: "trete",
  gilt: "gelte",
  stirbt: "sterbe",
  stiehlt: "stehle",
  fährt: "fahre",
  lässt: "lasse",
  läuft: "laufe",
  hält: "halte",
  trägt: "trage",
  schlägt: "schlage",
  fängt: "fange",
  fällt: "falle",
  schläft: "schlafe",
  lädt: "lade",
  wäscht: "wasche",
  wächst: "wachse",
  rät: "rate",
  stößt: "stoße",
};
const DE_PREFIXES = [
  "",
  "ab",
  "an",
  "auf",
  "aus",
  "be",
  "ein",
  "emp",
  "ent",
  "er",
  "ge",
  "mit",
  "nach",
  "unter",
  "über",
  "ver",
  "vor",
  "weg",
  "zu",
  "zurück",
];

function englishFirstPerson(verb: string): string {
  const v = verb.toLowerCase();
  const irregular = EN_IRREGULAR[v];
  if (irregular) return irregular;
  if (["must", "can", "will", "should"].includes(v)) return v;
  if (v.endsWith("ies")) return `${v.slice(0, -3)}y`;
  if (/(?:ch|sh|ss|x|z|o)es$/.test(v)) return v.slice(0, -2);
  return v.endsWith("s") ? v.slice(0, -1) : v;
}

function germanFirstPerson(verb: string): string {
  const v = verb.toLowerCase();
  const irregular = DE_IRREGULAR[v];
  if (irregular) return irregular;
  for (const prefix of DE_PREFIXES) {
    const strong = v.startsWith(prefix) ? DE_STRONG[v.slice(prefix.length)] : undefined;
    if (strong) return prefix + strong;
  }
  if (v.endsWith("et")) return `${v.slice(0, -2)}e`;
  return v.endsWith("t") ? `${v.slice(0, -1)}e` : v;
}

const englishPossessives = (s: string) =>
  s
    .replace(/(?<![\p{L}\p{N}])(?:himself|herself|themselves|themself)(?![\p{L}\p{N}])/giu, "myself")
    .replace(/(?<![\p{L}\p{N}])(?:his|her|their|your)(?![\p{L}\p{N}])/giu, "my")
    .replace(/(?<![\p{L}\p{N}])the (?:customer|client)['’]s(?![\p{L}\p{N}])/giu, "my");

/** `dativeVerb`: the reflexive of helfen is „mir“ („hilft sich selbst“ → „helfe mir selbst“). */
const germanPossessives = (s: string, dativeVerb = false) =>
  s
    .replace(
      /(?<![\p{L}\p{N}])(?:Ihr|sein)(e|en|em|er|es)?(?![\p{L}\p{N}])/gu,
      (_m, ending: string | undefined) => `mein${ending ?? ""}`,
    )
    // „sich“ is the customer too: „mir“ before an object („sieht sich das Angebot an“), „mich“ otherwise.
    .replace(/(?<![\p{L}\p{N}])sich(?=\s+(?:den|die|das|dem|ein|eine|einen|etwas|alles)(?![\p{L}\p{N}]))/gu, "mir")
    .replace(/(?<![\p{L}\p{N}])sich(?![\p{L}\p{N}])/gu, dativeVerb ? "mir" : "mich");

type Shape = { pattern: RegExp; build: (m: RegExpExecArray) => string | undefined };

const SHAPES: readonly Shape[] = [
  {
    pattern:
      /^we(?:'ll|’ll| will)?\s+(?:send|mail|email|e-mail|post|ship|deliver|dispatch|issue|provide|give|transfer|pay|refund)\s+(?:(?:you|the customer|the client)\s+)?(.+?)[.!]?$/iu,
    build: (m) => `I receive ${englishPossessives(m[1] ?? "")}`,
  },
  {
    pattern: /^we(?:'ll|’ll| will)?\s+(?:call|contact|phone)\s+(?:you|the customer|the client)(.*?)[.!]?$/iu,
    build: (m) => `I get a call${englishPossessives(m[1] ?? "")}`,
  },
  {
    pattern:
      /^we(?:'ll|’ll| will)?\s+(?:inform|notify|tell|update)\s+(?:you|the customer|the client)\s+(?:about|of|on)\s+(.+?)[.!]?$/iu,
    build: (m) => `I hear about ${englishPossessives(m[1] ?? "")}`,
  },
  {
    pattern: /^we(?:'ll|’ll| will)?\s+confirm\s+(.+?)[.!]?$/iu,
    build: (m) => `I get a confirmation of ${englishPossessives(m[1] ?? "")}`,
  },
  {
    pattern: new RegExp(
      `^(?:the\\s+)?(?:customer|client|policyholder|applicant|user)\\s+(?:(${EN_ADVERBS})\\s+)?([\\p{L}]+)(?![\\p{L}\\p{N}])(.*?)[.!]?$`,
      "iu",
    ),
    build: (m) => {
      const adverb = m[1] === undefined ? "" : `${m[1].toLowerCase()} `;
      const verb = m[2] ?? "";
      if (!/s$/i.test(verb) && !["must", "can", "will", "should"].includes(verb.toLowerCase())) return undefined;
      return `I ${adverb}${englishFirstPerson(verb)}${englishPossessives(m[3] ?? "")}`;
    },
  },
  {
    pattern:
      /^wir\s+(?:senden|schicken|versenden|verschicken|übersenden|übermitteln|stellen|zahlen|überweisen|erstatten|liefern|geben)\s+(?:(?:Ihnen|dem Kunden|der Kundin|ihm|ihr)\s+)?(.+?)(?:\s+(?:zu|aus|ab|zurück|heraus))?[.!]?$/iu,
    build: (m) => `Ich erhalte ${germanPossessives(m[1] ?? "")}`,
  },
  {
    pattern: /^wir\s+(?:rufen|kontaktieren)\s+(?:Sie|den Kunden|die Kundin)(?:\s+an)?[.!]?$/iu,
    build: () => "Ich bekomme einen Anruf",
  },
  {
    pattern: /^wir\s+(?:informieren|benachrichtigen)\s+(?:Sie|den Kunden|die Kundin)\s+über\s+(.+?)[.!]?$/iu,
    build: (m) => `Ich erfahre ${germanPossessives(m[1] ?? "")}`,
  },
  {
    pattern:
      /^(?:(?:der\s+)?kunde|(?:die\s+)?kundin|der\s+versicherungsnehmer|die\s+versicherungsnehmerin)\s+([\p{L}]+)(?![\p{L}\p{N}])(.*?)[.!]?$/iu,
    build: (m) => {
      const verb = m[1] ?? "";
      if (!/t$/i.test(verb) && DE_IRREGULAR[verb.toLowerCase()] === undefined) return undefined;
      return `Ich ${germanFirstPerson(verb)}${germanPossessives(m[2] ?? "", /hilft$/i.test(verb))}`;
    },
  },
];

/** A rewording of `title` from the customer's view, or undefined when no known shape fits cleanly. */
export function suggestRewording(title: string): string | undefined {
  const text = title.trim();
  for (const { pattern, build } of SHAPES) {
    const m = pattern.exec(text);
    if (!m) continue;
    const suggestion = build(m)?.replace(/\s+/g, " ").trim();
    // Only offer a rewording that is itself clean; a half-fixed sentence would teach the wrong thing.
    if (suggestion && suggestion !== text && insideOutPhrases(suggestion).length === 0) return suggestion;
  }
  return undefined;
}
