import { afterEach, describe, expect, it } from 'vitest';
import type { Memo } from '../../../shared/memo/memoTypes';
import { findMemo } from '../../../app/backend/memos/memoQueries';
import { keepVersion } from '../../../app/backend/memos/memoVersions';
import { backendWithWorkspace, type TestBackend } from './backendWithWorkspace';
import { useTempFolder } from './tempFolder';

const temp = useTempFolder();
let t: TestBackend;
afterEach(() => t?.backend.close());

function memoSaying(text: string): Memo {
  return {
    meta: { title: 'Amazon and OpenAI', author: 'Research', date: '2026-01-30', subtitle: '' },
    doc: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text },
            { type: 'figure', attrs: { expr: 'AMZN.capex.FY2025', format: 'usd_billion' } },
          ],
        },
      ],
    },
  };
}

function withTitle(memo: Memo, title: string): Memo {
  return { ...memo, meta: { ...memo.meta, title } };
}

describe('memos', () => {
  it('creates an empty memo titled in its title block, gets and lists it', async () => {
    t = await backendWithWorkspace(temp(), false);
    const created = await t.call('memos:create', { title: '  Deal notes ' });
    expect(created).toMatchObject({
      id: expect.any(Number),
      title: 'Deal notes',
      version: 1,
      deletedAt: null,
    });
    expect(t.takeEvents()).toEqual([
      { name: 'memos:changed', payload: { id: created.id, version: 1, action: 'created' } },
    ]);
    const got = await t.call('memos:get', { id: created.id });
    expect(got.memo.meta.title).toBe('Deal notes');
    expect(got.memo.doc.type).toBe('doc');
    expect((await t.call('memos:list', {})).memos).toEqual([created]);
  });

  it('saves against the current version and refuses a save based on a stale one', async () => {
    t = await backendWithWorkspace(temp(), false);
    const { id } = await t.call('memos:create', { title: 'Bet', memo: memoSaying('first') });
    const saved = await t.call('memos:save', { id, baseVersion: 1, memo: memoSaying('second') });
    expect(saved).toEqual({ id, version: 2, updatedAt: expect.any(String) });
    // The saved title block is the memo's one title.
    expect((await t.call('memos:list', {})).memos.map((m) => m.title)).toEqual([
      'Amazon and OpenAI',
    ]);
    const stale = await t.fail('memos:save', { id, baseVersion: 1, memo: memoSaying('lost?') });
    expect(stale).toEqual({
      code: 'conflict',
      message:
        'Memo 1 ("Amazon and OpenAI") was changed elsewhere: it is at version 2, this edit was based on version 1. Reload it before saving.',
      where: `memo ${id}`,
    });
    const got = await t.call('memos:get', { id });
    expect(got.version).toBe(2);
    expect(JSON.stringify(got.memo)).toContain('second');
    expect(JSON.stringify(got.memo)).not.toContain('lost?');
  });

  it('refuses to store something that is not a memo', async () => {
    t = await backendWithWorkspace(temp(), false);
    const { id } = await t.call('memos:create', { title: 'Bet' });
    const error = await t.fail('memos:save', {
      id,
      baseVersion: 1,
      memo: { doc: 'hello' } as unknown as Memo,
    });
    expect(error).toMatchObject({ code: 'invalid_args', where: 'memo' });
    expect((await t.call('memos:get', { id })).version).toBe(1);
  });

  it('reports a stored memo that is damaged instead of dropping it', async () => {
    t = await backendWithWorkspace(temp(), false);
    const { id } = await t.call('memos:create', { title: 'Bet' });
    t.backend.workspace
      .current()
      .db.prepare('UPDATE memos SET doc = ? WHERE id = ?')
      .run('{"meta":', id);
    const error = await t.fail('memos:get', { id });
    // Its title block cannot be read either: the memo is named by its id.
    expect(error.message).toMatch(/^memo 1 is damaged: its stored text is not JSON/);
    expect((await t.call('memos:list', {})).memos).toHaveLength(1);
  });

  it('reports a stored memo that does not validate, with where', async () => {
    t = await backendWithWorkspace(temp(), false);
    const { id } = await t.call('memos:create', { title: 'Bet', memo: memoSaying('x') });
    const bad = memoSaying('x');
    (bad.doc.content[0] as { type: string }).type = 'marquee';
    t.backend.workspace
      .current()
      .db.prepare('UPDATE memos SET doc = ? WHERE id = ?')
      .run(JSON.stringify(bad), id);
    const error = await t.fail('memos:get', { id });
    expect(error.message).toMatch(
      /^memo 1 \("Amazon and OpenAI"\) as stored is not a valid memo: doc\.content\[0\]/,
    );
    expect(error.where).toMatch(/^doc\.content\[0\]/);
  });

  it('moves a memo to the trash and back; only memos in the trash can be purged', async () => {
    t = await backendWithWorkspace(temp(), false);
    const a = await t.call('memos:create', { title: 'A' });
    const b = await t.call('memos:create', { title: 'B' });
    expect(await t.fail('memos:purge', { id: a.id })).toMatchObject({ code: 'conflict' });
    const trashed = await t.call('memos:delete', { id: a.id });
    expect(trashed.deletedAt).not.toBeNull();
    expect((await t.call('memos:list', {})).memos.map((m) => m.title)).toEqual(['B']);
    expect((await t.call('memos:list', { trash: 'only' })).memos.map((m) => m.title)).toEqual([
      'A',
    ]);
    expect((await t.call('memos:list', { trash: 'include' })).memos.map((m) => m.title)).toEqual([
      'A',
      'B',
    ]);
    await t.call('memos:restore', { id: a.id });
    expect((await t.call('memos:list', {})).memos.map((m) => m.title)).toEqual(['A', 'B']);
    await t.call('memos:delete', { id: b.id });
    await t.call('memos:purge', { id: b.id });
    expect(await t.fail('memos:get', { id: b.id })).toMatchObject({ code: 'not_found' });
  });

  it('renames and duplicates: the title is the title block, stored once', async () => {
    t = await backendWithWorkspace(temp(), false);
    const { id } = await t.call('memos:create', { title: 'Draft', memo: memoSaying('body') });
    expect((await t.call('memos:get', { id })).memo.meta.title).toBe('Draft');
    expect(await t.call('memos:rename', { id, title: ' Final ' })).toMatchObject({
      title: 'Final',
      version: 2,
    });
    expect(t.takeEvents().at(-1)).toEqual({
      name: 'memos:changed',
      payload: { id, version: 2, action: 'renamed' },
    });
    const renamed = await t.call('memos:get', { id });
    expect(renamed.memo).toEqual(withTitle(memoSaying('body'), 'Final'));
    const copy = await t.call('memos:duplicate', { id });
    expect(copy).toMatchObject({ title: 'Final (copy)', version: 1 });
    expect((await t.call('memos:get', { id: copy.id })).memo).toEqual(
      withTitle(memoSaying('body'), 'Final (copy)'),
    );
    // Editing the title block (a save) renames the memo in the list.
    await t.call('memos:save', {
      id,
      baseVersion: 2,
      memo: withTitle(memoSaying('body'), 'Final, edited'),
    });
    expect((await t.call('memos:list', {})).memos.map((m) => m.title)).toEqual([
      'Final (copy)',
      'Final, edited',
    ]);
    const columns = t.backend.workspace
      .current()
      .db.prepare("SELECT name, hidden FROM pragma_table_xinfo('memos') WHERE name = 'title'")
      .all();
    expect(columns).toEqual([{ name: 'title', hidden: 2 }]); // a virtual column: read, not stored
  });

  it('keeps versions on demand and on export, and gets each back', async () => {
    t = await backendWithWorkspace(temp(), false);
    const { id } = await t.call('memos:create', { title: 'Bet', memo: memoSaying('v1') });
    const first = await t.call('memos:keepVersion', { id });
    expect(first).toMatchObject({ memoId: id, version: 1, reason: 'manual', title: 'Bet' });
    expect(await t.call('memos:keepVersion', { id })).toEqual(first); // the same version is kept once
    await t.call('memos:save', { id, baseVersion: 1, memo: memoSaying('v2') });
    const exported = keepVersion(t.backend.workspace.current().db, id, 'export');
    expect(exported).toMatchObject({ version: 2, reason: 'export' });
    const { versions } = await t.call('memos:versions', { id });
    expect(versions.map((v) => [v.version, v.reason])).toEqual([
      [2, 'export'],
      [1, 'manual'],
    ]);
    const old = await t.call('memos:getVersion', { versionId: first.versionId });
    expect(old.memo).toEqual(withTitle(memoSaying('v1'), 'Bet'));
    expect((await t.call('memos:get', { id })).memo).toEqual(memoSaying('v2'));
  });

  it('finds a memo by id or exact title for the command line', async () => {
    t = await backendWithWorkspace(temp(), false);
    const { db } = t.backend.workspace.current();
    const a = await t.call('memos:create', { title: 'Amazon bet' });
    await t.call('memos:create', { title: '42' });
    expect(findMemo(db, String(a.id)).id).toBe(a.id);
    expect(findMemo(db, 'Amazon bet').id).toBe(a.id);
    expect(findMemo(db, '42').title).toBe('42'); // no memo 42: the title
    expect(() => findMemo(db, 'amazon bet')).toThrow(
      'There is no memo with id or title "amazon bet".',
    );
    await t.call('memos:create', { title: 'Amazon bet' });
    expect(() => findMemo(db, 'Amazon bet')).toThrow(
      /Several memos are titled "Amazon bet" \(ids 1, 3\)/,
    );
  });

  it('stores settings such as the disclaimer', async () => {
    t = await backendWithWorkspace(temp(), false);
    expect(await t.call('settings:get', { key: 'disclaimer' })).toEqual({
      key: 'disclaimer',
      value: null,
    });
    await t.call('settings:set', { key: 'disclaimer', value: 'Not investment advice.' });
    expect(await t.call('settings:get', { key: 'disclaimer' })).toEqual({
      key: 'disclaimer',
      value: 'Not investment advice.',
    });
    await t.call('settings:set', { key: 'disclaimer', value: null });
    expect((await t.call('settings:get', { key: 'disclaimer' })).value).toBeNull();
  });
});
