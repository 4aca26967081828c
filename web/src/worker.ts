/**
 * The checking worker: the same core the CLI and the language server run
 * (core/run.ts and the checks) and the same board report, bundled for the
 * browser. It also reads Markdown and text files; Word and PDF files are read
 * by reader-worker.ts. Runs off the page's main
 * thread so typing stays smooth. Reads nothing and sends nothing anywhere: it
 * only answers the page.
 */
import dictionaries from 'plain-ig:dictionaries';
import wordForms from 'plain-ig:word-forms';
import { CHECK_IDS, CHECKS } from '../../server/src/checks/registry.ts';
import { useBundledDictionaries } from '../../server/src/core/dictionaries.ts';
import type { Dictionaries } from '../../server/src/core/dictionary-types.ts';
import { loadMorphology, partsOfSpeech, useWordForms, type WordFormsTable } from '../../server/src/core/morphology.ts';
import { checkText } from '../../server/src/engine/check-text.ts';
import { applySettings } from '../../server/src/core/settings.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';
import { type Settings } from '../../server/src/core/types.ts';
import { collectText } from '../../server/src/report/collect.ts';
import { renderHtml } from '../../server/src/report/html.ts';
import { buildReport } from '../../server/src/report/model.ts';
import { openReply } from './open-file.ts';
import type { Anchors, PageSettings, WorkerReply, WorkerRequest } from './protocol.ts';

const since = (): number => performance.timeOrigin + performance.now();
const started = since();
useBundledDictionaries(JSON.parse(dictionaries) as Dictionaries);
// The word forms the dictionaries need, made by the build: the word-form library loads only for a word not in them.
useWordForms(JSON.parse(wordForms) as WordFormsTable);
// Build the phrase indexes and warm the parser while the page's own script is still loading.
const dataRead = since();
checkText('Warm up the checks before the first document arrives.', { format: 'markdown', settings: defaultSettings() });
const warmedUp = since();

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

async function answer(request: Exclude<WorkerRequest, { type: 'prepare' }>): Promise<WorkerReply> {
  if (request.type === 'check') {
    const started = performance.now();
    const result = checkText(request.text, { format: request.format, settings: coreSettings(request.settings) });
    return { type: 'checked', id: request.id, findings: result.findings, words: result.stats.words, ms: performance.now() - started };
  }
  // Markdown and text files are read here; Word and PDF files by reader-worker.ts.
  if (request.type === 'open') return openReply(request.id, request.name, request.bytes);
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
  // The page has shown its first findings (or has none to show): load the word-form library now, not in a later check.
  if (request.type === 'prepare') {
    loadMorphology();
    partsOfSpeech('prepared'); // the tagger's first run sets it up
    return;
  }
  answer(request).then(
    (reply) => scope.postMessage(reply),
    (error: unknown) => scope.postMessage({ type: 'error', id: request.id, message: (error as Error).message ?? String(error) }),
  );
};

scope.postMessage({
  type: 'ready',
  id: 0,
  checks: CHECK_IDS.map((id) => ({ id, title: CHECKS[id].title, description: CHECKS[id].description })),
  startup: { started, dataRead, warmedUp },
});
