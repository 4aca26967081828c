/**
 * A real VS Code for the end-to-end tests: code-server (VS Code's own workbench and
 * extension host, in a browser) started on a free loopback port, driven by playwright-core
 * with Debian's Chromium. Every wait is on a condition in the page, never a fixed sleep.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, openSync, closeSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import type { PageDocument, PageElement, PageText } from './page-dom.ts';
import { RESULTS } from './paths.ts';

/** The box of a piece of text on screen, in page pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How to start one VS Code. */
export interface StartOptions {
  /** Names the folder for this session's logs, screenshots and workspace. */
  name: string;
  /** A fixture folder, copied to a fresh workspace. */
  fixture: string;
  /** false: the workspace opens untrusted (the trust dialog is shown). */
  trusted: boolean;
  codeServerEntry: string;
  extensionsDir: string;
}

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.colorTheme': 'Default Light Modern',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 150,
  'editor.fontSize': 15,
  'editor.wordWrap': 'on',
  'files.autoSave': 'off',
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'security.workspace.trust.startupPrompt': 'always',
  'security.workspace.trust.untrustedFiles': 'open',
};

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: string): Promise<void> {
  let exited = false;
  child.once('exit', () => (exited = true));
  for (;;) {
    if (exited) throw new Error(`code-server exited before it was ready; see ${log}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** One running code-server with one Chromium page on it. */
export class VsCode {
  private step = 0;

  private constructor(
    readonly page: Page,
    readonly workspace: string,
    readonly dir: string,
    private readonly browser: Browser,
    private readonly server: ChildProcess,
    private readonly extensionsDir: string,
  ) {}

  /** Starts code-server on a copy of the fixture and opens it in Chromium. */
  static async start(options: StartOptions): Promise<VsCode> {
    const dir = join(RESULTS, options.name);
    const workspace = join(dir, 'workspace');
    const userData = join(dir, 'user-data');
    mkdirSync(join(userData, 'User'), { recursive: true });
    cpSync(options.fixture, workspace, { recursive: true });
    writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));

    const port = await freePort();
    const logFile = join(dir, 'code-server.log');
    const log = openSync(logFile, 'w');
    const args = [
      options.codeServerEntry,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--user-data-dir', userData,
      '--extensions-dir', options.extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      ...(options.trusted ? ['--disable-workspace-trust'] : []),
      workspace,
    ];
    const server = spawn(process.execPath, args, {
      detached: true,
      stdio: ['ignore', log, log],
      env: { ...process.env, XDG_CONFIG_HOME: join(dir, 'xdg-config'), XDG_DATA_HOME: join(dir, 'xdg-data') },
    });
    closeSync(log);
    let browser: Browser | undefined;
    try {
      await waitForHealth(`http://127.0.0.1:${port}/healthz`, server, logFile);
      browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      // tsx and Vite compile named functions with an `__name` helper; functions passed to
      // page.evaluate carry those calls into the page, so give the page the helper too.
      await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
      const vscode = new VsCode(page, workspace, dir, browser, server, options.extensionsDir);
      await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      return vscode;
    } catch (error) {
      await browser?.close();
      stopProcessGroup(server);
      throw error;
    }
  }

  /** Saves a screenshot of the whole window as test-results/e2e/NAME/NN-label.png. */
  async screenshot(label: string): Promise<void> {
    this.step += 1;
    await this.page.screenshot({ path: join(this.dir, `${String(this.step).padStart(2, '0')}-${label}.png`) });
  }

  /** Closes Chromium and stops code-server (its whole process group). */
  async stop(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    stopProcessGroup(this.server);
  }

  /** Opens a workspace file with Quick Open and waits until its text is on screen. */
  async openFile(name: string, expectText: string): Promise<void> {
    const { page } = this;
    await page.locator('.monaco-workbench .part.editor').waitFor();
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(name);
    // Enter opens the highlighted row: wait until the list has caught up with the typing.
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.part.editor .view-lines', { hasText: expectText }).waitFor();
  }

  /** Runs a command from the command palette by its title. */
  async runCommand(title: string): Promise<void> {
    const { page } = this;
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** The active editor's visible text, line by line (spaces normalised). */
  editorText(): Promise<string> {
    return this.page.evaluate(() => {
      const doc = (globalThis as unknown as { document: PageDocument }).document;
      const lines: PageElement[] = [...doc.querySelectorAll('.part.editor .view-lines .view-line')];
      lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
      return lines.map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n');
    });
  }

  /**
   * The screen box of the `occurrence`-th whole-word match of `word` in the active editor.
   * @returns undefined when the word is not on screen
   */
  wordBox(word: string, occurrence = 0): Promise<Box | undefined> {
    return this.page.evaluate(
      ([word, occurrence]) => {
        const doc = (globalThis as unknown as { document: PageDocument }).document;
        const lines: PageElement[] = [...doc.querySelectorAll('.part.editor .view-lines .view-line')];
        lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
        let seen = 0;
        for (const line of lines) {
          const nodes: { node: PageText; start: number }[] = [];
          let text = '';
          const walker = doc.createTreeWalker(line, 4 /* NodeFilter.SHOW_TEXT */);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            nodes.push({ node, start: text.length });
            text += node.data;
          }
          text = text.replace(/\u00a0/g, ' ');
          for (let index = text.indexOf(word); index >= 0; index = text.indexOf(word, index + 1)) {
            const before = text[index - 1] ?? ' ';
            const after = text[index + word.length] ?? ' ';
            if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
            if (seen++ !== occurrence) continue;
            const at = (offset: number): [PageText, number] => {
              const hit = [...nodes].reverse().find((item) => item.start <= offset)!;
              return [hit.node, offset - hit.start];
            };
            const range = doc.createRange();
            range.setStart(...at(index));
            range.setEnd(...at(index + word.length));
            const rect = range.getBoundingClientRect();
            return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
          }
        }
        return undefined;
      },
      [word, occurrence] as const,
    );
  }

  /**
   * The squiggles drawn under a word, by class (`squiggly-warning`, `squiggly-info`, ...).
   * @returns [] when the word has none, or is not on screen
   */
  async squigglesUnder(word: string, occurrence = 0): Promise<string[]> {
    const box = await this.wordBox(word, occurrence);
    if (!box) return [];
    return this.page.evaluate((box) => {
      const doc = (globalThis as unknown as { document: PageDocument }).document;
      const found: string[] = [];
      for (const element of doc.querySelectorAll('.part.editor .view-overlays [class*="squiggly-"]')) {
        const rect = element.getBoundingClientRect();
        const overlapsX = rect.left < box.x + box.width - 1 && rect.right > box.x + 1;
        const overlapsY = rect.top < box.y + box.height && rect.bottom > box.y;
        if (overlapsX && overlapsY) {
          for (const name of element.classList) if (name.startsWith('squiggly-')) found.push(name);
        }
      }
      return found;
    }, box);
  }

  /** How many Plain IG-style squiggles are in the editor now. */
  squiggleCount(): Promise<number> {
    return this.page.locator('.part.editor .view-overlays [class*="squiggly-"]').count();
  }

  /** Moves the mouse over a word and returns the hover widget once it shows `expectText`. */
  async hover(word: string, expectText: string | RegExp): Promise<Locator> {
    const box = await this.wordBox(word);
    if (!box) throw new Error(`"${word}" is not on screen`);
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = this.page.locator('.monaco-hover:not(.hidden)', { hasText: expectText }).first();
    await hover.waitFor();
    return hover;
  }

  /** Puts the cursor in a word (by clicking it). */
  async clickWord(word: string): Promise<void> {
    const box = await this.wordBox(word);
    if (!box) throw new Error(`"${word}" is not on screen`);
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** Moves the mouse out of the way and closes any hover or menu. */
  async dismiss(): Promise<void> {
    await this.page.mouse.move(5, 400);
    await this.page.keyboard.press('Escape');
  }

  /**
   * Process ids of Plain IG language servers started by this code-server (found in /proc
   * by their command line, which names this run's extensions folder).
   */
  serverPids(): number[] {
    const pids: number[] = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
        if (group === this.server.pid && cmdline.includes(this.extensionsDir) && cmdline.includes('dist/server.mjs')) pids.push(Number(entry));
      } catch {
        // the process ended while we looked
      }
    }
    return pids;
  }

  /** The Plain IG status bar item. */
  statusItem(): Locator {
    return this.page.locator('.part.statusbar .statusbar-item', { hasText: 'Plain IG' });
  }
}

function stopProcessGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5000);
  timer.unref();
  child.once('exit', () => clearTimeout(timer));
}
