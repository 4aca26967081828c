/**
 * "Add to the workspace allow list": the edit that puts a word, phrase or rule
 * id into the `allow:` list of the workspace folder's `.plain-ig.yml`,
 * creating the file when there is none. YAML files are edited through the
 * `yaml` Document API so that comments and layout survive.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSeq, parseDocument } from 'yaml';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { CONFIG_NAMES } from '../core/shared.ts';
import { LineIndex } from '../core/positions.ts';
import { uriOf } from './workspace.ts';

/** What adding a value to the allow list would do. */
export type AllowListChange =
  | { kind: 'edit'; file: string; edit: WorkspaceEdit; newText: string }
  | { kind: 'create'; file: string; edit: WorkspaceEdit; newText: string }
  | { kind: 'already'; file: string }
  | { kind: 'unusable'; file: string; reason: string };

const NEW_FILE_HEADER =
  '# Plain IG settings for this workspace.\n# Words, phrases and rule ids listed under "allow" are never flagged.\n';

/** The one edit that turns `before` into `after`: only the part that differs. */
export function minimalEdit(before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  const lines = new LineIndex(before);
  const from = lines.point(start);
  const to = lines.point(endBefore);
  return {
    range: { start: { line: from.line - 1, character: from.column - 1 }, end: { line: to.line - 1, character: to.column - 1 } },
    newText: after.slice(start, endAfter),
  };
}

/** The text of a config file with `value` added to its allow list, or why that cannot be done. */
export function withAllowed(text: string, file: string, value: string): { text: string } | { already: true } | { reason: string } {
  if (file.endsWith('.json')) {
    let data: unknown;
    try {
      data = text.trim() === '' ? {} : JSON.parse(text);
    } catch {
      return { reason: 'the config file is not valid JSON' };
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return { reason: 'the config file is not a mapping of settings' };
    const record = data as Record<string, unknown>;
    const allow = record['allow'] ?? [];
    if (!Array.isArray(allow)) return { reason: '"allow" in the config file is not a list' };
    if (allow.includes(value)) return { already: true };
    record['allow'] = [...allow, value];
    return { text: `${JSON.stringify(record, null, 2)}\n` };
  }
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return { reason: 'the config file is not valid YAML' };
  if (doc.contents === null) {
    doc.set('allow', [value]);
    return { text: doc.toString() };
  }
  if (typeof doc.contents !== 'object' || !('items' in doc.contents) || isSeq(doc.contents)) return { reason: 'the config file is not a mapping of settings' };
  const allow = doc.get('allow', true);
  if (allow === undefined || allow === null) {
    doc.set('allow', doc.createNode([value]));
    return { text: doc.toString() };
  }
  if (!isSeq(allow)) return { reason: '"allow" in the config file is not a list' };
  if (allow.items.some((item) => String((item as { value?: unknown }).value ?? item) === value)) return { already: true };
  doc.addIn(['allow'], value);
  return { text: doc.toString() };
}

/**
 * The workspace edit that adds `value` to the allow list of the config file at
 * the root of `folder` (the first of `.plain-ig.yml`, `.plain-ig.yaml`,
 * `.plain-ig.json` that exists; a new `.plain-ig.yml` otherwise).
 */
export function allowListChange(folder: string, value: string): AllowListChange {
  const existing = CONFIG_NAMES.map((name) => join(folder, name)).find((file) => existsSync(file));
  if (!existing) {
    const file = join(folder, CONFIG_NAMES[0]);
    const uri = uriOf(file);
    const newText = `${NEW_FILE_HEADER}allow:\n  - ${JSON.stringify(value)}\n`;
    return {
      kind: 'create',
      file,
      newText,
      edit: {
        documentChanges: [
          { kind: 'create', uri, options: { ignoreIfExists: true } },
          { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText }] },
        ],
      },
    };
  }
  let text: string;
  try {
    text = readFileSync(existing, 'utf8');
  } catch {
    return { kind: 'unusable', file: existing, reason: 'the config file cannot be read' };
  }
  const result = withAllowed(text, existing, value);
  if ('already' in result) return { kind: 'already', file: existing };
  if ('reason' in result) return { kind: 'unusable', file: existing, reason: result.reason };
  return { kind: 'edit', file: existing, newText: result.text, edit: { changes: { [uriOf(existing)]: [minimalEdit(text, result.text)] } } };
}
