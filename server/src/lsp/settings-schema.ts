/**
 * The editor settings of Plain IG (`plainIg.*`), described as data. The
 * language server reads them with `workspace/configuration`; the VS Code
 * client's build step turns this list into `contributes.configuration`, so the
 * manifest and the server never disagree.
 */
import { CHECK_IDS, CHECKS } from '../checks/registry.ts';
import { NATIONS } from '../core/settings.ts';
import { DEFAULT_SEVERITY } from '../engine/settings.ts';
import { SEVERITIES } from '../core/types.ts';
import { SETTINGS_SECTION } from '../core/shared.ts';

/** Lower-cases the first letter only, so acronyms such as “IT” keep their capitals. */
const lowerFirst = (text: string): string => (/^[A-Z]{2}/.test(text) ? text : (text[0] ?? '').toLowerCase() + text.slice(1));

/** The settings section the server asks the editor for. */


/** When documents are checked: as you type (debounced) or only when saved. */
export type RunMode = 'onType' | 'onSave';

/** One editor setting: enough to write a JSON schema entry for it. */
export interface SettingDescription {
  /** The full key, for example `plainIg.checks.jargon.enabled`. */
  key: string;
  type: 'boolean' | 'string' | 'array';
  default: boolean | string | string[];
  /** Allowed values, for `string` settings that have a fixed list. */
  enum?: readonly string[];
  /** What each `enum` value means, in the same order. */
  enumDescriptions?: readonly string[];
  /** The type of each item, for `array` settings. */
  items?: { type: 'string' };
  /** Shown in the settings editor; plain UK English. */
  markdownDescription: string;
  /** `resource`: can differ per folder or file (every Plain IG setting can). */
  scope: 'resource';
}

/**
 * Every `plainIg.*` setting, in the order the settings editor should show them.
 * Defaults match the core's `defaultSettings()`.
 */
export function settingsSchema(): SettingDescription[] {
  const out: SettingDescription[] = [];
  for (const id of CHECK_IDS) {
    const check = CHECKS[id];
    out.push(
      {
        key: `${SETTINGS_SECTION}.checks.${id}.enabled`,
        type: 'boolean',
        default: true,
        markdownDescription: `Check for ${lowerFirst(check.title)}: ${check.description}`,
        scope: 'resource',
      },
      {
        key: `${SETTINGS_SECTION}.checks.${id}.severity`,
        type: 'string',
        default: DEFAULT_SEVERITY[id],
        enum: SEVERITIES,
        enumDescriptions: ['Shown as an error', 'Shown as a warning', 'Shown as information', 'Shown as a faint hint'],
        markdownDescription: `How ${lowerFirst(check.title)} findings are shown. A \`.plain-ig.yml\` in the workspace can set this for everyone.`,
        scope: 'resource',
      },
    );
  }
  out.push(
    {
      key: `${SETTINGS_SECTION}.allow`,
      type: 'array',
      items: { type: 'string' },
      default: [],
      markdownDescription:
        'Words, phrases or rule ids (such as `jargon/cloud`) never to flag. Added to the `allow` list in `.plain-ig.yml`.',
      scope: 'resource',
    },
    {
      key: `${SETTINGS_SECTION}.audience`,
      type: 'string',
      default: 'auto',
      enum: ['auto', 'staff', 'public'],
      enumDescriptions: [
        'Not set: wording checks read documents as written for staff; the leadership check decides per document (staff policy or public notice)',
        'Written for health and care staff',
        'Written for patients, service users and the public',
      ],
      markdownDescription: 'Who the documents are written for: more words count as jargon for the public, and the leadership check looks for different things in a staff policy and a public notice.',
      scope: 'resource',
    },
    {
      key: `${SETTINGS_SECTION}.nation`,
      type: 'string',
      default: 'england',
      enum: NATIONS,
      markdownDescription: "Which UK nation's law and guidance the explanations should cite.",
      scope: 'resource',
    },
    {
      key: `${SETTINGS_SECTION}.run`,
      type: 'string',
      default: 'onType',
      enum: ['onType', 'onSave'],
      enumDescriptions: ['Check as you type, after a short pause', 'Check only when the file is opened or saved'],
      markdownDescription: 'When to check documents.',
      scope: 'resource',
    },
    {
      key: `${SETTINGS_SECTION}.dictionaries`,
      type: 'array',
      items: { type: 'string' },
      default: [],
      markdownDescription:
        'Extra dictionary files (YAML), for your own terms. Relative paths are read from the workspace folder.',
      scope: 'resource',
    },
  );
  return out;
}
