// Soak: thousands of open/edit/close cycles through the real server over stdio.
// Memory must stay bounded and nothing may be left behind for closed documents.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerStats } from '../../server/src/lsp/server.ts';
import { SAMPLE, TestClient } from './harness.ts';

const CYCLES = 3000;
let client: TestClient;
beforeAll(async () => {
  client = await TestClient.start({ execArgv: ['--expose-gc'], initializationOptions: { debounceMs: 0 } });
});
afterAll(async () => {
  await client.stop();
});

const stats = (): Promise<ServerStats> => client.connection.sendRequest('plain-ig/stats', { gc: true });

async function cycle(i: number): Promise<void> {
  const uri = `untitled:soak-${i}.md`;
  await client.open(uri, `${SAMPLE}\nParagraph ${i} is about team ${i % 97}.\n`);
  const end = client.text(uri).length;
  await client.editAndWait(uri, end, end, `Edit ${i} mentions the HSCIC.\n`);
  await client.close(uri);
}

describe('soak', () => {
  it(`${CYCLES} open/edit/close cycles keep memory bounded and leave nothing behind`, async () => {
    for (let i = 0; i < 200; i++) await cycle(i);
    const warm = await stats();
    for (let i = 200; i < CYCLES / 2; i++) await cycle(i);
    const middle = await stats();
    for (let i = CYCLES / 2; i < CYCLES; i++) await cycle(i);
    const end = await stats();
    const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;
    // Printed for the report; asserted loosely below (the machine is shared and noisy).
    console.info(
      `soak: heapUsed warm ${mb(warm.memory.heapUsed)} MB, middle ${mb(middle.memory.heapUsed)} MB, end ${mb(end.memory.heapUsed)} MB; rss end ${mb(end.memory.rss)} MB; block cache ${end.blockCache}; checks ${end.checks}`,
    );
    expect(end).toMatchObject({ documents: 0, checkers: 0, results: 0, settingsCached: 0, pending: 0 });
    expect(end.checks).toBeGreaterThanOrEqual(CYCLES * 2);
    // The block cache is capped in the core; the heap may grow with it but stays bounded.
    expect(end.blockCache).toBeLessThanOrEqual(20_000);
    expect(end.memory.heapUsed - warm.memory.heapUsed).toBeLessThan(60 * 1024 * 1024);
    expect(end.memory.heapUsed - middle.memory.heapUsed).toBeLessThan(30 * 1024 * 1024);
  }, 180_000);
});
