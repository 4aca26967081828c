/**
 * The Plain IG page: wires the document source (the CodeMirror editor), the
 * checking worker, the findings panel, the settings and the toolbar. Checks
 * run after a short pause in typing, one at a time, and results for text that
 * has since changed are dropped. Nothing is sent anywhere and nothing but the
 * settings is stored.
 */
import example from '../../examples/information-sharing-policy.md';
import { editFor, safeEdits } from '../../server/src/core/fixes.ts';
import type { Finding } from '../../server/src/core/types.ts';
import type { EarlyWorker } from './boot.ts';
import { Checker } from './checker.ts';
import type { DocumentSource } from './document-source.ts';
import { EditorSource } from './editor.ts';
import { FindingsPanel } from './panel.ts';
import { htmlToMarkdown } from './paste.ts';
import type { CheckReply, PageSettings } from './protocol.ts';
import { loadSettings, saveSettings } from './settings-store.ts';

/** Pause after typing before checking, in milliseconds. */
export const CHECK_DELAY_MS = 120;

const byId = <T extends HTMLElement>(id: string): T => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found as T;
};

const status = byId<HTMLElement>('status');
const problem = byId<HTMLElement>('problem');
const fixAllButton = byId<HTMLButtonElement>('fix-all');
const fileInput = byId<HTMLInputElement>('file-input');
const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
})();

let settings: PageSettings = loadSettings(storage);
let findings: Finding[] = [];
let findingsVersion = -1;

const checker = new Checker('worker.js', (globalThis as { plainIgWorker?: EarlyWorker }).plainIgWorker);
const source: DocumentSource & EditorSource = new EditorSource(byId('editor'), {
  pasteHtml: (html) => htmlToMarkdown(html),
  dropFile: (file) => void openFile(file),
});

const panel = new FindingsPanel(byId('panel'), {
  reveal(finding) {
    source.reveal(finding.start.offset, finding.end.offset);
    source.view.focus();
  },
  apply(finding, choice) {
    const edit = editFor(finding, choice);
    if (edit && stillThere(finding)) source.apply([edit]);
  },
  locate: (finding) => source.locate(finding.start.offset),
  drawn() {
    timings.panelDrawn = performance.now();
  },
});

/** True when the finding's words are still where the check found them. */
function stillThere(finding: Finding): boolean {
  return source.text().slice(finding.start.offset, finding.end.offset) === finding.actual;
}

function setState(state: 'checking' | 'checked' | 'empty'): void {
  document.body.dataset['state'] = state;
}

function showProblem(message: string): void {
  problem.textContent = message;
  problem.hidden = message === '';
}

/** Page-clock times (ms since navigation) for the benchmark: the first findings, the last edit and the last findings shown. */
const timings: {
  /** The worker's script began to run, had read its embedded data, had run its warm-up check (page clock). */
  workerStarted?: number;
  workerDataRead?: number;
  workerWarmedUp?: number;
  workerReady?: number;
  fileOpened?: number;
  firstFindings?: number;
  allFindings?: number;
  /** When the panel last finished drawing its entries (it draws a long list in batches). */
  panelDrawn?: number;
  lastCheckMs?: number;
  lastRenderMs?: number;
  lastChange?: number;
  lastRender?: number;
} = {};

function render(words: number, ms: number): void {
  timings.lastRender = performance.now();
  timings.lastCheckMs = ms;
  if (words > 0) timings.firstFindings ??= timings.lastRender;
  source.showFindings(findings);
  panel.render(findings);
  const safe = safeEdits(findings).length;
  fixAllButton.disabled = safe === 0;
  fixAllButton.textContent = safe === 0 ? 'Fix all safe' : `Fix all safe (${safe})`;
  const n = findings.length;
  status.textContent =
    words === 0
      ? 'Paste or type your text, or open a file, to check it.'
      : `${n === 0 ? 'No findings' : `${n} finding${n === 1 ? '' : 's'}`} in ${words.toLocaleString('en-GB')} words (checked in ${Math.round(ms)} ms).`;
  document.body.dataset['checkedVersion'] = String(findingsVersion);
  setState(words === 0 && n === 0 ? 'empty' : 'checked');
  timings.lastRenderMs = performance.now() - timings.lastRender;
}

let timer: ReturnType<typeof setTimeout> | undefined;
let running = false;
/** Length of the text last checked in full (0 after a new document is loaded). */
let checkedLength = 0;

/**
 * More new text than twice this (in characters) is checked in two steps: its
 * first this-many characters first, then the whole (the first part's paragraphs
 * are then in the core's block cache). Small, so the part adds little to the
 * time to all findings.
 */
export const FIRST_PART_CHARS = 8_000;

/**
 * For a long new text (a file just opened, a long paste), its first part, to
 * check and show before the whole, so the writer sees the top of the document
 * sooner. Later edits are checked in one step: the core's block cache makes
 * those quick.
 */
function firstPartOf(text: string): string | undefined {
  if (text.length - checkedLength < FIRST_PART_CHARS * 2) return undefined;
  const cut = text.indexOf('\n\n', FIRST_PART_CHARS);
  return cut < 0 ? undefined : text.slice(0, cut);
}

/** Shows the findings of a text's first part while the whole is still being checked. */
function showFirstPart(part: CheckReply, version: number): void {
  if (version !== source.version) return;
  findings = part.findings;
  findingsVersion = version;
  render(part.words, part.ms);
  setState('checking');
  status.textContent = `${part.findings.length} finding${part.findings.length === 1 ? '' : 's'} in the first ${part.words.toLocaleString('en-GB')} words; checking the rest…`;
}

