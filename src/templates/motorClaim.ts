// Good-practice template: reporting a car accident to the motor insurer, from the scene to the car back home.
import type { TemplateSpec } from "./spec";

const WEEKLY = ["weekly", "wöchentlich"] as const;
const MONTHLY = ["monthly", "monatlich"] as const;
const CLAIMS_HEAD = ["Head of Claims Service", "Leitung Schadenservice"] as const;

export const motorClaim: TemplateSpec = {
  id: "motor-claim",
  name: ["Motor insurance claim", "Kfz-Schaden melden"],
  description: [
    "From the accident to the repaired car: report once, get mobile again, pay only the deductible.",
    "Vom Unfall bis zum reparierten Auto: einmal melden, mobil bleiben, nur die Selbstbeteiligung zahlen.",
  ],
  title: ["I report the damage", "Ich melde den Schaden"],
  scenario: [
    "Jonas has a rear-end collision on his way to work. Nobody is hurt, but his car cannot be driven.",
    "Jonas hat auf dem Weg zur Arbeit einen Auffahrunfall. Niemand ist verletzt, aber sein Auto ist nicht mehr fahrbereit.",
  ],
  owner: ["Head of Claims Service", "Leitung Schadenservice"],
  persona: {
    name: ["Jonas, 38", "Jonas, 38"],
    segment: ["Commuter with a family car", "Pendler mit Familienauto"],
    goals: [
      ["Be mobile again quickly", "Schnell wieder mobil sein"],
      ["Not pay more than my deductible", "Nicht mehr als meine Selbstbeteiligung zahlen"],
    ],
    expectations: [
      ["One person or one app for everything", "Eine Ansprechperson oder eine App für alles"],
      ["Always know what happens next", "Immer wissen, wie es weitergeht"],
    ],
  },
  stages: [
    {
      key: "st-accident",
      name: ["Right after the accident", "Direkt nach dem Unfall"],
      goal: [
        "I want to know what to do now and that I am covered",
        "Ich möchte wissen, was jetzt zu tun ist und dass ich versichert bin",
      ],
      actions: [{ title: ["I secure the scene and take photos", "Ich sichere die Unfallstelle und mache Fotos"] }],
      touchpoints: [
        {
          key: "hotline",
          title: [
            "I reach a person at the 24-hour hotline within a minute",
            "Ich erreiche an der 24-Stunden-Hotline in einer Minute einen Menschen",
          ],
          channel: "phone",
          momentOfTruth: [
            "The first minutes after an accident decide whether I trust my insurer.",
            "Die ersten Minuten nach dem Unfall entscheiden, ob ich meiner Versicherung vertraue.",
          ],
          measurement: {
            metric: "CSAT",
            kind: "performance",
            question: [
              "How well were you helped right after the accident?",
              "Wie gut wurde Ihnen direkt nach dem Unfall geholfen?",
            ],
            scale: "1-5",
            target: 4.5,
            direction: "higher",
            source: ["Survey after the call", "Befragung nach dem Anruf"],
            owner: CLAIMS_HEAD,
            frequency: WEEKLY,
            observations: [
              { date: "2026-09-30", value: 4.2, n: 310 },
              { date: "2026-10-31", value: 4.4, n: 295 },
            ],
          },
        },
      ],
      thoughts: [{ title: ["Am I covered? What do I have to do now?", "Bin ich versichert? Was muss ich jetzt tun?"] }],
      emotions: [{ title: ["Shocked and unsure", "Geschockt und unsicher"], emotion: -2 }],
      painPoints: [
        { title: ["I am shaken and can hardly think clearly", "Ich bin aufgewühlt und kann kaum klar denken"] },
      ],
      opportunities: [
        {
          title: [
            "Give me a calm step-by-step checklist on my phone right at the scene",
            "Mir direkt am Unfallort eine ruhige Schritt-für-Schritt-Checkliste aufs Handy geben",
          ],
        },
      ],
      backstage: [
        {
          title: [
            "Hotline agent opens the claim in the claims system and sends the app link by SMS",
            "Hotline legt den Schadenfall im Schadensystem an und verschickt den App-Link per SMS",
          ],
        },
      ],
    },
    {
      key: "st-report",
      name: ["Report the damage", "Schaden melden"],
      goal: [
        "I want to report the damage once, without paper forms",
        "Ich möchte den Schaden einmal melden, ohne Papierformulare",
      ],
      actions: [
        { title: ["I upload my photos and the accident report", "Ich lade meine Fotos und den Unfallbericht hoch"] },
      ],
      touchpoints: [
        {
          key: "report",
          title: ["I report the damage in the app in five minutes", "Ich melde den Schaden in fünf Minuten in der App"],
          channel: "app",
          measurement: {
            metric: "CES",
            kind: "performance",
            question: ["How easy was it to report the damage?", "Wie einfach war es, den Schaden zu melden?"],
            scale: "1-7",
            target: 6,
            direction: "higher",
            source: ["In-app survey after reporting", "Befragung in der App nach der Meldung"],
            owner: ["Product Owner Claims App", "Product Owner Schaden-App"],
            frequency: WEEKLY,
            observations: [{ date: "2026-10-31", value: 5.6, n: 840 }],
          },
        },
      ],
      thoughts: [
        {
          title: [
            "Hopefully I don't have to explain everything twice",
            "Hoffentlich muss ich nicht alles zweimal erzählen",
          ],
        },
      ],
      emotions: [{ title: ["Relieved that it was quick", "Erleichtert, dass es so schnell ging"], emotion: 1 }],
      painPoints: [
        { title: ["I don't know which photos are needed", "Ich weiß nicht, welche Fotos gebraucht werden"] },
      ],
      opportunities: [
        { title: ["Guide me photo by photo with examples", "Mich Foto für Foto mit Beispielen anleiten"] },
      ],
      backstage: [
        {
          title: [
            "Claims system checks cover automatically and assigns a claims handler",
            "Schadensystem prüft die Deckung automatisch und weist einen Sachbearbeiter zu",
          ],
        },
      ],
    },
    {
      key: "st-repair",
      name: ["Get my car repaired", "Auto reparieren lassen"],
      goal: [
        "I want my car repaired quickly without paying upfront",
        "Ich möchte mein Auto schnell reparieren lassen, ohne in Vorleistung zu gehen",
      ],
      actions: [
        {
          title: [
            "I choose a partner garage near me and book a date",
            "Ich wähle eine Partnerwerkstatt in meiner Nähe und buche einen Termin",
          ],
        },
      ],
      touchpoints: [
        {
          key: "garage",
          title: ["I book the partner garage in the app", "Ich buche die Partnerwerkstatt in der App"],
          channel: "app",
          measurement: {
            metric: "CSAT",
            kind: "performance",
            question: [
              "How satisfied are you with booking the garage?",
              "Wie zufrieden sind Sie mit der Buchung der Werkstatt?",
            ],
            scale: "1-5",
            target: 4.3,
            direction: "higher",
            source: ["In-app survey after booking", "Befragung in der App nach der Buchung"],
            owner: ["Partner Network Manager", "Leitung Partnernetz"],
            frequency: MONTHLY,
          },
        },
        {
          key: "car",
          title: ["I get a replacement car brought to my door", "Ich bekomme einen Ersatzwagen vor die Tür gebracht"],
          channel: "partner",
          signatureInteraction: [
            "I stay mobile without asking: the car comes to me.",
            "Ich bleibe mobil, ohne darum zu bitten: Das Auto kommt zu mir.",
          ],
          measurement: {
            metric: "custom",
            label: ["Replacement car on time", "Ersatzwagen pünktlich"],
            kind: "brand",
            question: ["Did the replacement car arrive when promised?", "Kam der Ersatzwagen zur versprochenen Zeit?"],
            scale: "%",
            target: 95,
            direction: "higher",
            source: ["Delivery log of the rental partner", "Übergabeprotokoll des Mietwagenpartners"],
            owner: ["Partner Network Manager", "Leitung Partnernetz"],
            frequency: WEEKLY,
          },
        },
      ],
      thoughts: [{ title: ["Will the repair be done properly?", "Wird die Reparatur ordentlich gemacht?"] }],
      emotions: [{ title: ["Looked after", "Gut aufgehoben"], emotion: 1 }],
      backstage: [
        {
          title: [
            "Claims handler issues the repair order to the garage and books the rental car",
            "Sachbearbeiter erteilt der Werkstatt den Reparaturauftrag und bucht den Mietwagen",
          ],
        },
      ],
    },
    {
      key: "st-wait",
      name: ["Wait for the repair", "Auf die Reparatur warten"],
      goal: [
        "I want to know where my car is without having to ask",
        "Ich möchte wissen, wo mein Auto steht, ohne nachfragen zu müssen",
      ],
      actions: [{ title: ["I follow the repair status", "Ich verfolge den Stand der Reparatur"] }],
      touchpoints: [
        {
          key: "status",
          title: ["I see each repair step in the app", "Ich sehe jeden Reparaturschritt in der App"],
          channel: "app",
          measurement: {
            metric: "CSAT",
            kind: "performance",
            question: [
              "How well did you feel informed during the repair?",
              "Wie gut fühlten Sie sich während der Reparatur informiert?",
            ],
            scale: "1-5",
            target: 4.2,
            direction: "higher",
            source: ["In-app survey at pick-up", "Befragung in der App bei Abholung"],
            owner: ["Product Owner Claims App", "Product Owner Schaden-App"],
            frequency: MONTHLY,
          },
        },
      ],
      thoughts: [{ title: ["When do I get my car back?", "Wann bekomme ich mein Auto zurück?"] }],
      emotions: [{ title: ["Impatient", "Ungeduldig"], emotion: -1 }],
      painPoints: [
        { title: ["A day without news feels like a week", "Ein Tag ohne Nachricht fühlt sich an wie eine Woche"] },
      ],
      opportunities: [
        {
          title: [
            "Send me a push message with a photo at every repair step",
            "Mir bei jedem Reparaturschritt eine Push-Nachricht mit Foto schicken",
          ],
        },
      ],
      backstage: [
        {
          title: [
            "Garage reports repair milestones through the partner interface",
            "Werkstatt meldet Reparaturschritte über die Partnerschnittstelle",
          ],
        },
      ],
    },
    {
      key: "st-done",
      name: ["Get my car back", "Auto zurückbekommen"],
      goal: [
        "I want my car back and nothing left to pay or to do",
        "Ich möchte mein Auto zurück und nichts mehr zahlen oder erledigen müssen",
      ],
      actions: [
        {
          title: [
            "I pick up my car and pay only my deductible",
            "Ich hole mein Auto ab und zahle nur meine Selbstbeteiligung",
          ],
        },
      ],
      touchpoints: [
        {
          key: "pickup",
          title: [
            "I get my car back at the garage, cleaned and repaired",
            "Ich bekomme mein Auto in der Werkstatt repariert und gereinigt zurück",
          ],
          channel: "partner",
          momentOfTruth: [
            "Getting my car back in good shape decides whether I stay with this insurer.",
            "Ob ich mein Auto gut zurückbekomme, entscheidet, ob ich bei dieser Versicherung bleibe.",
          ],
          measurement: {
            metric: "NPS",
            kind: "brand",
            question: [
              "How likely are you to recommend us to a friend after this claim?",
              "Wie wahrscheinlich ist es, dass Sie uns nach diesem Schadenfall weiterempfehlen?",
            ],
            scale: "0-10",
            target: 50,
            direction: "higher",
            source: ["Survey two days after pick-up", "Befragung zwei Tage nach Abholung"],
            owner: CLAIMS_HEAD,
            frequency: MONTHLY,
            observations: [
              { date: "2026-09-30", value: 38, n: 402 },
              { date: "2026-10-31", value: 44, n: 388 },
            ],
          },
        },
        {
          key: "settlement",
          title: ["I see in the app that everything is settled", "Ich sehe in der App, dass alles abgerechnet ist"],
          channel: "app",
          measurement: {
            metric: "CSAT",
            kind: "performance",
            question: ["How clear was the final settlement?", "Wie verständlich war die Abrechnung?"],
            scale: "1-5",
            target: 4.5,
            direction: "higher",
            source: ["In-app survey", "Befragung in der App"],
            owner: CLAIMS_HEAD,
            frequency: MONTHLY,
          },
        },
      ],
      thoughts: [{ title: ["That was easier than I feared", "Das war einfacher als befürchtet"] }],
      emotions: [{ title: ["Relieved and grateful", "Erleichtert und dankbar"], emotion: 2 }],
      backstage: [
        {
          title: [
            "Claims handler approves the invoice and pays the garage directly",
            "Sachbearbeiter gibt die Rechnung frei und zahlt direkt an die Werkstatt",
          ],
        },
      ],
    },
  ],
  path: ["hotline", "report", "garage", "car", "status", "pickup", "settlement"],
};
