import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createAutosaver,
  type SaveState,
} from '../../../renderer/features/memoEditor/createAutosaver';

interface Harness {
  states: SaveState[];
  saves: { value: number; base: number }[];
  doc: { value: number };
  respond: ((version: number) => void)[];
  fail: ((error: unknown) => void)[];
}

function setup() {
  const h: Harness = { states: [], saves: [], doc: { value: 0 }, respond: [], fail: [] };
  const saver = createAutosaver<number>({
    read: () => h.doc.value,
    save: (value, base) =>
      new Promise<number>((resolve, reject) => {
        h.saves.push({ value, base });
        h.respond.push(resolve);
        h.fail.push(reject);
      }),
    describe: (error) => ({
      conflict: error === 'conflict',
      busy: error === 'busy',
      message: String(error),
    }),
    onState: (s) => h.states.push(s),
    baseVersion: 1,
    idleMs: 800,
    maxWaitMs: 1000,
    retryMs: 3000,
    busyRetryMs: 1000,
  });
  return { h, saver };
}

const last = (h: Harness) => h.states[h.states.length - 1]?.save;

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves about a second after typing stops, reading the document once', async () => {
    const { h, saver } = setup();
    h.doc.value = 1;
    saver.changed();
    expect(last(h)).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(799);
    expect(h.saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.saves).toEqual([{ value: 1, base: 1 }]);
    expect(last(h)).toBe('saving');
    h.respond[0]!(2);
    await vi.advanceTimersByTimeAsync(0);
    expect(last(h)).toBe('saved');
  });

  it('saves at least once a second while typing goes on', async () => {
    const { h, saver } = setup();
    for (let t = 0; t < 10; t++) {
      h.doc.value = t;
      saver.changed();
      await vi.advanceTimersByTimeAsync(150);
    }
    expect(h.saves.length).toBe(1);
    expect(h.saves[0]!.value).toBeLessThanOrEqual(7);
  });

  it('saves changes made during a save right after it, on the new version', async () => {
    const { h, saver } = setup();
    h.doc.value = 1;
    saver.changed();
    await vi.advanceTimersByTimeAsync(800);
    h.doc.value = 2;
    saver.changed();
    h.respond[0]!(2);
    await vi.advanceTimersByTimeAsync(0);
    expect(last(h)).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.saves[1]).toEqual({ value: 2, base: 2 });
  });

  it('flush saves at once (blur, page hide) and resolves when saved', async () => {
    const { h, saver } = setup();
    h.doc.value = 5;
    saver.changed();
    const done = saver.flush();
    expect(h.saves).toEqual([{ value: 5, base: 1 }]);
    h.respond[0]!(2);
    await done;
    expect(last(h)).toBe('saved');
    expect(saver.hasUnsavedChanges()).toBe(false);
  });

  it('reports a failed save with why, keeps the changes and retries', async () => {
    const { h, saver } = setup();
    h.doc.value = 1;
    saver.changed();
    await vi.advanceTimersByTimeAsync(800);
    h.fail[0]!('The Tickmark server is not reachable.');
    await vi.advanceTimersByTimeAsync(0);
    expect(h.states[h.states.length - 1]).toEqual({
      save: 'failed',
      message: 'The Tickmark server is not reachable.',
    });
    expect(saver.hasUnsavedChanges()).toBe(true);
    await vi.advanceTimersByTimeAsync(3000);
    expect(h.saves.length).toBe(2);
    h.respond[1]!(2);
    await vi.advanceTimersByTimeAsync(0);
    expect(last(h)).toBe('saved');
  });

  it('stops at a stale save until the writer chooses, then saves theirs on top', async () => {
    const { h, saver } = setup();
    h.doc.value = 1;
    saver.changed();
    await vi.advanceTimersByTimeAsync(800);
    h.fail[0]!('conflict');
    await vi.advanceTimersByTimeAsync(0);
    expect(last(h)).toBe('conflict');
    h.doc.value = 2;
    saver.changed();
    await vi.advanceTimersByTimeAsync(5000);
    expect(h.saves.length).toBe(1);
    expect(last(h)).toBe('conflict');
    const overwrite = saver.overwrite(7);
    expect(h.saves[1]).toEqual({ value: 2, base: 7 });
    h.respond[1]!(8);
    await overwrite;
    expect(last(h)).toBe('saved');
  });

  it('retries a save refused because another program was writing, after a second', async () => {
    const { h, saver } = setup();
    h.doc.value = 1;
    saver.changed();
    await vi.advanceTimersByTimeAsync(800);
    h.fail[0]!('busy');
    await vi.advanceTimersByTimeAsync(0);
    expect(last(h)).toBe('failed');
    await vi.advanceTimersByTimeAsync(999);
    expect(h.saves).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.saves).toEqual([
      { value: 1, base: 1 },
      { value: 1, base: 1 },
    ]);
    h.respond[1]!(2);
    await vi.advanceTimersByTimeAsync(0);
    expect(last(h)).toBe('saved');
    expect(saver.hasUnsavedChanges()).toBe(false);
  });
});
