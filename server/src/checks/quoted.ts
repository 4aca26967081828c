/**
 * Quoted text that no check should reword: a list of the Caldicott principles
 * under a heading (or lead-in line) that names them.
 */
import type { DocumentInput } from '../core/check-api.ts';

/** Index of the section that holds `offset`. */
export function sectionIndex(document: DocumentInput, offset: number): number {
  const index = document.sections.findIndex((section) => offset >= section.start && offset < section.end);
  return index < 0 ? document.sections.length - 1 : index;
}

/** Words that name the principles in a lead-in line. */
const NAMES_PRINCIPLES = /caldicott|principles/i;

/** A list item under a heading (or lead-in line) that names the Caldicott principles. */
export function inPrinciplesList(document: DocumentInput, offset: number): boolean {
  const at = document.blocks.findIndex((block) => offset >= block.start && offset < block.end);
  const block = document.blocks[at];
  if (!block || block.kind !== 'list') return false;
  const section = document.sections[sectionIndex(document, offset)];
  if (section && /caldicott/i.test(section.heading) && /principle/i.test(section.heading)) return true;
  const previous = document.blocks[at - 1];
  if (!previous) return false;
  const lead = document.text.slice(previous.start, previous.end);
  return NAMES_PRINCIPLES.test(lead) && /caldicott/i.test(lead);
}
