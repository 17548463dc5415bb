// Good-practice template: buying shoes online and sending back what does not fit, without printer or fees.
import type { TemplateSpec } from "./spec";

const WEEKLY = ["weekly", "wöchentlich"] as const;
const MONTHLY = ["monthly", "monatlich"] as const;
const ECOMMERCE = ["Head of E-Commerce", "Leitung E-Commerce"] as const;

export const onlinePurchaseReturn: TemplateSpec = {
  id: "online-purchase-return",
  name: ["Online purchase with return", "Online-Kauf mit Rücksendung"],
  description: [
    "From finding the right size to the refund: order with confidence, return with a QR code, money back fast.",
    "Von der passenden Größe bis zur Erstattung: sicher bestellen, mit QR-Code zurückschicken, Geld schnell zurück.",
  ],
  title: ["I buy shoes online and return a pair", "Ich kaufe Schuhe online und schicke ein Paar zurück"],
  scenario: [
    "Lena orders running shoes in two sizes because she is unsure which one fits. One pair goes back.",
    "Lena bestellt Laufschuhe in zwei Größen, weil sie unsicher ist, welche passt. Ein Paar geht zurück.",
  ],
  owner: ECOMMERCE,
  persona: {
    name: ["Lena, 34", "Lena, 34"],
    segment: ["Busy online shopper", "Vielbeschäftigte Online-Käuferin"],
    goals: [
      ["Get shoes that fit", "Schuhe bekommen, die passen"],
      ["Return without effort", "Ohne Aufwand zurückschicken"],
    ],
    expectations: [
      ["Free and simple returns", "Kostenlose und einfache Rücksendung"],
      ["My money back within days", "Mein Geld in wenigen Tagen zurück"],
    ],
  },
  stages: [
    {
      key: "st-find",
      name: ["Find the right product", "Das richtige Produkt finden"],
      goal: ["I want to find shoes that fit me", "Ich möchte Schuhe finden, die mir passen"],
      actions: [
        { title: ["I browse running shoes and read reviews", "Ich stöbere nach Laufschuhen und lese Bewertungen"] },
      ],
      touchpoints: [
        {
          key: "advisor",
          title: [
            "I find my size with the size advisor on the website",
            "Ich finde meine Größe mit der Größenberatung auf der Website",
          ],
          channel: "web",
          measurement: {
            metric: "CSAT",
            kind: "performance",
            question: ["How sure are you that the size will fit?", "Wie sicher sind Sie, dass die Größe passt?"],
            scale: "1-5",
            target: 4.2,
            direction: "higher",
            source: ["On-site survey", "Befragung auf der Website"],
            owner: ["Product Owner Size Advice", "Product Owner Größenberatung"],
            frequency: WEEKLY,
          },
        },
      ],
      thoughts: [{ title: ["Will this size fit me?", "Passt mir diese Größe?"] }],
      emotions: [{ title: ["Curious", "Neugierig"], emotion: 1 }],
      painPoints: [{ title: ["Sizes differ from brand to brand", "Größen fallen je nach Marke unterschiedlich aus"] }],
      opportunities: [
        {
          title: ["Recommend my size from my earlier orders", "Meine Größe aus meinen früheren Bestellungen empfehlen"],
        },
      ],
      backstage: [
        {
          title: [
            "Product data team maintains size charts per brand",
            "Produktdatenteam pflegt Größentabellen je Marke",
          ],
        },
      ],
    },
    {
      key: "st-order",
      name: ["Order and pay", "Bestellen und bezahlen"],
      goal: ["I want to pay safely in a few clicks", "Ich möchte mit wenigen Klicks sicher bezahlen"],
      actions: [{ title: ["I order two sizes and pay", "Ich bestelle zwei Größen und bezahle"] }],
      touchpoints: [
        {
          key: "checkout",
          title: [
            "I pay with my usual payment method at checkout",
            "Ich bezahle an der Kasse mit meiner gewohnten Zahlungsart",
          ],
          channel: "web",
          measurement: {
            metric: "CES",
            kind: "performance",
            question: ["How easy was it to complete your order?", "Wie einfach war es, Ihre Bestellung abzuschließen?"],
            scale: "1-7",
            target: 6.2,
            direction: "higher",
            source: ["Survey on the confirmation page", "Befragung auf der Bestätigungsseite"],
            owner: ECOMMERCE,
            frequency: WEEKLY,
            observations: [{ date: "2026-10-31", value: 6.0, n: 2300 }],
          },
        },
      ],
      thoughts: [{ title: ["Good, returns are free", "Gut, die Rücksendung ist kostenlos"] }],
      emotions: [{ title: ["Confident", "Zuversichtlich"], emotion: 1 }],
      backstage: [
        { title: ["Payment provider authorises the payment", "Zahlungsdienstleister autorisiert die Zahlung"] },
      ],
    },
    {
      key: "st-delivery",
      name: ["Receive my parcel", "Paket erhalten"],
      goal: ["I want to know when my parcel arrives", "Ich möchte wissen, wann mein Paket ankommt"],
      actions: [
        { title: ["I follow my parcel and try on the shoes", "Ich verfolge mein Paket und probiere die Schuhe an"] },
      ],
      touchpoints: [
        {
          key: "tracking",
          title: [
            "I get an email with a one-hour delivery window",
            "Ich bekomme eine E-Mail mit einem Lieferfenster von einer Stunde",
          ],
          channel: "email",
          measurement: {
            metric: "CSAT",
            kind: "performance",
            question: [
              "How well did you know when your parcel would arrive?",
              "Wie gut wussten Sie, wann Ihr Paket ankommt?",
            ],
            scale: "1-5",
            target: 4.3,
            direction: "higher",
            source: ["Survey in the delivery email", "Befragung in der Liefer-E-Mail"],
            owner: ["Head of Logistics", "Leitung Logistik"],
            frequency: WEEKLY,
          },
        },
        {
          key: "parcel",
          title: ["I receive the parcel at my door", "Ich nehme das Paket an meiner Haustür entgegen"],
          channel: "partner",
          measurement: {
            metric: "custom",
            label: ["Delivered in the promised window", "Im versprochenen Zeitfenster geliefert"],
            kind: "performance",
            question: ["Did your parcel arrive in the promised window?", "Kam Ihr Paket im versprochenen Zeitfenster?"],
            scale: "%",
            target: 92,
            direction: "higher",
            source: ["Carrier delivery scans", "Zustellscans des Paketdienstes"],
            owner: ["Head of Logistics", "Leitung Logistik"],
            frequency: WEEKLY,
          },
        },
      ],
      thoughts: [{ title: ["Will I be home when it comes?", "Bin ich zu Hause, wenn es kommt?"] }],
      emotions: [{ title: ["Excited", "Vorfreude"], emotion: 2 }],
      painPoints: [
        { title: ["I am not at home when the courier comes", "Ich bin nicht zu Hause, wenn der Bote kommt"] },
      ],
      opportunities: [
        {
          title: [
            "Let me choose a safe place or a parcel locker",
            "Mich einen Ablageort oder eine Packstation wählen lassen",
          ],
        },
      ],
      backstage: [
        {
          title: [
            "Warehouse picks and packs the order; carrier gets the shipping data",
            "Lager kommissioniert und verpackt; Paketdienst erhält die Versanddaten",
          ],
        },
      ],
    },
    {
      key: "st-return",
      name: ["Return what does not fit", "Zurückschicken, was nicht passt"],
      goal: [
        "I want to return the other pair without printing or paying",
        "Ich möchte das andere Paar zurückschicken, ohne zu drucken oder zu zahlen",
      ],
      actions: [{ title: ["I pack the shoes that don't fit", "Ich packe die Schuhe ein, die nicht passen"] }],
      touchpoints: [
        {
          key: "qr",
          title: [
            "I start the return in the app and get a QR code",
            "Ich starte die Rücksendung in der App und bekomme einen QR-Code",
          ],
          channel: "app",
          signatureInteraction: [
            "Return with a QR code: no printer, no label, no form.",
            "Rücksendung mit QR-Code: kein Drucker, kein Etikett, kein Formular.",
          ],
          measurement: {
            metric: "CES",
            kind: "brand",
            question: ["How easy was it to start your return?", "Wie einfach war es, die Rücksendung zu starten?"],
            scale: "1-7",
            target: 6.5,
            direction: "higher",
            source: ["In-app survey", "Befragung in der App"],
            owner: ["Head of Returns", "Leitung Retouren"],
            frequency: WEEKLY,
          },
        },
        {
          key: "dropoff",
          title: [
            "I hand in the parcel at a parcel shop on my way",
            "Ich gebe das Paket unterwegs in einem Paketshop ab",
          ],
          channel: "partner",
          measurement: {
            metric: "CSAT",
            kind: "performance",
            question: [
              "How satisfied are you with handing in your return?",
              "Wie zufrieden sind Sie mit der Abgabe Ihrer Rücksendung?",
            ],
            scale: "1-5",
            target: 4.2,
            direction: "higher",
            source: ["Survey in the return confirmation email", "Befragung in der Rücksende-Bestätigung"],
            owner: ["Head of Returns", "Leitung Retouren"],
            frequency: MONTHLY,
          },
        },
      ],
      thoughts: [{ title: ["Will I really get my money back?", "Bekomme ich mein Geld wirklich zurück?"] }],
      emotions: [
        { title: ["Disappointed that the shoes don't fit", "Enttäuscht, dass die Schuhe nicht passen"], emotion: -1 },
      ],
      painPoints: [{ title: ["I have to make a trip to a parcel shop", "Ich muss extra zu einem Paketshop"] }],
      opportunities: [
        {
          title: [
            "Offer an exchange for the right size in the same step",
            "Im selben Schritt einen Umtausch in die richtige Größe anbieten",
          ],
        },
        { title: ["Offer a pick-up at my door", "Eine Abholung an meiner Tür anbieten"] },
      ],
      backstage: [
        {
          title: [
            "Carrier scan notifies the returns centre",
            "Scan des Paketdienstes meldet die Retoure an das Retourenzentrum",
          ],
        },
      ],
    },
    {
      key: "st-refund",
      name: ["Get my money back", "Geld zurückbekommen"],
      goal: ["I want my money back quickly", "Ich möchte mein Geld schnell zurück"],
      actions: [{ title: ["I look at my account for the refund", "Ich schaue auf meinem Konto nach der Erstattung"] }],
      touchpoints: [
        {
          key: "refund",
          title: ["I get an email as soon as my money is back", "Ich bekomme eine E-Mail, sobald mein Geld zurück ist"],
          channel: "email",
          momentOfTruth: [
            "How fast I get my money back decides whether I order here again.",
            "Wie schnell ich mein Geld zurückbekomme, entscheidet, ob ich hier wieder bestelle.",
          ],
          measurement: {
            metric: "custom",
            label: ["Days from hand-in to refund", "Tage von Abgabe bis Erstattung"],
            kind: "performance",
            question: [
              "How many days after handing in the parcel did you wait for your money?",
              "Wie viele Tage nach der Abgabe des Pakets haben Sie auf Ihr Geld gewartet?",
            ],
            scale: "days",
            target: 3,
            direction: "lower",
            source: ["Carrier scan and payment records", "Paketscan und Zahlungsdaten"],
            owner: ["Head of Returns", "Leitung Retouren"],
            frequency: WEEKLY,
            observations: [
              { date: "2026-09-30", value: 5.1, n: 4100 },
              { date: "2026-10-31", value: 3.8, n: 3950 },
            ],
          },
        },
      ],
      thoughts: [{ title: ["That was quick, I'll order here again", "Das ging schnell, ich bestelle hier wieder"] }],
      emotions: [{ title: ["Relieved", "Erleichtert"], emotion: 1 }],
      backstage: [
        {
          title: [
            "Refund is triggered on the carrier scan, before the goods are checked",
            "Erstattung wird beim Paketscan ausgelöst, noch vor der Warenprüfung",
          ],
        },
      ],
    },
  ],
  path: ["advisor", "checkout", "tracking", "parcel", "qr", "dropoff", "refund"],
};
