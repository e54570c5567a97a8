import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledMigrations } from '../../../app/backend/db/migrations/index';
import { exportWorkspaceMemo } from '../../../app/backend/export/exportWorkspaceMemo';
import { createWorkspace } from '../../../app/backend/workspace/createWorkspace';
import { openWorkspace } from '../../../app/backend/workspace/openWorkspace';
import { keepVersion } from '../../../app/backend/memos/memoVersions';
import type { Memo } from '../../../shared/memo/memoTypes';
import { causeText } from '../../../shared/versions/diffReport';
import { KEEP_OTHER_VERSIONS } from '../../../shared/versions/versionRetention';
import { backendWithWorkspace, type TestBackend } from './backendWithWorkspace';
import { useTempFolder } from './tempFolder';
import { pdfTools } from '../export/pdfTools';

const temp = useTempFolder();
let t: TestBackend;
afterEach(() => t?.backend.close());

function memoSaying(text: string): Memo {
  return {
    meta: { title: 'Leverage', author: 'Research', date: '2026-01-30', subtitle: '' },
    doc: {
      type: 'doc',
      content: [
        {
          type: 'calcBlock',
          content: [{ type: 'text', text: 'lev = NWD.debt.FY2025 / NWD.ebitda.FY2025' }],
        },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text },
            { type: 'figure', attrs: { expr: 'lev', format: 'x1' } },
            { type: 'text', text: ' on EBITDA of ' },
            { type: 'figure', attrs: { expr: 'NWD.ebitda.FY2025', format: '#,##0' } },
          ],
        },
      ],
    },
  };
}

async function setFacts(ebitda: number, asOf: string): Promise<void> {
  await t.call('facts:upsertMany', {
    facts: [
      {
        entity: 'NWD',
        metric: 'debt',
        period: 'FY2025',
        value: 9_300_000_000,
        unit: 'USD',
        source: '10-K',
        asOf: '2025-06-30',
      },
      {
        entity: 'NWD',
        metric: 'ebitda',
        period: 'FY2025',
        value: ebitda,
        unit: 'USD',
        source: '10-K',
        asOf,
      },
    ],
  });
}

describe('kept versions remember their numbers', () => {
  it('an export keeps what it printed; the diff to now explains each moved figure by its facts', async () => {
    t = await backendWithWorkspace(temp(), false);
    await setFacts(3_100_000_000, '2025-06-30');
    const { id } = await t.call('memos:create', {
      title: 'Leverage',
      memo: memoSaying('Leverage is '),
    });
    const db = t.backend.workspace.current().db;
    const exported = await exportWorkspaceMemo(db, id, {}, { who: 'ana' });
    const [kept] = (await t.call('memos:versions', { id })).versions;
    expect(kept).toMatchObject({
      version: exported.version,
      reason: 'export',
      who: 'ana',
      hasSnapshot: true,
    });
    const stored = await t.call('versions:get', { versionId: kept!.versionId });
    expect(stored.snapshot?.figures.map((f) => [f.expr, f.display, f.value])).toEqual([
      ['lev', '3.0x', 3],
      ['NWD.ebitda.FY2025', '3,100,000,000', 3_100_000_000],
    ]);
    expect(stored.snapshot?.facts['NWD.ebitda.FY2025']).toEqual({
      value: 3_100_000_000,
      unit: 'USD',
      source: '10-K',
      asOf: '2025-06-30',
      scenario: '',
    });

    await setFacts(3_400_000_000, '2025-09-30');
    const { diff, fromLabel, toLabel } = await t.call('versions:diff', {
      from: kept!.versionId,
      to: null,
    });
    expect([fromLabel, toLabel]).toEqual([`version ${exported.version}`, 'now']);
    expect(
      diff.figures?.changed.map((c) => [
        c.to.expr,
        c.from.display,
        c.to.display,
        c.causes.map(causeText),
      ]),
    ).toEqual([
      [
        'lev',
        '3.0x',
        '2.7x',
        ['NWD.ebitda.FY2025: 3,100,000,000 → 3,400,000,000; as of 2025-06-30 → 2025-09-30'],
      ],
      [
        'NWD.ebitda.FY2025',
        '3,100,000,000',
        '3,400,000,000',
        ['NWD.ebitda.FY2025: 3,100,000,000 → 3,400,000,000; as of 2025-06-30 → 2025-09-30'],
      ],
    ]);
    expect(diff.textChanges).toBe(0);

    // The same version exported again after the data moved is a new kept version.
    await exportWorkspaceMemo(db, id);
    expect((await t.call('memos:versions', { id })).versions).toHaveLength(2);
    await exportWorkspaceMemo(db, id);
    expect((await t.call('memos:versions', { id })).versions).toHaveLength(2);
  });

  it('restore keeps the memo as it stands first, then brings the old text back', async () => {
    t = await backendWithWorkspace(temp(), false);
    await setFacts(3_100_000_000, '2025-06-30');
    const { id } = await t.call('memos:create', { title: 'Leverage', memo: memoSaying('First ') });
    const first = await t.call('memos:keepVersion', { id });
    expect(first).toMatchObject({ reason: 'manual', hasSnapshot: true });
    await t.call('memos:save', { id, baseVersion: 1, memo: memoSaying('Second ') });
    expect(
      await t.fail('versions:restore', { versionId: first.versionId, baseVersion: 1 }),
    ).toMatchObject({ code: 'conflict' });
    t.takeEvents();
    const restored = await t.call('versions:restore', {
      versionId: first.versionId,
      baseVersion: 2,
    });
    expect(restored).toMatchObject({ id, version: 3, kept: { version: 2, reason: 'restore' } });
    expect((await t.call('memos:get', { id })).memo).toEqual(memoSaying('First '));
    expect(t.takeEvents().map((e) => e.payload)).toEqual([
      { id, version: 2, action: 'versioned' },
      { id, version: 3, action: 'saved' },
    ]);
    const { diff } = await t.call('versions:diff', {
      from: restored.kept.versionId,
      to: first.versionId,
    });
    expect(diff.figures?.changed).toEqual([]);
    expect(
      diff.blocks
        .filter((b) => b.status !== 'same')
        .map((b) => b.tokens.filter((k) => k.op !== 'same').map((k) => `${k.op}:${k.text}`)),
    ).toEqual([['del:Second', 'ins:First']]);
  });

  it(`keeps every export and only the newest ${KEEP_OTHER_VERSIONS} manual and restore versions`, async () => {
    t = await backendWithWorkspace(temp(), false);
    const { id } = await t.call('memos:create', { title: 'Many', memo: memoSaying('v') });
    const db = t.backend.workspace.current().db;
    keepVersion(db, id, 'export');
    for (let v = 1; v <= KEEP_OTHER_VERSIONS + 3; v++) {
      await t.call('memos:save', { id, baseVersion: v, memo: memoSaying(`v${v} `) });
      keepVersion(db, id, v % 2 === 0 ? 'manual' : 'restore');
    }
    const { versions } = await t.call('memos:versions', { id });
    expect(versions.filter((v) => v.reason === 'export').map((v) => v.version)).toEqual([1]);
    const others = versions.filter((v) => v.reason !== 'export').map((v) => v.version);
    expect(others).toHaveLength(KEEP_OTHER_VERSIONS);
    expect(others[0]).toBe(KEEP_OTHER_VERSIONS + 4);
    expect(others.at(-1)).toBe(5);
  });
});

