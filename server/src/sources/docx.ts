/**
 * Word documents (`.docx`): the text is extracted with mammoth (loaded only
 * when a Word document is checked) and checked as plain text. A .docx has no
 * useful line numbers, so each finding is located by its paragraph number and
 * a short quote of the sentence it is in.
 */
import { isSentenceEnd } from '../core/sentence-end.ts';
import { InputError } from './input-error.ts';

/** Where a finding sits in a Word document. */
export interface ParagraphLocation {
  /** 1-based, counting the paragraphs that have text (table cells included). */
  paragraph: number;
  /** The sentence around the finding, shortened to about {@link QUOTE_LENGTH} characters. */
  quote: string;
}

/** Longest quote, in characters, before it is shortened with ellipses. */
export const QUOTE_LENGTH = 100;

/**
 * Extracts the text of a Word document: one paragraph per block, separated by blank lines.
 * @throws InputError when the bytes are not a Word document mammoth can read
 */
export async function extractDocxText(bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  try {
    // mammoth reads a Buffer in Node and an ArrayBuffer in its browser build (the web page).
    const input =
      typeof Buffer === 'undefined'
        ? { arrayBuffer: bytes.slice().buffer as ArrayBuffer }
        : { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    const result = await mammoth.extractRawText(input as { buffer: Buffer });
    return result.value;
  } catch {
    throw new InputError('is not a Word document Plain IG can read (it may be damaged, or an older .doc file renamed)');
  }
}

/** Maps offsets in extracted Word text to paragraph numbers and sentence quotes. */
export class ParagraphIndex {
  /** [start, end) of each paragraph that has text, in order. */
  private readonly spans: Array<[number, number]> = [];

  constructor(readonly text: string) {
    let start = 0;
    for (;;) {
      const next = text.indexOf('\n\n', start);
      const end = next < 0 ? text.length : next;
      if (text.slice(start, end).trim() !== '') this.spans.push([start, end]);
      if (next < 0) break;
      start = next + 2;
    }
  }

  /** The number of paragraphs that have text. */
  get count(): number {
    return this.spans.length;
  }

  /** The paragraph and sentence at `offset` (the nearest paragraph before it when between paragraphs). */
  locate(offset: number, end = offset): ParagraphLocation {
    let low = 0;
    let high = this.spans.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.spans[mid]![0] <= offset) low = mid;
      else high = mid - 1;
    }
    const span = this.spans[low];
    if (!span) return { paragraph: 1, quote: '' };
    return { paragraph: low + 1, quote: quoteSentence(this.text, span, offset, Math.max(offset, end)) };
  }
}

/** The sentence around [start, end) within a paragraph span, shortened around the flagged words. */
function quoteSentence(text: string, [paraStart, paraEnd]: [number, number], start: number, end: number): string {
  // Sentence ends, not abbreviations: "(e.g. new services)" stays in one quote.
  let from = start;
  while (from > paraStart && !(/\s/.test(text[from - 1]!) && isSentenceEnd(text, from - 2))) from--;
  let to = Math.min(end, paraEnd);
  while (to < paraEnd && !isSentenceEnd(text, to - 1)) to++;
  let quote = text.slice(from, to).replace(/\s+/g, ' ').trim();
  if (quote.length > QUOTE_LENGTH) {
    const flagged = text.slice(start, end).replace(/\s+/g, ' ');
    const at = quote.indexOf(flagged);
    const room = Math.max(0, Math.floor((QUOTE_LENGTH - flagged.length) / 2));
    const cutFrom = Math.max(0, at - room);
    const cutTo = Math.min(quote.length, Math.max(at, 0) + flagged.length + room);
    quote = `${cutFrom > 0 ? '…' : ''}${quote.slice(cutFrom, cutTo).trim()}${cutTo < quote.length ? '…' : ''}`;
  }
  return quote;
}
