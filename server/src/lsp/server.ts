/** The language server (being built: issue 3). */
export function startServer(): void {
  process.stderr.write('plain-ig: the language server is not built yet\n');
  process.exitCode = 2;
}
