/**
 * JSON-RPC messages → bytes, as vscode-jsonrpc would write them
 * (`Buffer.from(JSON.stringify(message), 'utf-8')`), except that a
 * publishDiagnostics notification (or a pull-diagnostics answer) is put
 * together from each diagnostic's bytes, kept from the first time it was
 * sent. After a one-word edit the core hands on the same findings, and
 * `diagnosticsFor` the same diagnostic objects, for the findings before the
 * edit; a finding after it differs only in its offsets, and reuses its
 * predecessor's bytes up to them. So a publish of 600
 * diagnostics (about 340 KB) serialises only the few that are new instead of
 * the whole message.
 *
 * Only diagnostics passed to {@link keepEncoding} (which never change) are
 * kept (in a WeakMap: they go when the diagnostic goes); any other
 * diagnostic, and every other message, is serialised afresh.
 * The bytes are always exactly what `JSON.stringify` of the whole message gives.
 */
import type { Diagnostic } from 'vscode-languageserver';

const PUBLISH_DIAGNOSTICS = 'textDocument/publishDiagnostics';
/** Stands for the diagnostics array while the rest of the message is serialised (NUL is escaped in JSON, so it is easy to find; a message where it shows twice is left to JSON.stringify). */
const HOLE = '\u0000plain-ig:diagnostics\u0000';
const HOLE_JSON = JSON.stringify(HOLE);
const OPEN = Buffer.from('[');
const CLOSE = Buffer.from(']');

/**
 * A diagnostic's JSON bytes with a comma before them (`,{…}`), as it follows
 * another in the array, and where its offsets start (`[12,20]}}` ends it), or
 * 0 when it does not end with them.
 */
class Encoded {
  constructor(
    readonly bytes: Buffer,
    readonly offsetsAt: number,
  ) {}
}

/**
 * The bytes of each diagnostic that never changes: made the first time it is
 * sent (null until then). Diagnostics not here are serialised every time.
 */
const encoded = new WeakMap<object, Encoded | null>();

/**
 * Says that a diagnostic never changes, so its bytes can be kept once made.
 * @param diagnostic a diagnostic made by `toDiagnostic`, never changed after
 * @param movedFrom a diagnostic whose JSON differs from this one's only in `data.offsets` (its finding moved), if known:
 *   when its bytes were made, this one's are made now from them
 */
export function keepEncoding(diagnostic: Diagnostic, movedFrom?: Diagnostic): void {
  const before = movedFrom && encoded.get(movedFrom);
  const tail = before && before.offsetsAt > 0 ? offsetsTail(diagnostic) : undefined;
  if (!before || tail === undefined) {
    encoded.set(diagnostic, null);
    return;
  }
  const bytes = Buffer.allocUnsafe(before.offsetsAt + tail.length);
  before.bytes.copy(bytes, 0, 0, before.offsetsAt);
  bytes.write(tail, before.offsetsAt, 'latin1');
  encoded.set(diagnostic, new Encoded(bytes, before.offsetsAt));
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasToJson = (value: Json): boolean => typeof value['toJSON'] === 'function';

/**
 * The UTF-8 bytes of `JSON.stringify(message)`, exactly; a publishDiagnostics
 * notification reuses the bytes of diagnostics sent before.
 * @param message any JSON-RPC message (request, response or notification)
 */
export function encodeMessage(message: unknown): Buffer {
  return encodePublish(message) ?? Buffer.from(JSON.stringify(message, undefined, 0), 'utf-8');
}

/** `[start,end]}}`, the end of a diagnostic's JSON from its offsets on, or undefined when its offsets are not two whole numbers. */
function offsetsTail(diagnostic: Diagnostic): string | undefined {
  const offsets = (diagnostic.data as { offsets?: unknown } | undefined)?.offsets;
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every((n) => Number.isInteger(n))) return undefined;
  return `[${offsets[0]},${offsets[1]}]}}`;
}

/** A kept diagnostic's bytes, made now. */
function encode(diagnostic: object): Encoded {
  const json = `,${JSON.stringify(diagnostic)}`;
  const bytes = Buffer.from(json, 'utf-8');
  const tail = offsetsTail(diagnostic as Diagnostic);
  const made = new Encoded(bytes, tail !== undefined && json.endsWith(`"offsets":${tail}`) ? bytes.length - tail.length : 0);
  encoded.set(diagnostic, made);
  return made;
}

/** One element of the diagnostics array, with a comma before it unless `first` (`null` where JSON.stringify gives nothing, as in an array). */
function diagnosticBytes(diagnostic: unknown, first: boolean): Buffer {
  if (isObject(diagnostic)) {
    const kept = encoded.get(diagnostic);
    if (kept !== undefined) {
      const { bytes } = kept ?? encode(diagnostic);
      return first ? bytes.subarray(1) : bytes;
    }
  }
  const json = JSON.stringify(diagnostic) as string | undefined;
  return Buffer.from(`${first ? '' : ','}${json ?? 'null'}`, 'utf-8');
}

/**
 * Where a message carries a list of diagnostics: a publishDiagnostics
 * notification's `params.diagnostics`, or a pull-diagnostics answer's
 * `result.items` (any response with such a list: its other elements are
 * serialised afresh, so the bytes are the same whatever it is).
 */
function diagnosticsPlace(message: Json): 'params' | 'result' | undefined {
  if (message['method'] === PUBLISH_DIAGNOSTICS) return 'params';
  if ('id' in message && isObject(message['result']) && Array.isArray(message['result']['items'])) return 'result';
  return undefined;
}

/** A message with a list of diagnostics, from its parts, or undefined for any other message (or one of an unusual shape). */
function encodePublish(message: unknown): Buffer | undefined {
  if (!isObject(message) || hasToJson(message)) return undefined;
  const place = diagnosticsPlace(message);
  if (!place) return undefined;
  const key = place === 'params' ? 'diagnostics' : 'items';
  const holder = message[place];
  if (!isObject(holder) || hasToJson(holder)) return undefined;
  const diagnostics = holder[key];
  if (!Array.isArray(diagnostics)) return undefined;
  // toJSON is called with the element's index inside an array, but with '' on its own: leave such messages to JSON.stringify.
  if (diagnostics.some((diagnostic) => isObject(diagnostic) && hasToJson(diagnostic))) return undefined;
  // Spreading keeps the keys in their order, and JSON.stringify follows that order.
  const envelope = JSON.stringify({ ...message, [place]: { ...holder, [key]: HOLE } });
  const at = envelope.indexOf(HOLE_JSON);
  if (at < 0 || envelope.indexOf(HOLE_JSON, at + 1) >= 0) return undefined;
  const parts: Buffer[] = [Buffer.from(envelope.slice(0, at), 'utf-8'), OPEN];
  for (let i = 0; i < diagnostics.length; i++) parts.push(diagnosticBytes(diagnostics[i], i === 0));
  parts.push(CLOSE, Buffer.from(envelope.slice(at + HOLE_JSON.length), 'utf-8'));
  return Buffer.concat(parts);
}
