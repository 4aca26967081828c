/**
 * The server's own encoding of messages (encode-message.ts, stdio.ts) must
 * write exactly the bytes vscode-jsonrpc's writer would: same JSON, same
 * `Content-Length` framing, for every kind of message the server sends, while
 * a publishDiagnostics reuses the JSON of diagnostics it has sent before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { StreamMessageWriter, type Message } from 'vscode-languageserver/node';
import { describe, expect, it } from 'vitest';
import { diagnosticFor, diagnosticsFor, documentNotice, toDiagnostic } from '../../server/src/lsp/diagnostics.ts';
import { encodeMessage } from '../../server/src/lsp/encode-message.ts';
import { DocumentResults } from '../../server/src/lsp/validation.ts';
import type { Finding } from '../../server/src/core/types.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';
import { findings } from '../helpers.ts';

const ROOT = join(import.meta.dirname, '../..');
const EXAMPLE = readFileSync(join(ROOT, 'examples/information-sharing-policy.md'), 'utf8');
const library = (message: unknown): Buffer => Buffer.from(JSON.stringify(message, undefined, 0), 'utf-8');
const publish = (params: unknown): Message => ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params }) as Message;

/** A finding like the checks make, with the text given as its message and actual words. */
function findingSaying(text: string, offset = 0): Finding {
  return {
    check: 'jargon', ruleId: 'interoperability', severity: 'warning', message: text, note: '', actual: text, expected: [text, 'b'],
    fixKind: 'replace', safe: true, start: { line: 1, column: 1, offset }, end: { line: 1, column: 2, offset: offset + 1 }, url: 'https://example.org/r#x',
  };
}

describe('encodeMessage gives the bytes of JSON.stringify', () => {
  const reused = [findingSaying('plain ASCII'), findingSaying('curly ‘quotes’ and café'), findingSaying('emoji 😀 and 𝔘 (surrogate pairs)'), findingSaying('a lone \ud800 surrogate and \udfff'), findingSaying('NUL \u0000, tab \t, quote " and \\ and \u2028')].map(diagnosticFor);
  const cases: Array<[string, unknown]> = [
    ['a publish of reused diagnostics', publish({ uri: 'file:///a.md', version: 3, diagnostics: reused })],
    ['the same publish again (from the kept bytes)', publish({ uri: 'file:///a.md', version: 4, diagnostics: reused })],
    ['a publish with no version', publish({ uri: 'file:///a.md', diagnostics: reused.slice(1) })],
    ['an empty publish (a closed document)', publish({ uri: 'file:///a.md', diagnostics: [] })],
    ['a publish of fresh diagnostics (config, workspace check)', publish({ uri: 'file:///b.md', diagnostics: [documentNotice('skipped', 'Too big – “really”'), toDiagnostic(findingSaying('x'))] })],
    ['a uri with unicode, a quote and the stand-in text', publish({ uri: 'file:///d/%C3%A9 "x" \u0000plain-ig:diagnostics\u0000', version: 1, diagnostics: reused })],
    ['a uri that is the stand-in exactly', publish({ uri: '\u0000plain-ig:diagnostics\u0000', diagnostics: reused })],
    ['keys in another order, and an extra key', { params: { diagnostics: reused, version: 2, uri: 'file:///c.md', extra: undefined, more: [1, 'two'] }, method: 'textDocument/publishDiagnostics', jsonrpc: '2.0' }],
    ['odd array elements: null, undefined, a number, a hole', publish({ uri: 'u', diagnostics: [null, undefined, 7, , reused[0]] })],
    ['an element with toJSON', publish({ uri: 'u', diagnostics: [{ toJSON: (key: string) => `element ${key}` }, reused[0]] })],
    ['params with toJSON', publish({ toJSON: () => ({ uri: 'v', diagnostics: [] }), uri: 'u', diagnostics: reused })],
    ['diagnostics that are not an array', publish({ uri: 'u', diagnostics: { 0: reused[0] } })],
    ['positional params', publish(['u', reused])],
    ['a big payload (over 1 MB, many writes)', publish({ uri: 'file:///big.md', version: 9, diagnostics: Array.from({ length: 2000 }, (_, i) => diagnosticFor(findingSaying(`finding ${i} ‘x’ 😀`.repeat(1 + (i % 5)), i))) })],
    ['a response (code actions)', { jsonrpc: '2.0', id: 4, result: [{ title: 'Replace ‘utilise’ with ‘use’', kind: 'quickfix', diagnostics: reused.slice(0, 1), edit: { changes: { 'file:///a.md': [] } } }] }],
    ['a response with null', { jsonrpc: '2.0', id: 5, result: null }],
    ['an error response', { jsonrpc: '2.0', id: 6, error: { code: -32800, message: 'The request was cancelled.' } }],
    ['a request to the client', { jsonrpc: '2.0', id: 1, method: 'workspace/configuration', params: { items: [{ scopeUri: 'file:///a.md', section: 'plainIg' }] } }],
    ['a log message', { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 2, message: 'Plain IG setting ignored: “x” 😀' } }],
    ['a pull-diagnostics report', { jsonrpc: '2.0', id: 7, result: { kind: 'full', resultId: '12', items: reused } }],
    ['a pull-diagnostics report with fresh diagnostics too', { jsonrpc: '2.0', id: 8, result: { items: [documentNotice('skipped', 'Too big'), ...reused], resultId: '13', kind: 'full' } }],
    ['an unchanged pull-diagnostics report', { jsonrpc: '2.0', id: 9, result: { kind: 'unchanged', resultId: '13' } }],
    ['a response with other items', { jsonrpc: '2.0', id: 10, result: { isIncomplete: false, items: [{ label: 'x ‘y’ 😀' }, null, 'text'] } }],
    ['a request with items (not a response)', { jsonrpc: '2.0', id: 11, method: 'workspace/configuration', params: { items: reused }, result: { items: reused } }],
  ];

  it.each(cases)('%s', (_name, message) => {
    expect(encodeMessage(message).equals(library(message))).toBe(true);
  });

  it('is framed exactly as the library frames it, message after message', async () => {
    const written = async (writer: (stream: PassThrough) => StreamMessageWriter): Promise<Buffer> => {
      const stream = new PassThrough();
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      const w = writer(stream);
      for (const [, message] of cases) await w.write(message as Message);
      return Buffer.concat(chunks);
    };
    const theirs = await written((stream) => new StreamMessageWriter(stream));
    const contentTypeEncoder = { name: 'application/json', encode: (message: unknown) => Promise.resolve(encodeMessage(message)) };
    const ours = await written((stream) => new StreamMessageWriter(stream, { charset: 'utf-8', contentTypeEncoder }));
    expect(ours.length).toBeGreaterThan(1_000_000);
    expect(ours.equals(theirs)).toBe(true);
  });
});

