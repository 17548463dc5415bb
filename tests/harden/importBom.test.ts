// Found by the import fuzz: a journey file saved with a byte order mark passes `validate`, so POST /api/maps
// must take it too rather than call it "not valid JSON".
import { afterEach, describe, expect, it } from "vitest";
import { parseJourneyText } from "../../src/format";
import { api, phonePlan, startTestServer, type TestServer } from "../server/helpers";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

describe("a journey file with a byte order mark", () => {
  it("is accepted by validate and by POST /api/maps alike", async () => {
    const text = `\uFEFF${JSON.stringify(phonePlan())}`;
    expect(parseJourneyText(text).ok).toBe(true);
    server = await startTestServer();
    const res = await api(server.url, "/api/maps", { method: "POST", body: text });
    expect(res.status).toBe(201);
  });
});
