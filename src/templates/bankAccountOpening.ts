// Good-practice template: opening a current account fully online, from choosing it to moving my payments.
import type { TemplateSpec } from "./spec";

const WEEKLY = ["weekly", "wöchentlich"] as const;
const MONTHLY = ["monthly", "monatlich"] as const;
const RETAIL = ["Head of Retail Banking", "Leitung Privatkundengeschäft"] as const;

export const bankAccountOpening: TemplateSpec = {
  id: "bank-account-opening",
  name: ["Bank account opening", "Girokonto eröffnen"],
  description: [
    "From choosing an account to the first payment: apply on the phone, prove identity without a branch, pay the same day.",
    "Vom Kontovergleich bis zur ersten Zahlung: am Handy beantragen, ohne Filiale ausweisen, noch am selben Tag bezahlen.",
  ],
  title: ["I open a current account", "Ich eröffne ein Girokonto"],
  scenario: [
    "Ali is moving to a new city for his first job and wants an account without fees that he can run from his phone.",
    "Ali zieht für seinen ersten Job in eine neue Stadt und möchte ein gebührenfreies Konto, das er vom Handy aus führt.",
  ],
  owner: RETAIL,
  persona: {
    name: ["Ali, 24", "Ali, 24"],
    segment: ["Young professionals", "Berufseinsteiger"],
    goals: [
      ["An account without hidden fees", "Ein Konto ohne versteckte Gebühren"],
      ["Pay with it the same day", "Noch am selben Tag damit bezahlen"],
    ],
    expectations: [
      ["No branch visit", "Kein Besuch in der Filiale"],
      ["Clear answers in plain words", "Klare Antworten in einfachen Worten"],
    ],
  },
  stages: [
    {
      key: "st-choose",
      name: ["Choose an account", "Konto auswählen"],
      goal: ["I want an account without hidden fees", "Ich möchte ein Konto ohne versteckte Gebühren"],
      actions: [{ title: ["I compare account models and fees", "Ich vergleiche Kontomodelle und Gebühren"] }],
      touchpoints: [
        {
          key: "compare",
          title: [
            "I see my yearly cost for each account on the website",
            "Ich sehe auf der Website meine Jahreskosten für jedes Konto",
          ],
          channel: "web",
          measurement: {
            metric: "CSAT",
            kind: "brand",
            question: ["How clear were the fees to you?", "Wie klar waren Ihnen die Gebühren?"],
            scale: "1-5",
            target: 4.3,
            direction: "higher",
            source: ["On-site survey", "Befragung auf der Website"],
            owner: RETAIL,
            frequency: MONTHLY,
          },
        },
      ],
      thoughts: [{ title: ["Which fees will I really pay?", "Welche Gebühren zahle ich wirklich?"] }],
      emotions: [{ title: ["Hopeful", "Hoffnungsvoll"], emotion: 1 }],
      painPoints: [{ title: ["Fee tables are hard to read", "Gebührentabellen sind schwer zu lesen"] }],
      opportunities: [
        { title: ["Show my yearly cost for my own usage", "Meine Jahreskosten für meine eigene Nutzung zeigen"] },
      ],
      backstage: [
        {
          title: [
            "Product management publishes the price list",
            "Produktmanagement veröffentlicht das Preis- und Leistungsverzeichnis",
          ],
        },
      ],
    },
    {
      key: "st-apply",
      name: ["Apply online", "Online beantragen"],
      goal: ["I want to apply in ten minutes from my sofa", "Ich möchte in zehn Minuten vom Sofa aus beantragen"],
      actions: [
        { title: ["I enter my details and sign on my phone", "Ich gebe meine Daten ein und unterschreibe am Handy"] },
      ],
      touchpoints: [
        {
          key: "apply",
          title: [
            "I fill in the application in the app with my data pre-filled",
            "Ich fülle den Antrag in der App mit vorausgefüllten Daten aus",
          ],
          channel: "app",
          measurement: {
            metric: "CES",
            kind: "performance",
            question: ["How easy was it to apply?", "Wie einfach war die Beantragung?"],
            scale: "1-7",
            target: 6,
            direction: "higher",
            source: ["In-app survey after the application", "Befragung in der App nach dem Antrag"],
            owner: ["Product Owner Banking App", "Product Owner Banking-App"],
            frequency: WEEKLY,
            observations: [{ date: "2026-10-31", value: 5.7, n: 1480 }],
          },
        },
      ],
      thoughts: [{ title: ["Why do they need my tax ID?", "Wozu brauchen die meine Steuer-ID?"] }],
      emotions: [{ title: ["Focused", "Konzentriert"], emotion: 0 }],
      painPoints: [
        { title: ["I don't know why some details are needed", "Ich weiß nicht, wozu manche Angaben nötig sind"] },
      ],
      opportunities: [
        { title: ["Explain each question in one plain sentence", "Jede Frage in einem einfachen Satz erklären"] },
      ],
      backstage: [
        {
          title: [
            "Application data goes to the core banking system; a credit check runs",
            "Antragsdaten gehen ins Kernbanksystem; eine Bonitätsprüfung läuft",
          ],
        },
      ],
    },
    {
      key: "st-identify",
      name: ["Prove who I am", "Mich ausweisen"],
      goal: [
        "I want to prove who I am without going to a branch",
        "Ich möchte mich ausweisen, ohne in eine Filiale zu gehen",
      ],
      actions: [{ title: ["I hold my ID card to the phone camera", "Ich halte meinen Ausweis vor die Handykamera"] }],
      touchpoints: [
        {
          key: "ident",
          title: ["I confirm my identity by video in the app", "Ich bestätige meine Identität per Video in der App"],
          channel: "app",
          momentOfTruth: [
            "If identification fails, I give up and choose another bank.",
            "Wenn die Identifizierung scheitert, gebe ich auf und wähle eine andere Bank.",
          ],
          measurement: {
            metric: "custom",
            label: ["Identified on the first try", "Im ersten Versuch identifiziert"],
            kind: "performance",
            question: [
              "Did your identification work on the first try?",
              "Hat Ihre Identifizierung im ersten Versuch geklappt?",
            ],
            scale: "%",
            target: 90,
            direction: "higher",
            source: ["Identity provider reports", "Berichte des Identifizierungsdienstes"],
            owner: ["Head of Digital Onboarding", "Leitung Digitale Kontoeröffnung"],
            frequency: WEEKLY,
            observations: [
              { date: "2026-09-30", value: 81, n: 1320 },
              { date: "2026-10-31", value: 86, n: 1405 },
            ],
          },
        },
      ],
      thoughts: [{ title: ["I hope the connection holds", "Hoffentlich hält die Verbindung"] }],
      emotions: [{ title: ["Nervous that it won't work", "Nervös, ob es klappt"], emotion: -1 }],
      painPoints: [
        {
          title: [
            "Bad light or a weak connection makes me start over",
            "Schlechtes Licht oder schwaches Netz lassen mich neu anfangen",
          ],
        },
      ],
      opportunities: [
        {
          title: [
            "Let me scan the chip of my ID card with my phone instead",
            "Mich stattdessen den Chip meines Ausweises mit dem Handy lesen lassen",
          ],
        },
      ],
      backstage: [
        {
          title: [
            "Identity provider checks the ID document; compliance reviews flagged cases",
            "Identifizierungsdienst prüft das Ausweisdokument; Compliance prüft auffällige Fälle",
          ],
        },
      ],
    },
    {
      key: "st-start",
      name: ["Start using my account", "Konto nutzen"],
      goal: ["I want to pay with my new account right away", "Ich möchte sofort mit meinem neuen Konto bezahlen"],
      actions: [{ title: ["I pay for my coffee with my phone", "Ich bezahle meinen Kaffee mit dem Handy"] }],
      touchpoints: [
        {
          key: "wallet",
          title: [
            "I add my virtual card to my phone wallet right after opening",
            "Ich lege meine virtuelle Karte direkt nach der Eröffnung in mein Handy-Wallet",
          ],
          channel: "app",
          signatureInteraction: [
            "I pay the same day, before the plastic card arrives.",
            "Ich bezahle noch am selben Tag, bevor die Plastikkarte ankommt.",
          ],
          measurement: {
            metric: "CSAT",
            kind: "brand",
            question: [
              "How happy are you with paying on the first day?",
              "Wie zufrieden sind Sie damit, schon am ersten Tag zu bezahlen?",
            ],
            scale: "1-5",
            target: 4.6,
            direction: "higher",
            source: ["In-app survey after the first payment", "Befragung in der App nach der ersten Zahlung"],
            owner: ["Head of Cards", "Leitung Karten"],
            frequency: MONTHLY,
          },
        },
      ],
      thoughts: [{ title: ["I can pay right away!", "Ich kann sofort bezahlen!"] }],
      emotions: [{ title: ["Delighted", "Begeistert"], emotion: 2 }],
      backstage: [
        {
          title: [
            "Card issuing creates the virtual card and orders the plastic card",
            "Kartenausgabe erzeugt die virtuelle Karte und bestellt die Plastikkarte",
          ],
        },
      ],
    },
    {
      key: "st-move",
      name: ["Move my payments", "Zahlungen umziehen"],
      goal: [
        "I want all my payments moved without missing one",
        "Ich möchte alle Zahlungen umziehen, ohne eine zu verpassen",
      ],
      actions: [
        { title: ["I pick the payments I want to move", "Ich wähle die Zahlungen aus, die ich umziehen möchte"] },
      ],
      touchpoints: [
        {
          key: "switch",
          title: [
            "I move my direct debits with the account switch in the app",
            "Ich ziehe meine Lastschriften mit dem Kontowechsel in der App um",
          ],
          channel: "app",
          measurement: {
            metric: "CES",
            kind: "performance",
            question: ["How easy was it to move your payments?", "Wie einfach war es, Ihre Zahlungen umzuziehen?"],
            scale: "1-7",
            target: 6,
            direction: "higher",
            source: ["In-app survey after the switch", "Befragung in der App nach dem Kontowechsel"],
            owner: ["Product Owner Banking App", "Product Owner Banking-App"],
            frequency: MONTHLY,
          },
        },
      ],
      thoughts: [{ title: ["Did I forget a direct debit?", "Habe ich eine Lastschrift vergessen?"] }],
      emotions: [{ title: ["A little worried about my rent", "Etwas besorgt wegen meiner Miete"], emotion: -1 }],
      painPoints: [
        { title: ["I worry that my rent payment gets lost", "Ich fürchte, dass meine Mietzahlung verloren geht"] },
      ],
      opportunities: [
        {
          title: [
            "Show me every moved payment and what is still open",
            "Mir jede umgezogene Zahlung zeigen und was noch offen ist",
          ],
        },
      ],
      backstage: [
        {
          title: [
            "Account switching service informs payees and the old bank",
            "Kontowechselservice informiert Zahlungsempfänger und die alte Bank",
          ],
        },
      ],
    },
  ],
  path: ["compare", "apply", "ident", "wallet", "switch"],
};
