import { describe, expect, it } from 'vitest';
import {
  deskConflictLine,
  deskSyncSummary,
  deskUrlWithoutPassword,
  formatDeskValue,
} from '../../../shared/api/deskApi';
import { checkDeskUrl } from '../../../app/backend/desk/deskConnection';
import { deskLabel } from '../../../renderer/features/desk/deskLabel';
import { tickmark } from '../cli/runTickmark';

describe('the desk’s words (no database needed)', () => {
  it('prints the conflict line and the summary of CALC.md section 11', () => {
    expect(
      deskConflictLine({
        entity: 'NWD',
        metric: 'ebitda',
        period: 'FY2025',
        scenario: '',
        here: 3_300_000_000,
        desk: 3_400_000_000,
        deskWho: 'bob',
        at: '',
      }),
    ).toBe("conflict: NWD.ebitda.FY2025 here 3,300,000,000, desk 3,400,000,000 (kept the desk's)");
    expect(deskSyncSummary({ pushed: 2, pulled: 3, conflicts: [] })).toBe(
      'pushed 2, pulled 3, conflicts 0',
    );
    expect([formatDeskValue(0.202), formatDeskValue(-1.5), formatDeskValue(null)]).toEqual([
      '0.202',
      '-1.5',
      'deleted',
    ]);
  });

  it('never keeps a password in a URL, and refuses what is not a postgresql:// URL', () => {
    expect(deskUrlWithoutPassword('postgresql://alice:s3cr:et@db.example.com:5432/deals')).toBe(
      'postgresql://alice@db.example.com:5432/deals',
    );
    expect(deskUrlWithoutPassword('postgres://alice@h/d')).toBe('postgres://alice@h/d');
    expect(() => checkDeskUrl('https://example.com/deals')).toThrow(/not a desk URL/);
    expect(() => checkDeskUrl('postgresql://alice@host')).toThrow(/postgresql:\/\/USER@HOST/);
    expect(() =>
      checkDeskUrl('postgresql://postgres@%2Fvar%2Frun%2Fpostgresql/deals'),
    ).not.toThrow();
  });

  it('labels the status line', () => {
    const base = {
      url: 'postgresql://a@h/d',
      lastSyncAt: null,
      lastPulledSeq: 0,
      waiting: 0,
      conflicts: [],
      nameConflicts: [],
      problem: null,
    };
    expect(deskLabel({ ...base, state: 'synced' })).toBe('Synced');
    expect(deskLabel({ ...base, state: 'waiting', waiting: 3 })).toBe('3 waiting');
    expect(
      deskLabel({
        ...base,
        state: 'offline',
        waiting: 2,
        problem: { code: 'unreachable', message: '' },
      }),
    ).toBe('Desk offline · 2 waiting');
    expect(
      deskLabel({ ...base, state: 'synced', problem: { code: 'wrong_password', message: '' } }),
    ).toBe('Desk: sync failed');
    expect(deskLabel({ ...base, state: 'not_connected', url: null })).toBe('No desk');
    const lostName = {
      what: 'entity' as const,
      about: 'name' as const,
      code: 'NWD',
      here: 'From A',
      hereKind: 'company',
      desk: 'From B',
      deskKind: 'company',
      deskWho: 'bob',
      at: '',
    };
    expect(deskLabel({ ...base, state: 'conflicts', nameConflicts: [lostName, lostName] })).toBe(
      '2 desk conflicts',
    );
  });

  it('tickmark --help lists the desk commands', () => {
    const help = tickmark(['--help'], process.cwd()).stdout;
    for (const usage of [
      'tickmark desk init URL',
      'tickmark desk connect WS URL',
      'tickmark desk sync WS',
      'tickmark desk status WS',
    ])
      expect(help).toContain(usage);
  });
});
