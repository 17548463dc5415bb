// The reference y-websocket server (setupWSConnection of @y/websocket-server 0.1.1, the server of y-websocket 1.x,
// on yjs 13) without persistence, on a free loopback port; documents are named by the path after /ws/.
import { createServer } from "node:http";
import { WebSocketServer } from "ws";
import { setupWSConnection } from "@y/websocket-server/utils";

const server = createServer((_req, res) => {
  res.writeHead(200, { "Content-Type": "text/plain" });
  res.end("reference y-websocket server\n");
});
const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
server.on("upgrade", (req, socket, head) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  const docName = decodeURIComponent(url.pathname.replace(/^\/ws\//, ""));
  wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req, { docName }));
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  console.log(`Reference server running at http://127.0.0.1:${port}`);
});
process.on("SIGTERM", () => process.exit(0));
