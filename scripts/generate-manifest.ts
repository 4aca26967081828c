/**
 * Writes the VS Code parts of package.json: `contributes` (commands, menus and the
 * `plainIg.*` settings, generated from the server's settings schema and so from the check
 * registry), `activationEvents`, `capabilities` and the other extension fields; and the
 * settings and commands tables in docs/vscode.md (between the `generated` markers); and
 * the client's copy of the starter config, client/src/starter-config.ts (the client
 * imports no check, so it gets the text the checks' metadata make, as a literal).
 *
 *   npx tsx scripts/generate-manifest.ts          write package.json, docs/vscode.md and the client's starter config
 *   npx tsx scripts/generate-manifest.ts --check  exit 1 when either is stale
 *
 * Only these fields and tables are touched; everything else keeps its value and place.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CLIENT_COMMANDS, COMMANDS as SERVER_COMMANDS, SETTINGS_SECTION } from '../server/src/core/shared.ts';
import { STARTER_CONFIG } from '../server/src/engine/settings.ts';
import { settingsSchema, type SettingDescription } from '../server/src/lsp/settings-schema.ts';

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
  { command: SERVER_COMMANDS.fixAll, title: 'Fix all safe findings in this document', category },
  { command: SERVER_COMMANDS.checkWorkspace, title: 'Check every document in the workspace', category },
  { command: SERVER_COMMANDS.showRuleDocumentation, title: 'Explain the finding under the cursor', category },
  { command: SERVER_COMMANDS.addToAllowList, title: 'Allow this word in .plain-ig.yml', category },
  { command: CLIENT_COMMANDS.openConfigFile, title: 'Open the config file (.plain-ig.yml)', category },
  { command: CLIENT_COMMANDS.restartServer, title: 'Restart the checker', category },
  { command: CLIENT_COMMANDS.showOutput, title: 'Show the log', category },
];

/** When each command shows in the palette; commands not listed always show. */
const PALETTE_WHEN: Record<string, string> = {
  [SERVER_COMMANDS.fixAll]: policyEditor,
  [SERVER_COMMANDS.showRuleDocumentation]: policyEditor,
  // Needs a finding as its argument: offered by the quick-fix menu instead.
  [SERVER_COMMANDS.addToAllowList]: 'false',
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

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

function defaultText(value: SettingDescription['default']): string {
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map((item) => `\`${item}\``).join(', ');
  return `\`${String(value)}\``;
}

/** The Markdown tables of settings and commands for docs/vscode.md. */
export function docsTables(): string {
  const settings = settingsSchema().map(
    (setting) =>
      `| \`${setting.key}\` | ${defaultText(setting.default)} | ${cell(setting.markdownDescription)}${setting.enum ? ` One of: ${setting.enum.map((item) => `\`${item}\``).join(', ')}.` : ''} |`,
  );
  const commands = COMMANDS.filter(({ command }) => PALETTE_WHEN[command] !== 'false').map(
    ({ command, title }) => `| ${category}: ${title} | \`${command}\` |`,
  );
  return [
    '| Setting | Default | What it does |',
    '| --- | --- | --- |',
    ...settings,
    '',
    '| Command (in the command palette) | Id, for keyboard shortcuts |',
    '| --- | --- |',
    ...commands,
  ].join('\n');
}

const START = '<!-- generated by scripts/generate-manifest.ts: start -->';
const END = '<!-- generated by scripts/generate-manifest.ts: end -->';

/** Returns docs/vscode.md text with the generated tables replaced. */
export function updatedDocs(text: string): string {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/vscode.md needs the markers ${START} and ${END}`);
  return `${text.slice(0, start + START.length)}\n${docsTables()}\n${text.slice(end)}`;
}

/** client/src/starter-config.ts: the starter config as a literal (the whole file is generated). */
export function clientStarterConfig(): string {
  return `/**
 * The commented starter config file (no VS Code here, so tests can read it), the
 * same text as \`plain-ig init\` writes. Generated by scripts/generate-manifest.ts
 * from server/src/engine/settings.ts: do not edit.
 */
export const STARTER_CONFIG = ${JSON.stringify(STARTER_CONFIG)};
`;
}

const targets = [
  { file: fileURLToPath(new URL('../package.json', import.meta.url)), update: updatedManifest },
  { file: fileURLToPath(new URL('../docs/vscode.md', import.meta.url)), update: updatedDocs },
  { file: fileURLToPath(new URL('../client/src/starter-config.ts', import.meta.url)), update: clientStarterConfig },
];

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const { file, update } of targets) {
    const current = readFileSync(file, 'utf8');
    const next = update(current);
    if (current === next) continue;
    if (process.argv.includes('--check')) {
      process.stderr.write(`${file} is out of date: run npx tsx scripts/generate-manifest.ts\n`);
      process.exitCode = 1;
    } else {
      writeFileSync(file, next);
      process.stdout.write(`updated ${file}\n`);
    }
  }
}
