// What PDFKit is given to read: the signature of every font file registered while a callback runs.
import PDFDocument from "pdfkit";

/** "sfnt" for an unpacked TrueType font, "woff" for a WOFF file, "other" for anything else. */
const kindOf = (src: unknown): string => {
  if (!(src instanceof Uint8Array)) return "other";
  const head = Buffer.from(src.subarray(0, 4)).toString("hex");
  return head === "00010000" ? "sfnt" : head === "774f4646" ? "woff" : "other";
};

export async function fontsGivenTo(run: () => Promise<unknown>): Promise<string[]> {
  const spy = vi.spyOn(PDFDocument.prototype, "registerFont");
  try {
    await run();
    return spy.mock.calls.map((call) => kindOf(call[1]));
  } finally {
    spy.mockRestore();
  }
}
