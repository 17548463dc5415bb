// The command line: validate, export, check, serve (placeholder until the format and server land).
export async function main(argv: string[]): Promise<number | undefined> {
  const [command] = argv;
  process.stderr.write(`outside-in: "${command ?? ""}" is not built yet.\n`);
  return 1;
}
