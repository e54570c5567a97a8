import { describe, expect, it } from 'vitest';
import {
  defaultChoices,
  defaultPaper,
  loadChoices,
  saveChoices,
} from '../../../renderer/features/export/exportChoices';

/** A Storage in memory (`full` makes every write throw, as a full quota does). */
function memoryStorage(full = false): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

describe('export choices', () => {
  it('default to Letter where offices print on Letter, A4 elsewhere', () => {
    expect(defaultPaper('en-US')).toBe('Letter');
    expect(defaultPaper('fr-CA')).toBe('Letter');
    expect(defaultPaper('es_MX')).toBe('Letter');
    expect(defaultPaper('en-GB')).toBe('A4');
    expect(defaultPaper('de-DE')).toBe('A4');
    expect(defaultPaper('zh-Hant-TW')).toBe('A4');
    expect(defaultPaper('en')).toBe('A4');
    expect(defaultPaper('')).toBe('A4');
  });

  it('start from the defaults, with the Confidential label and every house style part on', () => {
    expect(loadChoices(memoryStorage(), '/w/a.tickmark', 'en-GB')).toEqual({
      paper: 'A4',
      ledger: false,
      draft: false,
      showFormulas: false,
      pdfa: false,
      confidentiality: 'Confidential',
      houseFirm: true,
      houseLogo: true,
      houseCertification: true,
      houseDisclosures: true,
    });
  });

  it('remember a house style part left out', () => {
    const storage = memoryStorage();
    const chosen = { ...defaultChoices('en-GB'), houseLogo: false, houseDisclosures: false };
    saveChoices(storage, '/w/a.tickmark', chosen);
    expect(loadChoices(storage, '/w/a.tickmark', 'en-GB')).toEqual(chosen);
  });

  it('are remembered per workspace', () => {
    const storage = memoryStorage();
    const chosen = {
      ...defaultChoices('en-GB'),
      paper: 'Letter' as const,
      ledger: true,
      confidentiality: '',
    };
    saveChoices(storage, '/w/a.tickmark', chosen);
    expect(loadChoices(storage, '/w/a.tickmark', 'en-GB')).toEqual(chosen);
    expect(loadChoices(storage, '/w/b.tickmark', 'en-GB')).toEqual(defaultChoices('en-GB'));
  });

  it('fall back field by field when what is stored is broken', () => {
    const storage = memoryStorage();
    storage.setItem(
      'tickmark:export-options:/w/a.tickmark',
      JSON.stringify({ paper: 'A3', ledger: true, draft: 'yes', confidentiality: 'x'.repeat(500) }),
    );
    expect(loadChoices(storage, '/w/a.tickmark', 'en-US')).toEqual({
      ...defaultChoices('en-US'),
      ledger: true,
    });
    storage.setItem('tickmark:export-options:/w/a.tickmark', '{not json');
    expect(loadChoices(storage, '/w/a.tickmark', 'en-US')).toEqual(defaultChoices('en-US'));
    storage.setItem('tickmark:export-options:/w/a.tickmark', '42');
    expect(loadChoices(storage, '/w/a.tickmark', 'en-US')).toEqual(defaultChoices('en-US'));
  });

  it('survive a storage that cannot be written or is missing', () => {
    expect(() => saveChoices(memoryStorage(true), '/w', defaultChoices('en'))).not.toThrow();
    expect(() => saveChoices(null, '/w', defaultChoices('en'))).not.toThrow();
    expect(loadChoices(null, '/w', 'en')).toEqual(defaultChoices('en'));
  });
});
