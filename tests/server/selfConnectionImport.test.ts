// POST /api/maps refuses a journey whose path leads from a card back to itself and names the connection.
import { api, phonePlan, startTestServer, type TestServer } from "./helpers";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.stop();
});

describe("POST /api/maps with a connection from a card to itself", () => {
  it("answers 400 with the connection's path", async () => {
    const file = phonePlan() as { journey: { connections: { id: string; from: string; to: string }[] } };
    const [first] = file.journey.connections;
    file.journey.connections.push({ id: "cn_loop", from: first!.to, to: first!.to });
    const at = file.journey.connections.length - 1;
    const res = await api(t.url, "/api/maps", { method: "POST", body: file });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: "This file is not a valid Outside-In journey: 1 problem.",
      issues: [
        { path: `journey.connections[${at}].to`, message: "a connection cannot lead from a card back to itself" },
      ],
    });
  });
});
