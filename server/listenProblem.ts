// Why the server could not listen, as a sentence that says what to change (PORT or HOST), instead of Node's
// "listen EADDRINUSE: address already in use 127.0.0.1:8080".

/** The sentence for an error from listening on host:port, or undefined for any other error. */
export function listenProblem(error: unknown, host: string, port: number): string | undefined {
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  switch (code) {
    case "EADDRINUSE":
      return `Port ${port} on ${host} is already in use: stop what runs there, or set PORT to a free port.`;
    case "EACCES":
    case "EPERM":
      return `Listening on port ${port} is not allowed for this user (ports below 1024 usually need more rights): set PORT to a port from 1024 up.`;
    case "EADDRNOTAVAIL":
      return `HOST ${host} is not an address of this machine: set HOST to one of its addresses, such as 127.0.0.1 or 0.0.0.0.`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EAI_NONAME":
      return `HOST "${host}" is not an address or a name this machine can find: set HOST to an address such as 127.0.0.1 or 0.0.0.0.`;
    default:
      return undefined;
  }
}
