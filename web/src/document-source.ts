/**
 * "A document source": what the page needs from wherever the text lives. Today
 * it is the CodeMirror editor on the page; a Word task pane or a browser
 * extension can implement the same interface (read the text, apply edits,
 * say where an offset is, show and reveal findings) and reuse the rest of
 * the page unchanged.
 */
import type { TextEdit } from '../../server/src/core/fixes.ts';
import type { DocumentFormat, Finding } from '../../server/src/core/types.ts';
import type { Anchors, SourceKind } from './protocol.ts';

/** Where a finding is, in the words the writer's own tool uses. */
export interface SourceLocation {
  /** Line in the text (typed, pasted, Markdown or text files). */
  line?: number;
  /** Paragraph in the Word or PDF file the text came from. */
  paragraph?: number;
  /** Page in the PDF the text came from. */
  page?: number;
}

/** A document loaded into a source. */
export interface LoadedDocument {
  name: string;
  kind: SourceKind;
  format: DocumentFormat;
  text: string;
  anchors?: Anchors;
}

/** The document the page checks. */
export interface DocumentSource {
  /** The file name (or "Pasted text"). */
  readonly name: string;
  /** Where the text came from. */
  readonly kind: SourceKind;
  /** How the checks read it: Markdown or plain text. */
  readonly format: DocumentFormat;
  /** Goes up by one on every change; findings for an older version are stale. */
  readonly version: number;
  /** The whole text. */
  text(): string;
  /** Replaces the document (opening a file, loading the example). */
  load(document: LoadedDocument): void;
  /** Applies edits (offsets into the current text), skipping overlaps; returns how many were applied. */
  apply(edits: readonly TextEdit[]): number;
  /** Calls `listener` after every change to the text; returns a function that stops it. */
  onChange(listener: () => void): () => void;
  /** Where an offset is, as the writer would look for it (line, or page and paragraph). */
  locate(offset: number): SourceLocation;
  /** Shows the findings on the text (underlines), if the source can. */
  showFindings(findings: readonly Finding[]): void;
  /** Selects a finding's words and scrolls them into view. */
  reveal(start: number, end: number): void;
  /** Anchors (paragraph and page starts) mapped onto the current text, for the board report. */
  anchors(): Anchors | undefined;
}

/** "Page 3, paragraph 12", "Paragraph 4" or "Line 7". */
export function describeLocation(location: SourceLocation): string {
  if (location.page !== undefined) return `Page ${location.page}, paragraph ${location.paragraph ?? 1}`;
  if (location.paragraph !== undefined) return `Paragraph ${location.paragraph}`;
  return `Line ${location.line ?? 1}`;
}
