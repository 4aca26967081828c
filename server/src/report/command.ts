/** `plain-ig report` (being built: issue 8). */
export async function runReport(_argv: string[], _out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  err.write('plain-ig: report is not built yet\n');
  return 2;
}
