// Calls to the versions endpoints with this page's token: the list, saving, a version's file and restoring.
// Answers are parsed; a refusal keeps the server's own sentence.
import { z } from "zod";

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
const errorSchema = z.object({ error: z.string().min(1).max(2000) });

/** Why a call failed: no answer (network), a refusal with the server's sentence, or an answer not understood. */
export class VersionsError extends Error {
  constructor(
    readonly kind: "network" | "refused" | "answer",
    readonly status = 0,
    readonly serverSentence = "",
  ) {
    super(serverSentence || `${kind} (HTTP ${status})`);
  }
}

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

  async function request(method: string, path: string, body?: unknown): Promise<Response> {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(base + path, {
        method,
        headers: {
          Authorization: `Bearer ${options.token}`,
          ...(body !== undefined ? { "Content-Type": "application/json" } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch {
      throw new VersionsError("network");
    }
    if (!response.ok) {
      const error = errorSchema.safeParse(await response.json().catch(() => null));
      throw new VersionsError("refused", response.status, error.success ? error.data.error : "");
    }
    return response;
  }

  async function json<T>(schema: z.ZodType<T>, response: Response): Promise<T> {
    const parsed = schema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) throw new VersionsError("answer", response.status);
    return parsed.data;
  }

  const withBy = (by: string | undefined) => (by !== undefined && by.trim() !== "" ? { by: by.trim() } : {});

  return {
    list: async () => (await json(listSchema, await request("GET", ""))).versions,
    save: async (name, by) => json(versionSchema, await request("POST", "", { name, ...withBy(by) })),
    async download(id) {
      const response = await request("GET", `/${encodeURIComponent(id)}`);
      const fileName = fileNameOf(response.headers.get("content-disposition"), "journey.json");
      return { blob: await response.blob(), fileName };
    },
    restore: async (id, by) =>
      json(restoredSchema, await request("POST", `/${encodeURIComponent(id)}/restore`, withBy(by))),
  };
}