describe('the "changes since version N" page', () => {
  it('lists each moved figure old → new with the fact that moved it, on its own last page', async () => {
    t = await backendWithWorkspace(temp(), false);
    await setFacts(3_100_000_000, '2025-06-30');
    const { id } = await t.call('memos:create', {
      title: 'Leverage',
      memo: memoSaying('Leverage is '),
    });
    const db = t.backend.workspace.current().db;
    const first = await exportWorkspaceMemo(db, id);
    await setFacts(3_400_000_000, '2025-09-30');
    const again = await exportWorkspaceMemo(db, id, { changesSince: first.version! });
    const pdf = pdfTools(again.bytes);
    try {
      const last = pdf.text(pdf.pageCount()).replace(/\s+/g, ' ');
      expect(last).toContain(`Changes since version ${first.version}`);
      expect(last).toContain('{{ lev | x1 }}: 3.0x → 2.7x');
      expect(last).toContain(
        'NWD.ebitda.FY2025: 3,100,000,000 → 3,400,000,000; as of 2025-06-30 → 2025-09-30',
      );
      expect(last).toContain('The text is unchanged.');
      expect(pdf.text(1)).not.toContain('Changes since');
    } finally {
      pdf.dispose();
    }
    await expect(exportWorkspaceMemo(db, id, { changesSince: 99 })).rejects.toThrow(
      `Memo ${id} has no kept version 99.`,
    );
  });
});

describe('versions kept before snapshots', () => {
  it('are migrated without a snapshot, and the diff says so while still comparing the text', async () => {
    const path = join(temp(), 'old.tickmark');
    const [initial] = bundledMigrations();
    const old = createWorkspace(path, { migrations: [initial!] });
    const now = new Date().toISOString();
    old.db
      .prepare(
        'INSERT INTO memos (id, title, doc, version, created_at, updated_at) VALUES (1, ?, ?, 1, ?, ?)',
      )
      .run('Old', JSON.stringify(memoSaying('Old text ')), now, now);
    old.db
      .prepare(
        "INSERT INTO memo_versions (memo_id, version, title, doc, reason, created_at) SELECT id, version, title, doc, 'export', ? FROM memos",
      )
      .run(now);
    old.close();
    openWorkspace(path).close();

    t = await backendWithWorkspace(temp(), false);
    const opened = await t.backend.router.invoke('workspace:open', { path });
    expect(opened.ok).toBe(true);
    const [version] = (await t.call('memos:versions', { id: 1 })).versions;
    expect(version).toMatchObject({ version: 1, reason: 'export', who: '', hasSnapshot: false });
    await t.call('memos:save', { id: 1, baseVersion: 1, memo: memoSaying('New text ') });
    const { diff } = await t.call('versions:diff', { from: version!.versionId, to: null });
    expect(diff.figures).toBeNull();
    expect(diff.missingSnapshot).toBe('from');
    expect(diff.textChanges).toBe(1);
    await expect(
      exportWorkspaceMemo(t.backend.workspace.current().db, 1, { changesSince: 1 }),
    ).rejects.toThrow(/was kept before versions recorded their numbers/);
  });
});
