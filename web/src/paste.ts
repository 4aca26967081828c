/**
 * Pasting from Word (and web pages or Google Docs): the clipboard's HTML is
 * turned into Markdown so headings and lists survive, and the checks treat
 * headings as headings. Word marks list paragraphs with `mso-list` styles and
 * types the bullet or number as text; both are recognised.
 */

/** Text that starts a Word list paragraph: a bullet character or a number, then spaces. */
const LIST_MARKER = /^[\s\u00a0]*(?:[·•o§▪◦‣●○■□\-–—]|\(?(?:\d{1,3}|[a-z]|[ivxlc]{1,6})[.)])[\s\u00a0]+/i;
const NUMBERED = /^[\s\u00a0]*\(?(?:\d{1,3}|[a-z]|[ivxlc]{1,6})[.)]/i;

interface Block {
  kind: 'heading' | 'item' | 'paragraph';
  text: string;
  level: number;
  ordered: boolean;
}

function clean(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

function wordListLevel(element: Element): number | undefined {
  const style = element.getAttribute('style') ?? '';
  const level = /mso-list:\s*\S+\s+level(\d+)/i.exec(style);
  if (level) return Number(level[1]);
  return /^MsoListParagraph/i.test(element.getAttribute('class') ?? '') ? 1 : undefined;
}

function collect(node: Element, blocks: Block[], listDepth: number, ordered: boolean): void {
  for (const child of Array.from(node.children)) {
    const tag = child.tagName.toLowerCase();
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      blocks.push({ kind: 'heading', text: clean(child.textContent ?? ''), level: Number(heading[1]), ordered: false });
    } else if (tag === 'ul' || tag === 'ol') {
      collect(child, blocks, listDepth + 1, tag === 'ol');
    } else if (tag === 'li') {
      const nested = Array.from(child.children).filter((c) => /^(ul|ol)$/i.test(c.tagName));
      const own = child.cloneNode(true) as Element;
      for (const list of Array.from(own.children)) if (/^(ul|ol)$/i.test(list.tagName)) list.remove();
      blocks.push({ kind: 'item', text: clean(own.textContent ?? ''), level: Math.max(1, listDepth), ordered });
      for (const list of nested) collect(list, blocks, listDepth + 1, list.tagName.toLowerCase() === 'ol');
    } else if (tag === 'p' || tag === 'div' && !child.querySelector('p,h1,h2,h3,h4,h5,h6,ul,ol,table,div')) {
      const raw = child.textContent ?? '';
      const level = wordListLevel(child);
      const cls = child.getAttribute('class') ?? '';
      if (level !== undefined && LIST_MARKER.test(raw)) {
        blocks.push({ kind: 'item', text: clean(raw.replace(LIST_MARKER, '')), level, ordered: NUMBERED.test(raw) });
      } else if (/^MsoTitle/i.test(cls)) {
        blocks.push({ kind: 'heading', text: clean(raw), level: 1, ordered: false });
      } else {
        const text = clean(raw);
        if (text) blocks.push({ kind: 'paragraph', text, level: 0, ordered: false });
      }
    } else if (tag === 'table' || tag === 'tbody' || tag === 'thead' || tag === 'tr' || tag === 'td' || tag === 'th' || tag === 'div' || tag === 'section' || tag === 'article' || tag === 'body' || tag === 'blockquote') {
      if (tag === 'td' || tag === 'th') {
        if (child.querySelector('p,h1,h2,h3,h4,h5,h6,ul,ol')) collect(child, blocks, listDepth, ordered);
        else {
          const text = clean(child.textContent ?? '');
          if (text) blocks.push({ kind: 'paragraph', text, level: 0, ordered: false });
        }
      } else collect(child, blocks, listDepth, ordered);
    } else if (!/^(style|script|meta|link|title|head|xml|o:p)$/.test(tag)) {
      const text = clean(child.textContent ?? '');
      if (text) blocks.push({ kind: 'paragraph', text, level: 0, ordered: false });
    }
  }
}

/**
 * Markdown for pasted HTML, when it has headings or lists worth keeping;
 * undefined otherwise (then the plain text is pasted as it is).
 */
export function htmlToMarkdown(html: string, parser: DOMParser = new DOMParser()): string | undefined {
  // Word's clipboard carries style sheets; they are not needed, and the page's policy would refuse them.
  const document = parser.parseFromString(html.replace(/<style[\s\S]*?<\/style>/gi, ''), 'text/html');
  const blocks: Block[] = [];
  collect(document.body, blocks, 0, false);
  if (!blocks.some((block) => block.kind !== 'paragraph')) return undefined;
  const counters: number[] = [];
  /** Whether the list open at each level is numbered. */
  const orderedAt: boolean[] = [];
  let out = '';
  let previous: Block | undefined;
  for (const block of blocks) {
    if (!block.text) continue;
    let line: string;
    let newList = false;
    if (block.kind === 'heading') line = `${'#'.repeat(block.level)} ${block.text}`;
    else if (block.kind === 'item') {
      // A bulleted list after a numbered one (or the other way round) at the same level is a new list.
      newList = previous?.kind === 'item' && orderedAt[block.level - 1] !== undefined && orderedAt[block.level - 1] !== block.ordered;
      if (newList) counters[block.level - 1] = 0;
      counters.length = block.level;
      orderedAt.length = block.level;
      orderedAt[block.level - 1] = block.ordered;
      counters[block.level - 1] = (counters[block.level - 1] ?? 0) + 1;
      line = `${'   '.repeat(block.level - 1)}${block.ordered ? `${counters[block.level - 1]}.` : '-'} ${block.text}`;
    } else line = block.text;
    if (block.kind !== 'item') {
      counters.length = 0;
      orderedAt.length = 0;
    }
    const sameList = previous?.kind === 'item' && block.kind === 'item' && !newList;
    out += previous === undefined ? line : sameList ? `\n${line}` : `\n\n${line}`;
    previous = block;
  }
  return `${out}\n`;
}
