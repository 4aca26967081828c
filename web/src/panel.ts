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

/** The findings panel. */
export class FindingsPanel {
  /** The jump buttons in panel order (grouped by check). */
  private buttons: HTMLButtonElement[] = [];
  /** The jump button of each finding, by its index in the findings. */
  private byFinding = new Map<number, HTMLButtonElement>();

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

  /** Shows these findings, grouped by check. */
  render(findings: readonly Finding[]): void {
    const focused = this.buttons.indexOf(document.activeElement as HTMLButtonElement);
    this.buttons = [];
    this.byFinding = new Map();
    const groups: HTMLElement[] = [];
    let index = 0;
    const numbered = findings.map((finding) => ({ finding, index: index++ }));
    for (const check of PANEL_ORDER) {
      const inGroup = numbered.filter(({ finding }) => finding.check === check);
      if (inGroup.length === 0) continue;
      const info = this.checks.find((c) => c.id === check);
      const headingId = `group-${check}`;
      const list = element('ul', { class: 'findings-list', role: 'list' });
      for (const { finding, index: i } of inGroup) list.append(this.item(finding, i));
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
    this.root.replaceChildren(...groups);
    if (focused >= 0) this.buttons[Math.min(focused, this.buttons.length - 1)]?.focus();
  }

  /** Focuses the panel entry of finding `index` (its index in the findings, not its place on the panel). */
  focus(index: number): void {
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
    if (event.key === 'ArrowDown') next = Math.min(current + 1, this.buttons.length - 1);
    else if (event.key === 'ArrowUp') next = Math.max(current - 1, 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = this.buttons.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    this.buttons[next]!.focus();
  }
}
