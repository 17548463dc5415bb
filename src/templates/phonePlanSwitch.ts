// Good-practice template: switching to a better phone plan online, keeping the number, with an eSIM.
import type { TemplateSpec } from "./spec";

const WEEKLY = ["weekly", "wöchentlich"] as const;
const MONTHLY = ["monthly", "monatlich"] as const;
const DIGITAL_SALES = ["Head of Digital Sales", "Leitung Digitaler Vertrieb"] as const;

export const phonePlanSwitch: TemplateSpec = {
  id: "phone-plan-switch",
  name: ["Phone plan switch", "Tarifwechsel Mobilfunk"],
  description: [
    "From noticing a bill that is too high to the first fair bill: switch online, keep the number, no gap.",
    "Von der zu hohen Rechnung bis zur ersten fairen Rechnung: online wechseln, Nummer behalten, ohne Lücke.",
  ],
  title: ["I switch to a phone plan that fits me", "Ich wechsle in einen Tarif, der zu mir passt"],
  scenario: [
    "Maya's contract ends next month. She wants a cheaper plan without losing her number.",
    "Mayas Vertrag endet nächsten Monat. Sie möchte einen günstigeren Tarif, ohne ihre Nummer zu verlieren.",
  ],
  owner: DIGITAL_SALES,
  persona: {
    name: ["Maya, 29", "Maya, 29"],
    segment: ["Price-aware digital natives", "Preisbewusste Digital Natives"],
    goals: [
      ["Pay less", "Weniger zahlen"],
      ["Keep my number", "Meine Nummer behalten"],
    ],
    expectations: [
      ["Clear prices", "Klare Preise"],
      ["Everything on my phone", "Alles auf dem Handy"],
    ],
  },
  stages: [
    {
      key: "st-notice",
      name: ["Notice a need", "Bedarf bemerken"],
      goal: ["I want a plan that fits my budget", "Ich möchte einen Tarif, der zu meinem Budget passt"],
      actions: [
        { title: ["I notice I pay for data I never use", "Ich merke, dass ich für Daten zahle, die ich nie nutze"] },
      ],
      touchpoints: [
        {
          key: "plancheck",
          title: [
            "I see a plan check with my real usage in my app",
            "Ich sehe in meiner App einen Tarif-Check mit meiner echten Nutzung",
          ],
          channel: "app",
          measurement: {
            metric: "custom",
            label: ["Found the plan check useful", "Tarif-Check hilfreich gefunden"],
            kind: "brand",
            question: ["Was the plan check useful to you?", "War der Tarif-Check für Sie hilfreich?"],
            scale: "%",
            target: 70,
            direction: "higher",
            source: ["In-app survey after the plan check", "Befragung in der App nach dem Tarif-Check"],
            owner: ["Product Owner Self-Service App", "Product Owner Self-Service-App"],
            frequency: WEEKLY,
          },
        },
      ],
      thoughts: [{ title: ["Am I paying too much?", "Zahle ich zu viel?"] }],
      emotions: [{ title: ["Annoyed about the price", "Verärgert über den Preis"], emotion: -1 }],
      painPoints: [{ title: ["I don't understand my bill", "Ich verstehe meine Rechnung nicht"] }],
      opportunities: [
        {
          title: [
            "Show me which plan fits my real usage before I start looking elsewhere",
            "Mir zeigen, welcher Tarif zu meiner Nutzung passt, bevor ich woanders suche",
          ],
        },
      ],
      backstage: [
        {
          title: [
            "Usage analytics flags customers on oversized plans",
            "Nutzungsanalyse markiert Kunden mit zu großen Tarifen",
          ],
        },
      ],
    },
    {
      key: "st-compare",
      name: ["Compare plans", "Tarife vergleichen"],
      goal: [
        "I want to see quickly which plan is right for me",
        "Ich möchte schnell sehen, welcher Tarif der richtige für mich ist",
      ],
      actions: [{ title: ["I compare three plans side by side", "Ich vergleiche drei Tarife nebeneinander"] }],
      touchpoints: [
        {
          key: "compare",
          title: [
            "I compare plans with all prices on the website",
            "Ich vergleiche Tarife mit allen Preisen auf der Website",
          ],
          channel: "web",
          measurement: {
            metric: "CES",
            kind: "performance",
            question: ["How easy was it to find the right plan?", "Wie einfach war es, den passenden Tarif zu finden?"],
            scale: "1-7",
            target: 6,
            direction: "higher",
            source: ["On-site survey", "Befragung auf der Website"],
            owner: DIGITAL_SALES,
            frequency: WEEKLY,
            observations: [{ date: "2026-10-31", value: 5.4, n: 1210 }],
          },
        },
      ],
      thoughts: [{ title: ["Can I keep my number?", "Kann ich meine Nummer behalten?"] }],
      emotions: [{ title: ["Curious", "Neugierig"], emotion: 1 }],
      painPoints: [
        { title: ["Small print hides the real monthly price", "Das Kleingedruckte versteckt den echten Monatspreis"] },
      ],
      opportunities: [
        {
          title: [
            "Show the total price for 24 months next to each plan",
            "Neben jedem Tarif den Gesamtpreis für 24 Monate zeigen",
          ],
        },
      ],
      backstage: [
        {
          title: [
            "Product team keeps plans and prices in one catalogue",
            "Produktteam pflegt Tarife und Preise in einem Katalog",
          ],
        },
      ],
    },
    {
      key: "st-switch",
      name: ["Switch online", "Online wechseln"],
      goal: [
        "I want to switch without surprises and keep my number",
        "Ich möchte ohne Überraschungen wechseln und meine Nummer behalten",
      ],
      actions: [
        {
          title: [
            "I order the new plan and ask to keep my number",
            "Ich bestelle den neuen Tarif und gebe an, dass ich meine Nummer mitnehme",
          ],
        },
      ],
      touchpoints: [
        {
          key: "order",
          title: [
            "I switch in five minutes and pick my switch date",
            "Ich wechsle in fünf Minuten und wähle meinen Wechseltermin",
          ],
          channel: "web",
          momentOfTruth: [
            "If switching feels risky, I stay with my old provider.",
            "Wenn sich der Wechsel riskant anfühlt, bleibe ich bei meinem alten Anbieter.",
          ],
          measurement: {
            metric: "CSAT",
            kind: "performance",
            question: [
              "How confident did you feel while switching?",
              "Wie sicher haben Sie sich beim Wechsel gefühlt?",
            ],
            scale: "1-5",
            target: 4.5,
            direction: "higher",
            source: ["Survey on the order confirmation page", "Befragung auf der Bestellbestätigungsseite"],
            owner: DIGITAL_SALES,
            frequency: WEEKLY,
            observations: [
              { date: "2026-09-30", value: 4.1, n: 530 },
              { date: "2026-10-31", value: 4.3, n: 560 },
            ],
          },
        },
      ],
      thoughts: [{ title: ["Hopefully I won't lose my number", "Hoffentlich verliere ich meine Nummer nicht"] }],
      emotions: [{ title: ["Confident", "Zuversichtlich"], emotion: 1 }],
      painPoints: [{ title: ["I fear a gap without mobile service", "Ich fürchte eine Lücke ohne Handyempfang"] }],
      opportunities: [
        {
          title: [
            "Promise a switch date without any gap and show it",
            "Einen Wechseltermin ohne Lücke versprechen und anzeigen",
          ],
        },
      ],
      backstage: [
        { title: ["Porting request is sent to the old provider", "Portierungsauftrag geht an den alten Anbieter"] },
      ],
    },
    {
      key: "st-esim",
      name: ["Get my eSIM", "eSIM erhalten"],
      goal: [
        "I want my new plan working on day one",
        "Ich möchte, dass mein neuer Tarif vom ersten Tag an funktioniert",
      ],
      actions: [{ title: ["I scan the code and activate my eSIM", "Ich scanne den Code und aktiviere meine eSIM"] }],
      touchpoints: [
        {
          key: "esim",
          title: [
            "I get my eSIM by email and activate it with one tap",
            "Ich bekomme meine eSIM per E-Mail und aktiviere sie mit einem Tipp",
          ],
          channel: "email",
          signatureInteraction: [
            "Activation in one tap: no shop, no plastic, no waiting.",
            "Aktivierung mit einem Tipp: kein Laden, kein Plastik, kein Warten.",
          ],
          measurement: {
            metric: "CES",
            kind: "brand",
            question: ["How easy was it to activate your eSIM?", "Wie einfach war es, Ihre eSIM zu aktivieren?"],
            scale: "1-7",
            target: 6.5,
            direction: "higher",
            source: ["Survey after activation", "Befragung nach der Aktivierung"],
            owner: ["Head of Activation", "Leitung Aktivierung"],
            frequency: WEEKLY,
          },
        },
      ],
      thoughts: [{ title: ["Will it really work?", "Klappt das wirklich?"] }],
      emotions: [{ title: ["Nervous", "Nervös"], emotion: -1 }],
      painPoints: [
        {
          title: [
            "I don't know when my old SIM stops working",
            "Ich weiß nicht, wann meine alte SIM aufhört zu funktionieren",
          ],
        },
      ],
      opportunities: [
        {
          title: [
            "Show a live status of my number moving in the app",
            "Den Umzug meiner Nummer live in der App anzeigen",
          ],
        },
      ],
      backstage: [
        { title: ["Network provisioning activates the eSIM profile", "Netzbereitstellung aktiviert das eSIM-Profil"] },
      ],
    },
    {
      key: "st-use",
      name: ["Use my new plan", "Neuen Tarif nutzen"],
      goal: [
        "I want to pay less and see no surprises on my bill",
        "Ich möchte weniger zahlen und keine Überraschungen auf der Rechnung sehen",
      ],
      actions: [{ title: ["I check my first bill", "Ich schaue mir meine erste Rechnung an"] }],
      touchpoints: [
        {
          key: "bill",
          title: [
            "I see my first bill in the app, exactly as promised",
            "Ich sehe meine erste Rechnung in der App, genau wie versprochen",
          ],
          channel: "app",
          measurement: {
            metric: "CSAT",
            kind: "performance",
            question: ["How clear is your first bill?", "Wie verständlich ist Ihre erste Rechnung?"],
            scale: "1-5",
            target: 4.4,
            direction: "higher",
            source: ["In-app survey", "Befragung in der App"],
            owner: ["Head of Billing", "Leitung Rechnungsstellung"],
            frequency: MONTHLY,
          },
        },
      ],
      thoughts: [{ title: ["Why didn't I do this earlier?", "Warum habe ich das nicht früher gemacht?"] }],
      emotions: [{ title: ["Happy to pay less", "Froh, weniger zu zahlen"], emotion: 2 }],
      backstage: [
        {
          title: [
            "Billing applies the new plan from the switch date",
            "Abrechnung stellt ab dem Wechseltermin auf den neuen Tarif um",
          ],
        },
      ],
    },
  ],
  path: ["plancheck", "compare", "order", "esim", "bill"],
};
