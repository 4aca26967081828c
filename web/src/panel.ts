/**
 * The side panel: findings grouped by check, each with where it is, the
 * message, why it matters, the evidence and the alternatives, and buttons to
 * apply one. Arrow keys move between findings; Enter shows one in the text.
 * Built with DOM calls (never innerHTML), so text from a document can never
 * become markup.
 */
import { editFor } from '../../server/src/core/fixes.ts';
import type { CheckId, Finding } from '../../server/src/core/types.ts';
import { describeLocation, type SourceLocation } from './document-source.ts';
import { actionLabel } from './editor.ts';
import type { CheckInfo } from './protocol.ts';

/** What the panel calls back for. */
export interface PanelHooks {
  /** Show this finding in the text. */
  reveal(finding: Finding): void;
  /** Apply alternative `choice` of this finding. */
  apply(finding: Finding, choice: number): void;
  /** Where a finding is. */
  locate(finding: Finding): SourceLocation;
  /** Called when every entry of the last render is drawn (default: nothing). */
  drawn?(): void;
}

/** Check order on the panel: what matters most first. */
export const PANEL_ORDER: CheckId[] = ['risk', 'trust', 'leadership', 'outdated', 'jargon', 'acronym', 'plain-words'];

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Longest quote of the flagged words on a panel entry before it is cut with an ellipsis. */
export const ACTUAL_LENGTH = 70;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= ACTUAL_LENGTH ? flat : `${flat.slice(0, ACTUAL_LENGTH - 1).replace(/\s\S*$/, '')}…`;
}

/**
 * Entries drawn at once when findings arrive; the rest follow in batches of
 * LATER_BATCH, one batch per task, so a long document's 600 findings do not
 * hold up the page (underlines and counts are complete at once). Keyboard
 * moves and F8 draw the rest first when they need it.
 */
export const FIRST_BATCH = 60;
/** Entries drawn per later task. */
export const LATER_BATCH = 120;

/** An entry still to draw: its list, its finding and the finding's index. */
interface Pending {
  list: HTMLElement;
  finding: Finding;
  index: number;
}