describe('publishes after edits', () => {
  it('equal JSON.stringify at every step while diagnostics are handed on, moved and dropped', () => {
    const results = new DocumentResults();
    const settings = defaultSettings();
    let text = EXAMPLE;
    let reusedSeen = 0;
    let movedSeen = 0;
    let previous = new Set<object>();
    const edits: Array<[string, string]> = [
      ['information', 'info ‘data’ 😀'],
      ['share', 'utilise'],
      ['. ', '. We leverage a robust portal. '],
      ['utilise', 'use'],
      ['portal', 'website'],
    ];
    for (let version = 1; version <= edits.length + 1; version++) {
      const outcome = results.check(TextDocument.create('file:///e.md', 'markdown', version, text), 'markdown', settings);
      expect(outcome.diagnostics.length).toBeGreaterThan(10);
      reusedSeen += outcome.diagnostics.filter((diagnostic) => previous.has(diagnostic)).length;
      movedSeen += outcome.diagnostics.filter((diagnostic) => !previous.has(diagnostic)).length;
      previous = new Set(outcome.diagnostics);
      // Diagnostics handed on or made from a moved finding's predecessor are what the finding makes now.
      expect(outcome.diagnostics).toEqual(outcome.findings.map(toDiagnostic));
      const message = publish({ uri: 'file:///e.md', version, diagnostics: outcome.diagnostics });
      expect(encodeMessage(message).toString('utf-8')).toBe(JSON.stringify(message));
      const edit = edits[version - 1];
      // At the last place the words stand, so the findings before it are handed on and those after it move.
      if (edit) text = text.slice(0, text.lastIndexOf(edit[0])) + edit[1] + text.slice(text.lastIndexOf(edit[0]) + edit[0].length);
    }
    // Both ways of keeping bytes are used: the same diagnostic objects, and new ones for moved findings.
    expect(reusedSeen).toBeGreaterThan(50);
    expect(movedSeen).toBeGreaterThan(50);
  });

  it('a finding moved by an edit reuses its predecessor’s bytes only when nothing but its offsets differ', () => {
    const at = (finding: Finding, offset: number, change: Partial<Finding> = {}): Finding => ({
      ...finding,
      ...change,
      start: { ...finding.start, offset },
      end: { ...finding.end, offset: offset + 5 },
    });
    const base: Finding = { ...findingSaying('use ‘the system’ 😀'), start: { line: 4, column: 3, offset: 40 }, end: { line: 4, column: 8, offset: 45 } };
    const variants: Array<[string, Partial<Finding>]> = [
      ['nothing else', {}],
      ['severity', { severity: 'error' }],
      ['message', { message: 'another message' }],
      ['actual words', { actual: 'other' }],
      ['an alternative', { expected: [...base.expected.slice(0, -1), 'c'] }],
      ['fewer alternatives', { expected: base.expected.slice(0, 1) }],
      ['fix kind', { fixKind: 'explain' }],
      ['safety', { safe: false }],
      ['link', { url: 'https://example.org/other' }],
      ['rule', { ruleId: 'other-rule' }],
      ['end column', { end: { line: 4, column: 9, offset: 0 } }],
    ];
    for (const [name, change] of variants) {
      const first = [at(base, 40)];
      const second = [at(base, 47, change)];
      if (change.end) second[0]!.end = { ...change.end, offset: 52 };
      const one = publish({ uri: 'u', version: 1, diagnostics: diagnosticsFor(first, []) });
      expect(encodeMessage(one).equals(library(one))).toBe(true);
      const two = publish({ uri: 'u', version: 2, diagnostics: diagnosticsFor(second, first) });
      expect(encodeMessage(two).toString('utf-8'), name).toBe(JSON.stringify(two));
    }
  });

  it('a real check’s diagnostics encode to the same bytes', () => {
    const diagnostics = findings(EXAMPLE).map(diagnosticFor);
    const message = publish({ uri: 'file:///x.md', version: 1, diagnostics });
    expect(encodeMessage(message).equals(library(message))).toBe(true);
    expect(encodeMessage(message).equals(library(message))).toBe(true);
  });
});
