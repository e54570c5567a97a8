import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_HOUSE_STYLE } from '../../../shared/api/houseStyleApi';
import { exportWorkspaceMemo } from '../../../app/backend/export/exportWorkspaceMemo';
import { openWorkspace } from '../../../app/backend/workspace/openWorkspace';
import { backendWithWorkspace, type TestBackend } from './backendWithWorkspace';
import { useTempFolder } from './tempFolder';

const temp = useTempFolder();
let t: TestBackend;
afterEach(() => t?.backend.close());

const png = readFileSync(new URL('../../fixtures/houseStyle/logo.png', import.meta.url));
const logo = { kind: 'png' as const, fileName: 'logo.png', base64: png.toString('base64') };

describe('houseStyle:get / houseStyle:set', () => {
  it('starts empty, keeps the fields not given, and stores the logo in the workspace', async () => {
    t = await backendWithWorkspace(temp());
    expect(await t.call('houseStyle:get', {})).toEqual(EMPTY_HOUSE_STYLE);
    await t.call('houseStyle:set', { firm: 'Harbor Point Capital', logo });
    const style = await t.call('houseStyle:set', { disclosures: 'We may hold positions.' });
    expect(style).toEqual({
      ...EMPTY_HOUSE_STYLE,
      firm: 'Harbor Point Capital',
      logo,
      disclosures: 'We may hold positions.',
    });
    // The disclaimer is the existing setting, not a copy of it.
    await t.call('houseStyle:set', { disclaimer: 'Not investment advice.' });
    expect((await t.call('settings:get', { key: 'disclaimer' })).value).toBe(
      'Not investment advice.',
    );
    expect((await t.call('houseStyle:set', { logo: null, firm: '' })).logo).toBeNull();
  });

  it('refuses a logo that is not what it says, naming the file, and writes nothing', async () => {
    t = await backendWithWorkspace(temp());
    await t.call('houseStyle:set', { firm: 'Before' });
    const error = await t.fail('houseStyle:set', {
      firm: 'After',
      logo: {
        kind: 'svg',
        fileName: 'firm.svg',
        base64: Buffer.from('<svg viewBox="0 0 1 1"><image href="x.png"/></svg>').toString(
          'base64',
        ),
      },
    });
    expect(error.code).toBe('invalid_args');
    expect(JSON.stringify(error)).toContain(
      'firm.svg: the SVG cannot be drawn: it has a <image> element, which Tickmark cannot draw in a PDF',
    );
    expect((await t.call('houseStyle:get', {})).firm).toBe('Before');
  });

  it('prints the house style on the memo the workspace exports (the app and CLI path)', async () => {
    t = await backendWithWorkspace(temp());
    await t.call('houseStyle:set', {
      firm: 'Harbor Point Capital',
      logo,
      disclosures: 'Positions.',
    });
    t.backend.close();
    const workspace = openWorkspace(t.path);
    try {
      const latin1 = async (options: Parameters<typeof exportWorkspaceMemo>[2]) =>
        Buffer.from((await exportWorkspaceMemo(workspace.db, 1, options)).bytes).toString('latin1');
      expect(await latin1({})).toContain('/Alt (Harbor Point Capital logo)');
      expect(await latin1({ houseLogo: false })).not.toContain('logo)');
    } finally {
      workspace.close();
    }
  }, 60_000);
});
