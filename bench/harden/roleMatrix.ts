// Role matrix: every credential (owner, editor, commenter, viewer, a rotated link, an unknown token, none, a right
// token from a foreign origin) × map and comments document × own map and another map (where these tokens mean
// nothing) × every message type; then the HTTP calls that need a role. Counts every change applied that the role
// may not make, and every presence one connection forges for another.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as Y from "yjs";
import * as encoding from "lib0/encoding";
import { createMapOn, type CreatedMap } from "../lib/maps";
import { awarenessFrame, frame, MSG, rawClient, step1Frame, step2Frame, until, updateFrame } from "../lib/rawClient";
import { startOurs } from "../lib/servers";
import { whenSocket } from "./whenSocket";

export interface RoleMatrixResult {
  cases: number;
  httpCases: number;
  unauthorised: string[];
  /** Allowed changes that did not arrive: the matrix would be blind without them. */
  missingAllowed: string[];
}

const KINDS = ["step2", "update", "step1", "awarenessOwn", "awarenessOther", "queryAwareness", "auth", "unknown"];
const CHANGES = new Set(["step2", "update"]);
const VICTIM_ID = 777_001;

function change(marker: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap("probe").set(marker, marker);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

function message(kind: string, marker: string): Uint8Array {
  switch (kind) {
    case "step2":
      return step2Frame(change(marker));
    case "update":
      return updateFrame(change(marker));
    case "step1":
      return step1Frame();
    case "awarenessOwn":
      return awarenessFrame(900_000 + Math.floor(Math.random() * 1000), 1, { user: { name: marker } });
    case "awarenessOther":
      return awarenessFrame(VICTIM_ID, 99, { user: { name: `SPOOF ${marker}` } });
    case "queryAwareness":
      return frame((e) => encoding.writeVarUint(e, MSG.queryAwareness));
    case "auth":
      return frame((e) => {
        encoding.writeVarUint(e, MSG.auth);
        encoding.writeVarUint(e, 0);
        encoding.writeVarString(e, marker);
      });
    default:
      return frame((e) => encoding.writeVarUint(e, 7));
  }
}

async function markersIn(wsUrl: string, room: string, token: string): Promise<Set<string>> {
  const doc = new Y.Doc();
  const reader = rawClient(wsUrl, room, {
    token,
    onUpdate: (u, how) => {
      if (how === "step2") Y.applyUpdate(doc, u);
    },
  });
  await whenSocket(reader.ws, () => reader.synced, 5000, `a reader of ${room}`);
  reader.ws.terminate();
  const keys = new Set(doc.getMap("probe").keys());
  doc.destroy();
  return keys;
}

/** The browser the owner opened a thread from: its author key, which no credential below sends. */
const OWNER_BROWSER = { "X-Author-Key": "owner-browser-secret-0001" };

export async function runRoleMatrix(): Promise<RoleMatrixResult> {
  const dataDir = await mkdtemp(join(tmpdir(), "outside-in-harden-roles-"));
  const server = await startOurs(dataDir);
  const unauthorised: string[] = [];
  const missingAllowed: string[] = [];
  try {
    const a = await createMapOn(server.url, { title: "Map A" });
    const b = await createMapOn(server.url, { title: "Map B" });
    const rotatedEdit = a.tokens.edit;
    const rotated = await fetch(`${server.url}/api/maps/${a.id}/links/edit/rotate`, {
      method: "POST",
      headers: { Authorization: `Bearer ${a.tokens.owner}` },
    });
    if (rotated.status !== 200) throw new Error(`Rotating the edit link answered ${rotated.status}.`);
    const newEdit = ((await rotated.json()) as { token: string }).token;
    const creds: { name: string; token?: string; origin?: string; writes: boolean }[] = [
      { name: "owner", token: a.tokens.owner, writes: true },
      { name: "editor", token: newEdit, writes: true },
      { name: "commenter", token: a.tokens.comment, writes: false },
      { name: "viewer", token: a.tokens.view, writes: false },
      { name: "rotated-editor", token: rotatedEdit, writes: false },
      { name: "unknown", token: "tok_" + "x".repeat(40), writes: false },
      { name: "none", writes: false },
      { name: "foreign-origin-owner", token: a.tokens.owner, origin: "https://evil.example", writes: false },
    ];

    // A victim on each document whose presence a spoofer tries to overwrite, and who sees every awareness frame.
    const spoofSeen: string[] = [];
    const victims = [a.id, `${a.id}/comments`].map((room) => {
      const victim = rawClient(server.wsUrl, room, { token: a.tokens.view });
      victim.ws.on("message", (data: Buffer) => {
        if (data.includes("SPOOF")) spoofSeen.push(room);
      });
      return victim;
    });
    await until(() => victims.every((v) => v.synced), 5000, "the victims");
    for (const v of victims) v.sendAwareness(VICTIM_ID, 1, { user: { name: "Victim" } });

    let cases = 0;
    const expected = new Map<string, Set<string>>();
    for (const target of [a, b] as CreatedMap[]) {
      for (const doc of ["main", "comments"] as const) {
        const room = doc === "main" ? target.id : `${target.id}/comments`;
        const allowed = new Set<string>();
        expected.set(room, allowed);
        for (const cred of creds) {
          for (const kind of KINDS) {
            cases++;
            const marker = `${cred.name}|${target === a ? "own" : "other"}|${doc}|${kind}`;
            if (cred.writes && target === a && doc === "main" && CHANGES.has(kind)) allowed.add(marker);
            const client = rawClient(server.wsUrl, room, {
              ...(cred.token ? { token: cred.token } : {}),
              ...(cred.origin ? { origin: cred.origin } : {}),
            });
            await whenSocket(client.ws, () => client.synced || client.ws.readyState === client.ws.CLOSED, 5000, marker);
            if (client.ws.readyState === client.ws.OPEN) {
              client.send(message(kind, marker));
              // A step 1 after it: its answer means the server has read the message before.
              client.send(step1Frame());
              const frames = client.received.frames;
              await whenSocket(
                client.ws,
                () => client.received.frames > frames || client.ws.readyState === client.ws.CLOSED,
                5000,
                `${marker} read`,
              ).catch(() => {});
            }
            client.ws.terminate();
          }
        }
      }
    }
    for (const [room, allowed] of expected) {
      const present = await markersIn(server.wsUrl, room, room.startsWith(a.id) ? a.tokens.owner : b.tokens.owner);
      for (const m of present) if (!allowed.has(m)) unauthorised.push(`${room}: ${m}`);
      for (const m of allowed) if (!present.has(m)) missingAllowed.push(`${room}: ${m}`);
    }
    for (const room of spoofSeen) unauthorised.push(`${room}: a spoofed presence reached the victim`);
    for (const v of victims) v.ws.terminate();

    // HTTP: rotating a link needs the owner; comments need owner, editor or commenter, and resolving someone else's
    // thread the owner. The token decides, whatever the Origin (a script may call the API), but no answer may
    // invite a foreign page to read it (CORS).
    const threads = new Map<string, string>();
    for (const m of [a, b]) {
      const opened = await fetch(`${server.url}/api/maps/${m.id}/comments`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${m.tokens.owner}`, ...OWNER_BROWSER },
        body: JSON.stringify({ anchor: { kind: "map" }, text: "The owner's own thread", author: "Owner" }),
      });
      if (opened.status !== 201) throw new Error(`Opening the owner's thread answered ${opened.status}.`);
      threads.set(m.id, ((await opened.json()) as { id: string }).id);
    }
    // A version of each map to restore: saved by its owner from the owner's browser.
    const versions = new Map<string, string>();
    for (const m of [a, b]) {
      const saved = await fetch(`${server.url}/api/maps/${m.id}/versions`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${m.tokens.owner}` },
        body: JSON.stringify({ name: "The owner's version" }),
      });
      if (saved.status !== 201) throw new Error(`Saving the owner's version answered ${saved.status}.`);
      versions.set(m.id, ((await saved.json()) as { id: string }).id);
    }
    let httpCases = 0;
    for (const cred of creds) {
      const headers: Record<string, string> = { "Content-Type": "application/json" };
      if (cred.token) headers["Authorization"] = `Bearer ${cred.token}`;
      if (cred.origin) headers["Origin"] = cred.origin;
      for (const target of [a, b]) {
        const own = target === a;
        httpCases++;
        const rotate = await fetch(`${server.url}/api/maps/${target.id}/links/view/rotate`, {
          method: "POST",
          headers,
        });
        const mayRotate = own && cred.name.endsWith("owner");
        const cors = rotate.headers.get("access-control-allow-origin");
        if (cors === "*" || (cred.origin && cors === cred.origin)) unauthorised.push(`CORS for ${cred.origin ?? "*"}`);
        if (rotate.status === 200 && !mayRotate)
          unauthorised.push(`rotate ${target === a ? "own" : "other"}: ${cred.name}`);
        httpCases++;
        const comment = await fetch(`${server.url}/api/maps/${target.id}/comments`, {
          method: "POST",
          headers,
          body: JSON.stringify({ anchor: { kind: "map" }, text: `by ${cred.name}`, author: cred.name }),
        });
        const mayComment = own && ["owner", "editor", "commenter", "foreign-origin-owner"].includes(cred.name);
        if (comment.status === 201 && !mayComment)
          unauthorised.push(`comment ${target === a ? "own" : "other"}: ${cred.name}`);
        if (comment.status !== 201 && mayComment && !cred.name.endsWith("owner"))
          missingAllowed.push(`comment own: ${cred.name} answered ${comment.status}`);
        httpCases++;
        const thread = `${server.url}/api/maps/${target.id}/comments/${threads.get(target.id) ?? ""}`;
        const resolve = await fetch(thread, { method: "PATCH", headers, body: JSON.stringify({ resolved: true }) });
        const mayResolve = own && cred.name.endsWith("owner");
        if (resolve.status === 200 && !mayResolve)
          unauthorised.push(`resolve another's thread ${own ? "own" : "other"}: ${cred.name}`);
        if (resolve.status !== 200 && mayResolve && cred.name === "owner")
          missingAllowed.push(`resolve own: ${cred.name} answered ${resolve.status}`);
        const reopened = await fetch(thread, {
          method: "PATCH",
          headers: { "Content-Type": "application/json", Authorization: `Bearer ${target.tokens.owner}` },
          body: JSON.stringify({ resolved: false }),
        });
        if (reopened.status !== 200) throw new Error(`Reopening the owner's thread answered ${reopened.status}.`);
        // Versions: listing, saving and restoring need the owner or an editor, and saving and restoring a page of
        // this server (a foreign page may not change a map, whatever its token).
        const versionsUrl = `${server.url}/api/maps/${target.id}/versions`;
        const mayRead = own && ["owner", "editor", "foreign-origin-owner"].includes(cred.name);
        const mayChange = own && ["owner", "editor"].includes(cred.name);
        httpCases++;
        const list = await fetch(versionsUrl, { headers });
        if (list.status === 200 && !mayRead) unauthorised.push(`list versions ${own ? "own" : "other"}: ${cred.name}`);
        if (list.status !== 200 && mayRead)
          missingAllowed.push(`list versions own: ${cred.name} answered ${list.status}`);
        httpCases++;
        const save = await fetch(versionsUrl, {
          method: "POST",
          headers,
          body: JSON.stringify({ name: `by ${cred.name}` }),
        });
        if (save.status === 201 && !mayChange)
          unauthorised.push(`save a version ${own ? "own" : "other"}: ${cred.name}`);
        if (save.status !== 201 && mayChange)
          missingAllowed.push(`save a version own: ${cred.name} answered ${save.status}`);
        httpCases++;
        const restore = await fetch(`${versionsUrl}/${versions.get(target.id) ?? ""}/restore`, {
          method: "POST",
          headers,
        });
        if (restore.status === 200 && !mayChange) unauthorised.push(`restore ${own ? "own" : "other"}: ${cred.name}`);
        if (restore.status !== 200 && mayChange)
          missingAllowed.push(`restore own: ${cred.name} answered ${restore.status}`);
      }
    }
    return { cases, httpCases, unauthorised, missingAllowed };
  } finally {
    await server.stop("SIGKILL");
    await rm(dataDir, { recursive: true, force: true });
  }
}
