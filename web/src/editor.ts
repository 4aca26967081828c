/**
 * The CodeMirror 6 editor as a document source: findings are shown with the
 * lint extension (underlines coloured by check, fixes in the tooltip, F8 and
 * Shift+F8 to move between them), and paragraph and page anchors of an opened
 * Word or PDF file are mapped through every edit so each finding keeps the
 * number the writer will find in Word.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { lintKeymap, setDiagnostics, type Action, type Diagnostic } from '@codemirror/lint';
import { EditorState, StateEffect, StateField, type ChangeSpec } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { applyFixes, editFor, type TextEdit } from '../../server/src/core/fixes.ts';
import type { DocumentFormat, Finding } from '../../server/src/core/types.ts';
import type { DocumentSource, LoadedDocument, SourceLocation } from './document-source.ts';
import type { Anchors, SourceKind } from './protocol.ts';

/** The nonce CodeMirror puts on its style element (named in the page's Content-Security-Policy). */
export const STYLE_NONCE = 'plain-ig-editor';

const setAnchors = StateEffect.define<Anchors | undefined>();

/** Paragraph and page starts of the opened file, moved along as the text changes. */
const anchorsField = StateField.define<Anchors | undefined>({
  create: () => undefined,
  update(value, transaction) {
    for (const effect of transaction.effects) if (effect.is(setAnchors)) return effect.value;
    if (!value || !transaction.docChanged) return value;
    const map = (list: readonly number[]): number[] => list.map((position) => transaction.changes.mapPos(position, 1));
    return value.pages ? { paragraphs: map(value.paragraphs), pages: map(value.pages) } : { paragraphs: map(value.paragraphs) };
  },
});

/** How many of the sorted positions are at or before `offset`. */
function countAtOrBefore(list: readonly number[], offset: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]! <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** What the editor calls back for. */
export interface EditorHooks {
  /** Pasted HTML; return Markdown to insert instead of the plain text, or undefined. */
  pasteHtml?(html: string): string | undefined;
  /** A file dropped on the editor. */
  dropFile?(file: File): void;
  /** F8 / Shift+F8 moved to this finding. */
  focusFinding?(index: number): void;
}

/** The words for each fix of a finding, as the lint tooltip shows them. */
export function actionLabel(finding: Finding, alternative: string | undefined): string {
  if (alternative === undefined || alternative === '') return 'Remove';
  if (finding.fixKind === 'reframe') return 'Use this wording';
  return `Use ‘${alternative}’`;
}

/** The document source backed by a CodeMirror editor. */
export class EditorSource implements DocumentSource {
  readonly view: EditorView;
  name = 'Pasted text';
  kind: SourceKind = 'markdown';
  format: DocumentFormat = 'markdown';
  version = 0;
  private readonly listeners = new Set<() => void>();
  private findings: readonly Finding[] = [];

  constructor(parent: HTMLElement, hooks: EditorHooks = {}) {
    const source = this;
    this.view = new EditorView({
      parent,
      state: EditorState.create({
        doc: '',
        extensions: [
          history(),
          EditorView.lineWrapping,
          anchorsField,
          // CodeMirror's own style element carries this nonce, which the page's Content-Security-Policy allows.
          EditorView.cspNonce.of(STYLE_NONCE),
          placeholder('Paste or type your policy here, or open a Word, PDF, Markdown or text file.'),
          // F8 / Shift+F8 are the page's own (they move the panel too), so lint's F8 binding is left out.
          keymap.of([...lintKeymap.filter((binding) => binding.key !== 'F8'), ...defaultKeymap, ...historyKeymap]),
          // tabindex: the text is one tab stop, and assistive tools see the scrolling area has focusable content.
          EditorView.contentAttributes.of({ 'aria-label': 'Your document', spellcheck: 'true', lang: 'en-GB', tabindex: '0' }),
          EditorView.updateListener.of((update) => {
            if (!update.docChanged) return;
            source.version++;
            for (const listener of source.listeners) listener();
          }),
          EditorView.domEventHandlers({
            paste(event, view) {
              const html = event.clipboardData?.getData('text/html');
              const markdown = html ? hooks.pasteHtml?.(html) : undefined;
              if (markdown === undefined) return false;
              event.preventDefault();
              if (view.state.doc.length === 0) source.format = 'markdown';
              view.dispatch(view.state.replaceSelection(markdown));
              return true;
            },
            drop(event) {
              const file = event.dataTransfer?.files[0];
              if (!file || !hooks.dropFile) return false;
              event.preventDefault();
              hooks.dropFile(file);
              return true;
            },
          }),
        ],
      }),
    });
  }

  text(): string {
    return this.view.state.doc.toString();
  }

  load(document: LoadedDocument): void {
    this.name = document.name;
    this.kind = document.kind;
    this.format = document.format;
    this.findings = [];
    this.view.dispatch({
      changes: { from: 0, to: this.view.state.doc.length, insert: document.text },
      effects: setAnchors.of(document.anchors),
      selection: { anchor: 0 },
      scrollIntoView: true,
    });
  }

  apply(edits: readonly TextEdit[]): number {
    const { applied } = applyFixes(this.text(), edits);
    if (applied.length === 0) return 0;
    const changes: ChangeSpec[] = applied.map((edit) => ({ from: edit.start, to: edit.end, insert: edit.newText }));
    this.view.dispatch({ changes, userEvent: 'input.fix' });
    return applied.length;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  locate(offset: number): SourceLocation {
    const anchors = this.anchors();
    if (anchors) {
      const paragraph = Math.max(1, countAtOrBefore(anchors.paragraphs, offset));
      return anchors.pages ? { page: Math.max(1, countAtOrBefore(anchors.pages, offset)), paragraph } : { paragraph };
    }
    return { line: this.view.state.doc.lineAt(Math.min(offset, this.view.state.doc.length)).number };
  }

  anchors(): Anchors | undefined {
    return this.view.state.field(anchorsField);
  }

  showFindings(findings: readonly Finding[]): void {
    this.findings = findings;
    const length = this.view.state.doc.length;
    const diagnostics: Diagnostic[] = findings
      .filter((finding) => finding.end.offset <= length)
      .map((finding) => ({
        from: finding.start.offset,
        to: finding.end.offset,
        severity: finding.severity,
        source: finding.check,
        markClass: `pig-mark pig-${finding.check}`,
        message: `${finding.message} ${finding.note}`,
        actions: this.actionsFor(finding),
      }));
    this.view.dispatch(setDiagnostics(this.view.state, diagnostics));
  }

  private actionsFor(finding: Finding): Action[] {
    const choices = finding.expected.length === 0 ? [undefined] : finding.expected.map((_, i) => i);
    const actions: Action[] = [];
    for (const choice of choices) {
      const edit = editFor(finding, choice ?? 0);
      if (!edit) continue;
      actions.push({
        name: actionLabel(finding, choice === undefined ? undefined : finding.expected[choice]),
        apply: (view, from, to) => view.dispatch({ changes: { from, to, insert: edit.newText }, userEvent: 'input.fix' }),
      });
    }
    return actions;
  }

  reveal(start: number, end: number): void {
    const length = this.view.state.doc.length;
    this.view.dispatch({ selection: { anchor: Math.min(start, length), head: Math.min(end, length) }, scrollIntoView: true });
  }

  /** The index of the finding at or after the cursor (for F8-style moving from the panel). */
  findingAt(offset: number): number {
    return this.findings.findIndex((finding) => finding.end.offset > offset);
  }
}
