/**
 * Inline control comments in Markdown:
 *   <!-- plain-ig disable risk -->  …  <!-- plain-ig enable risk -->
 *   <!-- plain-ig disable jargon/cloud -- we explain this term in the glossary -->
 *   <!-- plain-ig ignore-next -->   (the next block)
 * With no names, a comment applies to every check. Text after `--` is a reason.
 */
import type { Comment } from './document.ts';

/** A stretch of the document where some rules are switched off. */
export interface Suppression {
  start: number;
  end: number;
  /** Check ids, `check/rule` or rule ids; empty means everything. */
  rules: string[];
}

/** What a control comment says. */
export interface ControlComment {
  action: 'disable' | 'enable' | 'ignore-next';
  rules: string[];
  reason?: string;
  start: number;
  end: number;
}

const CONTROL = /^\s*plain-ig\s+(disable|enable|ignore-next)\b([\s\S]*)$/;

/** Reads the control comments among a document's HTML comments. */
export function parseControlComments(comments: readonly Comment[]): ControlComment[] {
  const out: ControlComment[] = [];
  for (const comment of comments) {
    const match = CONTROL.exec(comment.text);
    if (!match) continue;
    const [names = '', reason] = (match[2] ?? '').split(/\s--\s?/, 2);
    const rules = names.split(/[\s,]+/).filter(Boolean);
    out.push({ action: match[1] as ControlComment['action'], rules, start: comment.start, end: comment.end, ...(reason?.trim() ? { reason: reason.trim() } : {}) });
  }
  return out;
}

/**
 * Turns control comments into suppressed stretches.
 * @param blockStarts sorted block start offsets, to find "the next block"
 */
export function suppressions(controls: readonly ControlComment[], blocks: ReadonlyArray<{ start: number; end: number }>, length: number): Suppression[] {
  const out: Suppression[] = [];
  const open = new Map<string, number>();
  const ALL = '*';
  for (const control of controls) {
    const keys = control.rules.length > 0 ? control.rules : [ALL];
    if (control.action === 'ignore-next') {
      const next = blocks.find((block) => block.start >= control.end);
      if (next) out.push({ start: next.start, end: next.end, rules: control.rules });
    } else if (control.action === 'disable') {
      for (const key of keys) if (!open.has(key)) open.set(key, control.end);
    } else {
      for (const key of keys) {
        if (key === ALL) {
          for (const [k, start] of open) out.push({ start, end: control.start, rules: k === ALL ? [] : [k] });
          open.clear();
          continue;
        }
        const start = open.get(key);
        if (start !== undefined) {
          out.push({ start, end: control.start, rules: [key] });
          open.delete(key);
        }
      }
    }
  }
  for (const [key, start] of open) out.push({ start, end: length, rules: key === ALL ? [] : [key] });
  return out;
}

/** True when a finding of `check`/`ruleId` at `offset` is switched off. */
export function isSuppressed(list: readonly Suppression[], check: string, ruleId: string, offset: number): boolean {
  return list.some(
    (s) =>
      offset >= s.start &&
      offset < s.end &&
      (s.rules.length === 0 || s.rules.includes(check) || s.rules.includes(ruleId) || s.rules.includes(`${check}/${ruleId}`)),
  );
}

/**
 * True when a `disable` comment anywhere in the document names this check or
 * rule (`leadership`, `leadership/staff-support` or `staff-support`). Used for
 * document-level findings, which have no place of their own to switch off.
 */
export function disabledForDocument(controls: readonly ControlComment[], check: string, ruleId: string): boolean {
  return controls.some((control) => control.action === 'disable' && control.rules.some((rule) => rule === check || rule === ruleId || rule === `${check}/${ruleId}`));
}
