/**
 * The `--stdio` transport: what `createConnection()` sets up from the command
 * line, with one difference: messages are encoded by {@link encodeMessage},
 * so a publishDiagnostics after an edit reuses the JSON of the diagnostics it
 * sent before. The library still frames and writes every message
 * (`Content-Length` header, then the bytes), and the bytes are the same.
 */
import { format, inspect } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection, type MessageReader } from 'vscode-languageserver/node';
import { encodeMessage } from './encode-message.ts';

/** The library's JSON encoder with {@link encodeMessage} doing the work (UTF-8 only, as on stdio). */
const contentTypeEncoder = {
  name: 'application/json',
  // async: a message that cannot be encoded rejects, as the library's own encoder does.
  encode: async (message: unknown): Promise<Uint8Array> => encodeMessage(message),
};

/**
 * A language-server connection over stdin and stdout. As with `--stdio`, the
 * process exits when stdin ends, and `console` output goes to the editor's
 * log (window/logMessage) instead of stdout, which is the protocol's.
 */
export function stdioConnection(): Connection {
  const writer = new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder });
  // The library looks at input and output apart: given stdin as a stream it exits when stdin ends, as for --stdio, and it
  // takes a MessageWriter as the output. Its overloads only list like pairs, hence the cast.
  const input = process.stdin as unknown as MessageReader;
  const connection = createConnection(ProposedFeatures.all, input, writer);
  sendConsoleTo(connection);
  return connection;
}

/** Sends `console` output to the editor's log, as the library does for --stdio (stdout carries the protocol). */
function sendConsoleTo(connection: Connection): void {
  const remote = connection.console;
  const text = (args: unknown[]): string => format(...args);
  console.log = (...args: unknown[]) => remote.log(text(args));
  console.info = (...args: unknown[]) => remote.info(text(args));
  console.debug = (...args: unknown[]) => remote.log(text(args));
  console.warn = (...args: unknown[]) => remote.warn(text(args));
  console.error = (...args: unknown[]) => remote.error(text(args));
  console.trace = (...args: unknown[]) => remote.log(`Trace: ${text(args)}\n${(new Error().stack ?? '').split('\n').slice(2).join('\n')}`);
  console.dir = (value: unknown, options?: object) => remote.log(inspect(value, options));
}