/** Checks the current text now (or as soon as the running check ends). */
async function checkNow(): Promise<void> {
  clearTimeout(timer);
  if (running) {
    timer = setTimeout(() => void checkNow(), CHECK_DELAY_MS);
    return;
  }
  running = true;
  setState('checking');
  const version = source.version;
  try {
    const text = source.text();
    // Both requests go at once: the worker checks the whole while the page shows the first part.
    const part = firstPartOf(text);
    const partReply = part === undefined ? undefined : checker.check(part, source.format, settings);
    const whole = text.trim() === '' ? Promise.resolve({ findings: [], words: 0, ms: 0 }) : checker.check(text, source.format, settings);
    whole.catch(() => undefined); // a failure is reported below, once
    if (partReply) showFirstPart(await partReply, version);
    const reply = await whole;
    checkedLength = text.length;
    if (version === source.version) {
      findings = reply.findings;
      findingsVersion = version;
      render(reply.words, reply.ms);
      if (reply.words > 0) timings.allFindings ??= performance.now();
    }
  } catch (error) {
    showProblem(`Checking failed: ${(error as Error).message}`);
  } finally {
    running = false;
  }
  // First findings shown (or nothing to check): now start the file reader (PDF.js is most of the page),
  // and let the checking worker load what later checks may need, so neither competes with the first check.
  checker.startReader();
  checker.prepare();
  if (version !== source.version) schedule();
}

function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(() => void checkNow(), CHECK_DELAY_MS);
}

async function openFile(file: File): Promise<void> {
  showProblem('');
  status.textContent = `Reading ${file.name}…`;
  const reply = await checker.open(file.name, await file.arrayBuffer());
  if (reply.error) {
    showProblem(reply.error);
    status.textContent = '';
    return;
  }
  timings.fileOpened = performance.now();
  source.load(reply);
  checkedLength = 0;
  byId('document-name').textContent = reply.name;
  await checkNow();
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function baseName(): string {
  return source.name.replace(/\.[^.]+$/, '') || 'document';
}

// Toolbar.
byId('open-file').addEventListener('click', () => fileInput.click());
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void openFile(file);
  fileInput.value = '';
});
byId('load-example').addEventListener('click', () => loadExample());
fixAllButton.addEventListener('click', () => {
  if (findingsVersion !== source.version) return;
  source.apply(safeEdits(findings.filter(stillThere)));
});
byId('download-text').addEventListener('click', () => {
  const markdown = source.format === 'markdown';
  download(`${baseName()} (revised).${markdown ? 'md' : 'txt'}`, source.text(), markdown ? 'text/markdown' : 'text/plain');
});
byId('download-report').addEventListener('click', async () => {
  const html = await checker.report(source.name, source.text(), source.format, settings, source.anchors());
  download(`${baseName()} report.html`, html, 'text/html');
});

// A file dropped anywhere on the page is opened (not shown by the browser in place of the page).
document.addEventListener('dragover', (event) => event.preventDefault());
document.addEventListener('drop', (event) => {
  event.preventDefault();
  const file = event.dataTransfer?.files[0];
  if (file) void openFile(file);
});

// Keyboard: F8 / Shift+F8 anywhere move to the next / previous finding in the text and the panel.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'F8' || findings.length === 0) return;
  event.preventDefault();
  const head = source.view.state.selection.main.head;
  const after = findings.findIndex((finding) => finding.start.offset > head || (finding.start.offset === head && source.view.state.selection.main.empty));
  const index = event.shiftKey
    ? (findings.findLastIndex((finding) => finding.start.offset < source.view.state.selection.main.from) + findings.length) % findings.length
    : after < 0
      ? 0
      : after;
  const finding = findings[index]!;
  source.reveal(finding.start.offset, finding.end.offset);
  panel.focus(index);
});

// Settings: restored from local storage, saved on every change.
const audience = byId<HTMLSelectElement>('audience');
const nation = byId<HTMLSelectElement>('nation');
const checkBoxes = [...document.querySelectorAll<HTMLInputElement>('input[name="check"]')];
audience.value = settings.audience;
nation.value = settings.nation;
for (const box of checkBoxes) box.checked = settings.checks[box.value as keyof PageSettings['checks']] !== false;
byId('settings-form').addEventListener('change', () => {
  settings = {
    audience: audience.value === 'public' ? 'public' : 'staff',
    nation: nation.value as PageSettings['nation'],
    checks: Object.fromEntries(checkBoxes.map((box) => [box.value, box.checked])) as PageSettings['checks'],
  };
  saveSettings(storage, settings);
  void checkNow();
});

function loadExample(): void {
  source.load({ name: 'information-sharing-policy.md', kind: 'markdown', format: 'markdown', text: example });
  checkedLength = 0;
  byId('document-name').textContent = 'information-sharing-policy.md (example)';
  void checkNow();
}

source.onChange(() => {
  timings.lastChange = performance.now();
  schedule();
});
void checker.ready.then((checks) => {
  timings.workerReady = performance.now();
  const startup = checker.startup;
  if (startup) {
    timings.workerStarted = startup.started - performance.timeOrigin;
    timings.workerDataRead = startup.dataRead - performance.timeOrigin;
    timings.workerWarmedUp = startup.warmedUp - performance.timeOrigin;
  }
  panel.setChecks(checks);
  if (location.hash === '#example') loadExample();
  else void checkNow();
});

/** For tests, benchmarks and embedding: the source, the current findings and the timings. */
(window as unknown as { plainIg: unknown }).plainIg = {
  source,
  findings: () => findings,
  findingsVersion: () => findingsVersion,
  timings,
};
