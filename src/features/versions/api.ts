// Calls to the versions endpoints with this page's token: the list, saving, a version's file and restoring.
// Answers are parsed; a failed call rejects with a ServerCallError, a refusal keeping the server's own sentence.
import { z } from "zod";
import { answerOf, callServer, tokenRequest } from "../../sync/serverCall";

const versionSchema = z.object({
  id: z.string().min(1).max(100),
  createdAt: z.string().min(1).max(100),
  name: z.string().max(1000).optional(),
  kind: z.enum(["created", "auto", "named", "beforeRestore"]),
  by: z.string().max(1000).optional(),
  cards: z.number(),
  bytes: z.number(),
  restoring: z.object({ id: z.string(), createdAt: z.string(), name: z.string().max(1000).optional() }).optional(),
});
export type Version = z.infer<typeof versionSchema>;

const listSchema = z.object({ versions: z.array(versionSchema) });
const restoredSchema = z.object({ restored: versionSchema, saved: versionSchema });

export interface VersionsApi {
  list(): Promise<Version[]>;
  save(name: string, by?: string): Promise<Version>;
  /** The version's journey file and the name the server gives it. */
  download(id: string): Promise<{ blob: Blob; fileName: string }>;
  restore(id: string, by?: string): Promise<{ restored: Version; saved: Version }>;
}

/** The file name a Content-Disposition header gives, preferring the exact UTF-8 one. */
export function fileNameOf(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (utf8) {
    try {
      return decodeURIComponent(utf8);
    } catch {
      // the ASCII name below
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

export function versionsApi(options: { mapId: string; token: string; fetch?: typeof fetch }): VersionsApi {
  const base = `/api/maps/${encodeURIComponent(options.mapId)}/versions`;

  const request = (method: string, path: string, body?: unknown): Promise<Response> =>
    callServer(base + path, tokenRequest(method, options.token, body), options.fetch);

  const withBy = (by: string | undefined) => (by !== undefined && by.trim() !== "" ? { by: by.trim() } : {});

  return {
    list: async () => (await answerOf(listSchema, await request("GET", ""))).versions,
    save: async (name, by) => answerOf(versionSchema, await request("POST", "", { name, ...withBy(by) })),
    async download(id) {
      const response = await request("GET", `/${encodeURIComponent(id)}`);
      const fileName = fileNameOf(response.headers.get("content-disposition"), "journey.json");
      return { blob: await response.blob(), fileName };
    },
    restore: async (id, by) =>
      answerOf(restoredSchema, await request("POST", `/${encodeURIComponent(id)}/restore`, withBy(by))),
  };
}