/** The findings panel. */
export class FindingsPanel {
  /** The jump buttons drawn so far, in panel order (grouped by check). */
  private buttons: HTMLButtonElement[] = [];
  /** The jump button of each finding drawn so far, by its index in the findings. */
  private byFinding = new Map<number, HTMLButtonElement>();
  /** Entries not drawn yet, in panel order. */
  private pending: Pending[] = [];
  private drawing: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly hooks: PanelHooks,
    private checks: readonly CheckInfo[] = [],
  ) {
    root.addEventListener('keydown', (event) => this.onKey(event));
  }

  /** Sets the titles and descriptions of the checks (from the worker). */
  setChecks(checks: readonly CheckInfo[]): void {
    this.checks = checks;
  }

  /** Shows these findings, grouped by check: the groups and the first entries now, the rest in later tasks. */
  render(findings: readonly Finding[]): void {
    const focused = this.buttons.indexOf(document.activeElement as HTMLButtonElement);
    this.buttons = [];
    this.byFinding = new Map();
    this.pending = [];
    clearTimeout(this.drawing);
    const groups: HTMLElement[] = [];
    const byCheck = new Map<CheckId, Array<{ finding: Finding; index: number }>>();
    findings.forEach((finding, index) => {
      const inGroup = byCheck.get(finding.check) ?? [];
      inGroup.push({ finding, index });
      byCheck.set(finding.check, inGroup);
    });
    for (const check of PANEL_ORDER) {
      const inGroup = byCheck.get(check) ?? [];
      if (inGroup.length === 0) continue;
      const info = this.checks.find((c) => c.id === check);
      const headingId = `group-${check}`;
      const list = element('ul', { class: 'findings-list', role: 'list' });
      for (const { finding, index } of inGroup) this.pending.push({ list, finding, index });
      groups.push(
        element(
          'section',
          { class: `group pig-${check}`, 'aria-labelledby': headingId },
          element('h3', { id: headingId }, element('span', { class: 'swatch', 'aria-hidden': 'true' }), `${info?.title ?? check} `, element('span', { class: 'count' }, `(${inGroup.length})`)),
          ...(info ? [element('p', { class: 'group-why' }, info.description)] : []),
          list,
        ),
      );
    }
    this.draw(Math.max(FIRST_BATCH, focused + 1));
    this.root.replaceChildren(...groups);
    if (focused >= 0) this.buttons[Math.min(focused, this.buttons.length - 1)]?.focus();
  }

  /** Draws every entry not drawn yet, now. */
  flush(): void {
    this.draw(this.pending.length);
  }

  /** Draws the next `count` entries, and schedules the rest. */
  private draw(count: number): void {
    clearTimeout(this.drawing);
    const batch = this.pending.splice(0, count);
    const lists = new Map<HTMLElement, HTMLElement[]>();
    for (const { list, finding, index } of batch) {
      const items = lists.get(list) ?? [];
      items.push(this.item(finding, index));
      lists.set(list, items);
    }
    for (const [list, items] of lists) list.append(...items);
    if (this.pending.length > 0) this.drawing = setTimeout(() => this.draw(LATER_BATCH), 0);
    else this.hooks.drawn?.();
  }

  /** Focuses the panel entry of finding `index` (its index in the findings, not its place on the panel). */
  focus(index: number): void {
    if (!this.byFinding.has(index)) this.flush();
    this.byFinding.get(index)?.focus();
  }

  private item(finding: Finding, index: number): HTMLElement {
    const where = describeLocation(this.hooks.locate(finding));
    const jump = element(
      'button',
      { type: 'button', class: 'finding-jump', 'data-index': String(index) },
      element('span', { class: 'actual' }, `‘${shorten(finding.actual)}’`),
      element('span', { class: 'where' }, where),
      element('span', { class: `severity sev-${finding.severity}` }, finding.severity),
    );
    jump.addEventListener('click', () => this.hooks.reveal(finding));
    this.buttons.push(jump);
    this.byFinding.set(index, jump);
    const details = element('details', { class: 'why' }, element('summary', {}, 'Why it matters'), element('p', {}, finding.note));
    if (finding.evidence && finding.evidence.length > 0) {
      const evidence = element('ul', { class: 'evidence' });
      for (const item of finding.evidence) {
        evidence.append(element('li', {}, element('a', { href: item.url, target: '_blank', rel: 'noopener noreferrer' }, item.title), `: ${item.text}`));
      }
      details.append(element('p', { class: 'evidence-title' }, 'Evidence'), evidence);
    }
    details.append(element('p', {}, element('a', { href: finding.url, target: '_blank', rel: 'noopener noreferrer' }, 'About this rule')));
    const fixes = element('div', { class: 'fixes' });
    const choices = finding.expected.length === 0 ? [0] : finding.expected.map((_, i) => i);
    for (const choice of choices) {
      if (!editFor(finding, choice)) continue;
      const alternative = finding.expected[choice];
      const label = actionLabel(finding, alternative);
      const button = element('button', { type: 'button', class: 'fix' }, label);
      if (finding.fixKind === 'reframe' && alternative) button.setAttribute('title', alternative);
      button.addEventListener('click', () => this.hooks.apply(finding, choice));
      if (finding.fixKind === 'reframe' && alternative) fixes.append(element('blockquote', { class: 'reframe' }, alternative));
      fixes.append(button);
    }
    const safety = finding.safe
      ? element('p', { class: 'safe' }, 'Safe to fix without reading: included in “Fix all safe”.')
      : finding.unsafeReason
        ? element('p', { class: 'unsafe' }, finding.unsafeReason)
        : '';
    return element('li', { class: 'finding' }, jump, element('p', { class: 'message' }, finding.message), fixes, safety, details);
  }

  private onKey(event: KeyboardEvent): void {
    const current = this.buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (current < 0) return;
    let next: number | undefined;
    if ((event.key === 'ArrowDown' || event.key === 'End') && this.pending.length > 0) this.flush();
    if (event.key === 'ArrowDown') next = Math.min(current + 1, this.buttons.length - 1);
    else if (event.key === 'ArrowUp') next = Math.max(current - 1, 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = this.buttons.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    this.buttons[next]!.focus();
  }
}
