/**
 * The client's restart policy: at most N automatic restarts within the
 * window, counted from the newest crash backwards; older crashes fall out.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_RESTARTS, DEFAULT_RESTART_WINDOW_MS, RestartPolicy } from '../../client/src/restart-policy.ts';

describe('RestartPolicy', () => {
  it('defaults: 4 restarts in 3 minutes', () => {
    expect(DEFAULT_MAX_RESTARTS).toBe(4);
    expect(DEFAULT_RESTART_WINDOW_MS).toBe(180_000);
    const policy = new RestartPolicy();
    expect([0, 1, 2, 3, 4].map((i) => policy.shouldRestart(i * 1000))).toEqual([true, true, true, true, false]);
  });

  it('allows exactly maxRestarts crashes in the window, then refuses', () => {
    const policy = new RestartPolicy(2, 1000);
    expect(policy.shouldRestart(0)).toBe(true);
    expect(policy.shouldRestart(10)).toBe(true);
    expect(policy.shouldRestart(20)).toBe(false);
    expect(policy.shouldRestart(30)).toBe(false);
  });

  it('forgets crashes older than the window (a crash exactly at the window edge still counts)', () => {
    const policy = new RestartPolicy(2, 1000);
    policy.shouldRestart(0);
    policy.shouldRestart(500);
    // At 1000 the crash at 0 is exactly 1000 ms old: still inside, so 3 in the window.
    expect(policy.shouldRestart(1000)).toBe(false);
    // At 1501 the crashes at 0 and 500 are more than 1000 ms old: 1000 and 1501 remain.
    expect(policy.shouldRestart(1501)).toBe(true);
    // Spaced-out crashes never add up.
    const calm = new RestartPolicy(1, 1000);
    expect([0, 1001, 2002, 3003].map((t) => calm.shouldRestart(t))).toEqual([true, true, true, true]);
  });

  it('reset forgets every crash (a restart by hand starts afresh)', () => {
    const policy = new RestartPolicy(1, 60_000);
    expect(policy.shouldRestart(0)).toBe(true);
    expect(policy.shouldRestart(1)).toBe(false);
    policy.reset();
    expect(policy.shouldRestart(2)).toBe(true);
    expect(policy.shouldRestart(3)).toBe(false);
  });

  it('with no restarts allowed, never restarts', () => {
    expect(new RestartPolicy(0, 1000).shouldRestart(0)).toBe(false);
  });
});
