/**
 * The checking worker: the same core the CLI and the language server run
 * (core/run.ts and the checks), the same readers for Word and PDF files, and
 * the same board report, bundled for the browser. Runs off the page's main
 * thread so typing stays smooth. Reads nothing and sends nothing anywhere: it
 * only answers the page.
 */
import dictionaries from 'plain-ig:dictionaries';
import { decodeText, formatOf, InputError } from '../../server/src/cli/files.ts';
import { extractReadOnly, readOnlyKindOfPath, sniffKind } from '../../server/src/cli/read-only-documents.ts';
import { CHECKS } from '../../server/src/checks/registry.ts';
import { useBundledDictionaries } from '../../server/src/core/dictionaries.ts';
import type { Dictionaries } from '../../server/src/core/dictionary-types.ts';
import { checkText } from '../../server/src/core/run.ts';
import { applySettings, defaultSettings } from '../../server/src/core/settings.ts';
import { CHECK_IDS, type Settings } from '../../server/src/core/types.ts';
import { collectText } from '../../server/src/report/collect.ts';
import { renderHtml } from '../../server/src/report/html.ts';
import { buildReport } from '../../server/src/report/model.ts';
import type { Anchors, OpenReply, PageSettings, WorkerReply, WorkerRequest } from './protocol.ts';

useBundledDictionaries(dictionaries as Dictionaries);

interface WorkerScope {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(message: WorkerReply): void;
}
const scope = globalThis as unknown as WorkerScope;

/** The core's settings for the page's settings (everything else at its default). */
export function coreSettings(page: PageSettings): Settings {
  const checks = Object.fromEntries(CHECK_IDS.map((check) => [check, { enabled: page.checks[check] !== false }]));
  return applySettings(defaultSettings(), { audience: page.audience, nation: page.nation, checks }).settings;
}

/** Where each paragraph with text starts (paragraphs are separated by blank lines, as ParagraphIndex counts them). */
export function paragraphStarts(text: string): number[] {
  const starts: number[] = [];
  for (let start = 0; ; ) {
    const next = text.indexOf('\n\n', start);
    const end = next < 0 ? text.length : next;
    if (text.slice(start, end).trim() !== '') starts.push(start);
    if (next < 0) return starts;
    start = next + 2;
  }
}

async function open(name: string, bytes: Uint8Array): Promise<Omit<OpenReply, 'type' | 'id'>> {
  const kind = readOnlyKindOfPath(name);
  if (kind) {
    if (sniffKind(bytes, kind) === 'doc') throw new InputError('is a Word 97–2003 file: save it as .docx in Word to check it here (plain-ig check reads it as it is)');
    const document = await extractReadOnly(kind, bytes);
    const anchors: Anchors = { paragraphs: paragraphStarts(document.text) };
    if (document.pageStarts) anchors.pages = document.pageStarts;
    return { name, kind: document.kind, format: 'plaintext', text: document.text, anchors };
  }
  const format = formatOf(name);
  if (!format) throw new InputError('is not a kind of file Plain IG reads here (use .docx, .pdf, .md or .txt)');
  return { name, kind: format, format, text: decodeText(bytes) };
}

async function answer(request: WorkerRequest): Promise<WorkerReply> {
  if (request.type === 'check') {
    const started = performance.now();
    const result = checkText(request.text, { format: request.format, settings: coreSettings(request.settings) });
    return { type: 'checked', id: request.id, findings: result.findings, words: result.stats.words, ms: performance.now() - started };
  }
  if (request.type === 'open') {
    try {
      return { type: 'opened', id: request.id, ...(await open(request.name, new Uint8Array(request.bytes))) };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { type: 'opened', id: request.id, name: request.name, kind: 'plaintext', format: 'plaintext', text: '', error: `${request.name} ${error.message}` };
    }
  }
  const locate = request.anchors ? locator(request.anchors) : undefined;
  const checked = collectText(request.name, request.text, request.format, coreSettings(request.settings), locate ?? false);
  const model = buildReport([checked], { title: `Plain English report: ${request.name}` });
  return { type: 'report', id: request.id, html: renderHtml(model) };
}

/** Paragraph (and page) numbers from the anchors of the file the text came from. */
function locator(anchors: Anchors): (start: number) => { paragraph: number; page?: number; quote: string } {
  const countAtOrBefore = (list: readonly number[], offset: number): number => {
    let n = 0;
    for (const start of list) if (start <= offset) n++;
    return n;
  };
  return (start) => {
    const paragraph = Math.max(1, countAtOrBefore(anchors.paragraphs, start));
    return anchors.pages ? { paragraph, page: Math.max(1, countAtOrBefore(anchors.pages, start)), quote: '' } : { paragraph, quote: '' };
  };
}

scope.onmessage = (event) => {
  const request = event.data;
  answer(request).then(
    (reply) => scope.postMessage(reply),
    (error: unknown) => scope.postMessage({ type: 'error', id: request.id, message: (error as Error).message ?? String(error) }),
  );
};

scope.postMessage({ type: 'ready', id: 0, checks: CHECK_IDS.map((id) => ({ id, title: CHECKS[id].title, description: CHECKS[id].description })) });
