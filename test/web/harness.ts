/**
 * Helpers for the page tests: the built page (dist/web, built by the global
 * setup) served by `plain-ig serve`'s own server, and a headless Debian
 * Chromium driven by playwright-core, with the flags this machine's closed
 * network needs.
 */
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startPageServer, type PageServer } from '../../server/src/cli/serve.ts';

/** Chromium's flags: no sandbox as root, and no background traffic of its own. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The built page. */
export const PAGE_DIR = resolve('dist/web');

/** What a page did besides what the test asked: requests it made and errors it logged. */
export interface Watched {
  page: Page;
  requests: string[];
  errors: string[];
}

/** A browser and the page server, started once per test file. */
export class PageHarness {
  browser!: Browser;
  server!: PageServer;

  async start(): Promise<void> {
    this.server = await startPageServer(PAGE_DIR);
    this.browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await this.server?.close();
  }

  /** Opens the page (optionally at a hash such as `#example`) in a context, and waits for its first check. */
  async open(hash = '', context?: BrowserContext): Promise<Watched> {
    const page = await (context ?? (await this.browser.newContext({ viewport: { width: 1300, height: 900 } }))).newPage();
    const watched: Watched = { page, requests: [], errors: [] };
    page.on('request', (request) => watched.requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') watched.errors.push(message.text());
    });
    page.on('pageerror', (error) => watched.errors.push(error.message));
    await page.goto(`${this.server.url}${hash}`);
    await page.waitForSelector('body[data-state="checked"], body[data-state="empty"]');
    return watched;
  }
}

/** Just enough of the page's globals for the functions the tests run in it (the tsconfig has no DOM library). */
export interface InPage {
  document: { body: { dataset: Record<string, string | undefined> }; getElementById(id: string): { textContent: string | null } | null };
  plainIg: { findingsVersion(): number; source: { version: number } };
}

/** Waits until the page has checked the text as it is now. (A function, not a string: the page's policy forbids eval.) */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const { document, plainIg } = globalThis as unknown as InPage;
    return document.body.dataset['state'] !== 'checking' && plainIg.findingsVersion() === plainIg.source.version;
  });
}

/** Waits until the page shows this document name. */
export async function named(page: Page, name: string): Promise<void> {
  await page.waitForFunction((expected) => (globalThis as unknown as InPage).document.getElementById('document-name')?.textContent === expected, name);
}

/** The page's current findings. */
export async function findingsOn(page: Page): Promise<Array<Record<string, unknown> & { check: string; ruleId: string; safe: boolean; start: { offset: number } }>> {
  await settled(page);
  return page.evaluate('window.plainIg.findings()');
}

/** The editor's text. */
export function editorText(page: Page): Promise<string> {
  return page.evaluate('window.plainIg.source.text()');
}

/** Where test screenshots go (git-ignored). */
export const RESULTS = resolve('test-results');

/** A screenshot path in test-results/. */
export function screenshotPath(name: string): string {
  return join(RESULTS, name);
}
