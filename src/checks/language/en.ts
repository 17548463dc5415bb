// English signs of inside-out wording: company subjects and verbs, the customer in third person, internal roles, systems and jargon.
import { END, SP, START, alt, regex, word } from "./words";

const COMPANY_VERBS = [
  "send", "mail", "email", "e-mail", "post", "ship", "deliver", "dispatch", "check", "review", "process",
  "verify", "validate", "approve", "reject", "assess", "handle", "forward", "route", "contact", "call",
  "inform", "notify", "remind", "tell", "issue", "offer", "provide", "give", "confirm", "activate",
  "register", "open", "create", "set up", "transfer", "pay", "refund", "calculate", "evaluate",
  "escalate", "assign", "record", "log", "update", "schedule", "arrange", "settle", "decide", "receive",
  "collect", "analyse", "analyze", "investigate", "inspect", "prepare", "complete", "close", "welcome",
  "ask", "request", "invoice", "bill", "charge", "book", "onboard", "upsell", "need", "require", "help",
];
const AUXILIARIES = [
  "will", "then", "also", "first", "now", "immediately", "automatically", "quickly", "have", "can",
  "must", "should", "need to", "are able to", "try to", "want to", "always", "usually",
];
const COMPANY_NOUNS = [
  "team", "teams", "staff", "agent", "agents", "advisor", "advisors", "adviser", "advisers", "employee",
  "employees", "colleague", "colleagues", "expert", "experts", "department", "back office", "system",
  "systems", "clerk", "clerks", "specialist", "specialists", "call center", "call centre", "underwriters",
  "process", "processes", "company", "organisation", "organization",
];
const CUSTOMER_NOUNS = ["customer", "client", "policyholder", "policy holder", "applicant", "user", "consumer"];
const THIRD_PERSON_VERBS = [
  "receives", "gets", "calls", "fills", "sends", "signs", "pays", "opens", "logs", "visits", "waits",
  "sees", "reads", "reports", "submits", "uploads", "chooses", "selects", "compares", "contacts", "is",
  "has", "wants", "needs", "checks", "goes", "enters", "clicks", "downloads", "confirms", "orders",
  "returns", "books", "buys", "must", "can", "will", "should", "asks", "agrees", "accepts", "decides",
  "notices", "finds", "searches", "looks", "gives", "provides", "feels", "thinks", "tries", "uses",
];
const PARTICIPLES = [
  "processed", "checked", "reviewed", "verified", "validated", "approved", "assessed", "handled",
  "forwarded", "escalated", "assigned", "logged", "recorded", "registered", "archived", "routed",
  "dispatched", "triggered", "initiated", "captured",
];
/** Words after "the customer" that make it the customer's own vocabulary (customer service, customer portal). */
const CUSTOMER_COMPOUNDS = [
  "service", "care", "support", "portal", "number", "account", "area", "hotline", "center", "centre",
  "reviews?", "login", "app", "experience", "feedback",
];

export const EN_PATTERNS: readonly RegExp[] = [
  // we send, we'll check, we then process
  regex(`${START}we(?:'ll|’ll|'ve|’ve)?(?:${SP}(?:${alt(AUXILIARIES)}))*${SP}(?:${alt(COMPANY_VERBS)})${END}`),
  // our team, our claims team, our system
  regex(`${START}our${SP}(?:[\\p{L}-]+${SP})?(?:${alt(COMPANY_NOUNS)})${END}`),
  // the system processes
  regex(`${START}(?:the|our)${SP}systems?${SP}\\p{L}+s${END}`),
  // is processed, gets checked, will be automatically reviewed
  regex(
    `${START}(?:is|are|was|were|gets|get|got|will be|has been|have been|being)${SP}(?:being${SP})?(?:\\p{L}+ly${SP})?(?:${alt(PARTICIPLES)})${END}`,
  ),
  // customer receives, the client then calls
  regex(
    `${START}(?:the${SP})?(?:${alt(CUSTOMER_NOUNS)})${SP}(?:(?:then|also|now|first)${SP})?(?:${alt(THIRD_PERSON_VERBS)})${END}`,
  ),
  // "the customer" as an object: we call the customer
  regex(`${START}the${SP}(?:customer|client|policyholder|applicant)${END}(?!['’]?s?${SP}(?:${CUSTOMER_COMPOUNDS.join("|")})${END})`),
  regex(
    word([
      "clerk", "clerks", "back office", "back-office", "backoffice", "case handler", "case handlers",
      "case worker", "case workers", "caseworker", "caseworkers", "claims handler", "claims handlers",
      "underwriter", "underwriters", "underwriting", "CRM", "SAP", "ERP", "ticket system", "first level",
      "first-level", "second level", "second-level", "1st level", "2nd level", "backend", "back end",
      "back-end", "database", "middleware",
    ]),
  ),
  // A ticket is the company's; a train or concert ticket is the customer's (in German too: „Ticket für …“).
  regex(
    `(?<!(?:train|plane|flight|concert|bus|event|movie|cinema|parking|lottery|theatre|theater|match|festival|e-)\\s*)${START}tickets?${END}(?!${SP}(?:for|to|für|nach)${END})`,
  ),
  regex(word(["workflow", "workflows", "processing", "escalation", "escalations", "SLA", "SLAs", "KYC", "dunning"])),
];
