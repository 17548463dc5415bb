// Loads the export code (layout, renderers; PDFKit and fonts follow on a printed export) and tells a failure to
// fetch it, or its fonts, from any other failure: the first is a connection problem the person can act on.
type Exporter = typeof import("../../export/browser");

/** Layout, renderers and font metrics load with the first export or while the editor is idle, not with the editor. */
export function loadExporter(): Promise<Exporter> {
  return import("../../export/browser").catch((error: unknown) => {
    throw new ExportFetchError(error);
  });
}

/** The export code or a font it needs could not be fetched (mostly: the browser is offline). */
export class ExportFetchError extends Error {
  constructor(cause: unknown) {
    super("The export could not load its files.", { cause });
  }
}

/** Loads the export code once the page is idle, so exports that need nothing more (JSON, CSV) work offline later. */
export function warmExporter(): () => void {
  const warm = (): void => void loadExporter().catch(() => {});
  if (typeof window.requestIdleCallback !== "function") {
    const timer = setTimeout(warm, 2000);
    return () => clearTimeout(timer);
  }
  const handle = window.requestIdleCallback(warm, { timeout: 10000 });
  return () => window.cancelIdleCallback(handle);
}

// The browsers' words for a request that got no answer: Chromium, Firefox, Safari.
const FETCH_FAILED = /failed to fetch|networkerror|load failed|dynamically imported module|importing a module script/i;

/** The i18n key of a sentence for a failure to fetch what the export needs, or null for any other failure. */
export function reasonKeyOf(error: unknown): "exportMenu.offline" | null {
  if (error instanceof ExportFetchError) return "exportMenu.offline";
  if (error instanceof TypeError && FETCH_FAILED.test(error.message)) return "exportMenu.offline";
  return null;
}
