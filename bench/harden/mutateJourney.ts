// Seeded mutations of journey files: structural (drop, retype, duplicate, dangle, oversize, nest, poison keys,
// change format or version) on the parsed value, and textual (cut, flip, splice, BOM) on the JSON text.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ODD_VALUES: Json[] = [
  null,
  true,
  0,
  -1,
  2.5,
  1e308,
  "",
  " ",
  "x".repeat(6000),
  "<img src=x onerror=alert(1)>",
  "\u0000\u202e",
  [],
  {},
  [1, 2, 3],
  { id: "st_0" },
];

function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

function parentOf(root: Json, path: (string | number)[]): { parent: Json; key: string | number } | undefined {
  let node: Json = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, Json>)[key] ?? null;
  }
  const key = path[path.length - 1];
  return key === undefined || node === null || typeof node !== "object" ? undefined : { parent: node, key };
}

function structural(file: Json, random: () => number): Json {
  const root = structuredClone(file);
  const pick = (n: number) => Math.floor(random() * n);
  const all = paths(root).filter((p) => p.length > 0);
  const rounds = 1 + pick(3);
  for (let r = 0; r < rounds; r++) {
    const path = all[pick(all.length)];
    if (!path) break;
    const at = parentOf(root, path);
    if (!at) continue;
    const parent = at.parent as Record<string | number, Json>;
    const current = parent[at.key] ?? null;
    switch (pick(9)) {
      case 0:
        if (Array.isArray(parent)) parent.splice(Number(at.key), 1);
        else delete parent[at.key];
        break;
      case 1:
        parent[at.key] = ODD_VALUES[pick(ODD_VALUES.length)] ?? null;
        break;
      case 2:
        // Duplicate a record in its list (duplicate ids).
        if (Array.isArray(parent)) parent.push(structuredClone(current));
        break;
      case 3:
        // Point a reference at nothing.
        if (typeof current === "string") parent[at.key] = `${current}_gone`;
        break;
      case 4: {
        let deep: Json = current;
        for (let i = 0; i < 200 + pick(5000); i++) deep = [deep];
        parent[at.key] = deep;
        break;
      }
      case 5:
        if (!Array.isArray(parent)) {
          parent[["__proto__", "constructor", "prototype", "extra", "onload"][pick(5)] ?? "extra"] = { polluted: true };
        }
        break;
      case 6:
        if (typeof current === "number") parent[at.key] = [3, -3, 0.5, 1e21, -0][pick(5)] ?? 3;
        break;
      case 7:
        if (typeof current === "string") parent[at.key] = current.repeat(50 + pick(200));
        break;
      default:
        if (root && typeof root === "object" && !Array.isArray(root)) {
          const top = root as Record<string, Json>;
          if (pick(2) === 0) top["version"] = [0, 2, "1", 1.5, null][pick(5)] ?? 2;
          else top["format"] = ["outside-in.journey.v2", "", null][pick(3)] ?? "";
        }
    }
  }
  return root;
}

function textual(text: string, random: () => number): string {
  const pick = (n: number) => Math.floor(random() * n);
  const at = pick(text.length + 1);
  switch (pick(5)) {
    case 0:
      return text.slice(0, at);
    case 1:
      return text.slice(0, at) + String.fromCharCode(pick(0x3000)) + text.slice(at + 1);
    case 2:
      return text.slice(0, at) + text.slice(at, at + pick(200)) + text.slice(at);
    case 3:
      return `\uFEFF${text}`;
    default:
      return text.slice(0, at) + ["{", "}", "[", "]", ",", '"', ":", "\\"][pick(8)] + text.slice(at);
  }
}

/** One mutated journey file as the text a person would upload. */
export function mutateJourney(file: unknown, random: () => number): string {
  const roll = random();
  if (roll < 0.05) return JSON.stringify(file);
  if (roll < 0.7) return JSON.stringify(structural(file as Json, random));
  return textual(JSON.stringify(file, null, random() < 0.5 ? 2 : 0), random);
}
