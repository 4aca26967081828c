/**
 * Names the VS Code client and the server both use, in one place. The client
 * bundles this module, so it imports nothing.
 */

/** The settings section (`plainIg.*`) the server pulls with `workspace/configuration`. */
export const SETTINGS_SECTION = 'plainIg';

/** Config file names, in the order they are looked for in each folder. */
export const CONFIG_NAMES = ['.plain-ig.yml', '.plain-ig.yaml', '.plain-ig.json'] as const;

/** The ignore file Plain IG reads besides `.gitignore` (same syntax). */
export const IGNORE_FILE = '.plain-ig-ignore';

/** Config and ignore files, anywhere in the workspace: a change to any of them is acted on. */
export const WATCHED_FILES = `**/{${[...CONFIG_NAMES, IGNORE_FILE].join(',')}}`;

/** Command ids the server handles (`workspace/executeCommand`). */
export const COMMANDS = {
  fixAll: 'plain-ig.fixAll',
  checkWorkspace: 'plain-ig.checkWorkspace',
  showRuleDocumentation: 'plain-ig.showRuleDocumentation',
  addToAllowList: 'plain-ig.addToAllowList',
} as const;

/** Command ids the client handles itself. */
export const CLIENT_COMMANDS = {
  restartServer: 'plain-ig.restartServer',
  openConfigFile: 'plain-ig.openConfigFile',
  showOutput: 'plain-ig.showOutput',
} as const;
