/**
 * Writes the VS Code parts of package.json: `contributes` (commands, menus and the
 * `plainIg.*` settings, generated from the server's settings schema and so from the check
 * registry), `activationEvents`, `capabilities` and the other extension fields.
 *
 *   npx tsx scripts/generate-manifest.ts          write package.json
 *   npx tsx scripts/generate-manifest.ts --check  exit 1 when package.json is stale
 *
 * Only these fields are touched; every other field keeps its value and place.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { settingsSchema, SETTINGS_SECTION, type SettingDescription } from '../server/src/lsp/settings-schema.ts';

/** A command contributed to the palette. */
interface CommandContribution {
  command: string;
  title: string;
  category: 'Plain IG';
  icon?: string;
}

const category = 'Plain IG' as const;
const policyEditor = 'editorLangId == markdown || editorLangId == plaintext';

/** Every command the extension contributes, client and server alike. */
export const COMMANDS: CommandContribution[] = [
  { command: 'plain-ig.fixAll', title: 'Fix all safe findings in this document', category },
  { command: 'plain-ig.checkWorkspace', title: 'Check every document in the workspace', category },
  { command: 'plain-ig.showRuleDocumentation', title: 'Explain the finding under the cursor', category },
  { command: 'plain-ig.addToAllowList', title: 'Allow this word in .plain-ig.yml', category },
  { command: 'plain-ig.openConfigFile', title: 'Open the config file (.plain-ig.yml)', category },
  { command: 'plain-ig.restartServer', title: 'Restart the checker', category },
  { command: 'plain-ig.showOutput', title: 'Show the log', category },
];

/** When each command shows in the palette; commands not listed always show. */
const PALETTE_WHEN: Record<string, string> = {
  'plain-ig.fixAll': policyEditor,
  'plain-ig.showRuleDocumentation': policyEditor,
  // Needs a finding as its argument: offered by the quick-fix menu instead.
  'plain-ig.addToAllowList': 'false',
};

function configurationProperty(setting: SettingDescription): Record<string, unknown> {
  return {
    type: setting.type,
    default: setting.default,
    ...(setting.enum ? { enum: [...setting.enum] } : {}),
    ...(setting.enumDescriptions ? { enumDescriptions: [...setting.enumDescriptions] } : {}),
    ...(setting.items ? { items: setting.items } : {}),
    markdownDescription: setting.markdownDescription,
    scope: setting.scope,
  };
}

/** The `contributes` block, built from the settings schema and {@link COMMANDS}. */
export function contributes(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  settingsSchema().forEach((setting, index) => {
    properties[setting.key] = { ...configurationProperty(setting), order: index };
  });
  return {
    commands: COMMANDS,
    menus: {
      commandPalette: Object.entries(PALETTE_WHEN).map(([command, when]) => ({ command, when })),
    },
    configuration: {
      title: 'Plain IG',
      properties,
    },
  };
}

/** Every package.json field this script owns, in the order they are written. */
export function manifestFields(): Record<string, unknown> {
  return {
    main: './dist/extension.cjs',
    icon: 'images/icon.png',
    galleryBanner: { color: '#005EB8', theme: 'dark' },
    categories: ['Linters', 'Other'],
    keywords: ['information governance', 'plain English', 'GDPR', 'Caldicott', 'NHS', 'social care', 'data protection', 'policy', 'linter'],
    repository: { type: 'git', url: 'https://github.com/plain-ig/plain-ig.git' },
    extensionKind: ['workspace'],
    activationEvents: ['onLanguage:markdown', 'onLanguage:plaintext', 'workspaceContains:**/.plain-ig.{yml,yaml,json}'],
    capabilities: {
      untrustedWorkspaces: {
        supported: 'limited',
        restrictedConfigurations: [`${SETTINGS_SECTION}.dictionaries`],
        description:
          'In Restricted Mode Plain IG still checks your documents, but ignores extra dictionaries named in the workspace settings. Plain IG never runs anything from the workspace: .plain-ig.yml and dictionaries are read as data only.',
      },
      virtualWorkspaces: {
        supported: false,
        description: 'Plain IG reads .plain-ig.yml and its dictionaries from disk, so it needs files on this computer.',
      },
    },
    contributes: contributes(),
  };
}

/** Returns package.json text with the owned fields replaced (other fields untouched, in place). */
export function updatedManifest(text: string): string {
  const pkg = JSON.parse(text) as Record<string, unknown>;
  for (const [key, value] of Object.entries(manifestFields())) pkg[key] = value;
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

const packageJson = fileURLToPath(new URL('../package.json', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const current = readFileSync(packageJson, 'utf8');
  const next = updatedManifest(current);
  if (process.argv.includes('--check')) {
    if (current !== next) {
      process.stderr.write('package.json is out of date: run npx tsx scripts/generate-manifest.ts\n');
      process.exitCode = 1;
    }
  } else if (current !== next) {
    writeFileSync(packageJson, next);
    process.stdout.write('package.json updated\n');
  } else {
    process.stdout.write('package.json already up to date\n');
  }
}
