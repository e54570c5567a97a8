import type Database from 'better-sqlite3';
import {
  EMPTY_HOUSE_STYLE,
  houseStyleSchema,
  logoSchema,
  type HouseStyle,
} from '../../../shared/api/houseStyleApi';
import { writeTransaction } from '../db/writeTransaction';
import { getSetting } from '../settings/settingsRepository';

/**
 * The house style lives in the workspace's `settings` table, one key per field: the
 * disclaimer is the existing `disclaimer` setting; the logo's file is stored in the database
 * itself (JSON: kind, file name, base64 bytes), never as a path.
 */
const KEYS = {
  firm: 'house.firm',
  logo: 'house.logo',
  disclaimer: 'disclaimer',
  certification: 'house.certification',
  disclosures: 'house.disclosures',
} as const satisfies Record<keyof HouseStyle, string>;

/** The workspace's house style (fields never set are empty; a stored logo that no longer reads is left out). */
export function getHouseStyle(db: Database.Database): HouseStyle {
  const text = (field: Exclude<keyof HouseStyle, 'logo'>): string =>
    getSetting(db, KEYS[field]) ?? EMPTY_HOUSE_STYLE[field];
  return {
    firm: text('firm'),
    logo: readStoredLogo(getSetting(db, KEYS.logo)),
    disclaimer: text('disclaimer'),
    certification: text('certification'),
    disclosures: text('disclosures'),
  };
}

/** Sets the fields given in one transaction (an empty text or a null logo removes the setting). */
export function setHouseStyle(db: Database.Database, change: Partial<HouseStyle>): HouseStyle {
  const checked = houseStyleSchema.partial().parse(change);
  writeTransaction(db, () => {
    const remove = db.prepare('DELETE FROM settings WHERE key = ?');
    const put = db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    for (const field of Object.keys(KEYS) as (keyof HouseStyle)[]) {
      if (!(field in checked) || checked[field] === undefined) continue;
      const value = checked[field];
      const stored =
        value === null || value === ''
          ? null
          : typeof value === 'string'
            ? value
            : JSON.stringify(value);
      if (stored === null) remove.run(KEYS[field]);
      else put.run(KEYS[field], stored);
    }
  });
  return getHouseStyle(db);
}

function readStoredLogo(stored: string | null): HouseStyle['logo'] {
  if (stored === null) return null;
  try {
    const parsed = logoSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
