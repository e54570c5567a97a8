import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './support/appTest';
import { withDesk } from '../../app/backend/desk/deskConnection';
import { initDeskSchema } from '../../app/backend/desk/deskSchema';
import { connectDesk } from '../../app/backend/desk/connectDesk';
import { syncWorkspace } from '../../app/backend/desk/deskSync';
import { createWorkspace } from '../../app/backend/workspace/createWorkspace';
import { upsertFacts } from '../../app/backend/facts/factTransactions';
import { findFact } from '../../app/backend/facts/factQueries';
import { CLI_CHANGE_CONTEXT } from '../../app/backend/facts/changeContext';
import { upsertEntity } from '../../app/backend/entities/entityRepository';
import { renameScenario } from '../../app/backend/scenarios/scenarioRepository';
import type { Workspace } from '../../app/backend/workspace/openWorkspace';
import {
  PG_SUPERUSER_PASSWORD,
  pgTestsEnabled,
  startPgCluster,
  type PgCluster,
} from '../support/pgCluster';

const SHOTS = 'test-results/screens';
const CAPEX = { entity: 'AMZN', metric: 'capex', period: 'FY2025', scenario: '' };

function setCapex(ws: Workspace, value: number): void {
  const current = findFact(ws.db, CAPEX)!;
  upsertFacts(ws.db, [{ ...current, ...CAPEX, value }], CLI_CHANGE_CONTEXT);
}

test.describe('the desk in the app', () => {
  test.skip(!pgTestsEnabled(), 'PostgreSQL cannot run here (reason printed above)');
  let cluster: PgCluster;
  let dir: string;
  test.beforeAll(async () => {
    process.env.PGPASSWORD = PG_SUPERUSER_PASSWORD;
    cluster = await startPgCluster();
    dir = mkdtempSync(join(tmpdir(), 'tickmark-e2e-desk-'));
  });
  test.afterAll(() => {
    cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  /** A new database made a desk; its URL. */
  async function newDesk(db: string): Promise<string> {
    cluster.createDatabase(db);
    const url = cluster.url('postgres', db);
    await withDesk(url, (desk) => initDeskSchema(desk));
    return url;
  }

  test('join a desk, see a colleague’s change arrive in the open memo, and a conflict with both values', async ({
    page,
    app,
  }) => {
    test.setTimeout(120_000);
    const url = await newDesk('deals');

    await app.open(page);
    await page
      .getByRole('button', { name: /^Amazon/ })
      .first()
      .click();
    const figures = page.getByTestId('figure');
    await expect(figures.filter({ hasText: '$125 billion' }).first()).toBeVisible();
    const texts = await figures.allTextContents();
    const capex = figures.nth(texts.indexOf('$125 billion'));
    const indicator = page.getByTestId('desk-status');
    await expect(indicator).toHaveText('No desk');

    await indicator.click();
    const dialog = page.getByTestId('desk-dialog');
    await dialog.getByLabel('Desk URL').fill(cluster.url('postgres', 'nosuch'));
    await dialog.getByRole('button', { name: 'Test connection' }).click();
    await expect(dialog.getByRole('status')).toContainText('database "nosuch" does not exist');
    await dialog.getByLabel('Desk URL').fill(url);
    await dialog.getByRole('button', { name: 'Test connection' }).click();
    await expect(dialog.getByRole('status')).toHaveText(
      'The desk answers: this workspace can join it.',
    );
    await dialog.getByRole('button', { name: 'Join desk' }).click();
    await expect(indicator).toHaveText('Synced', { timeout: 30_000 });
    await expect(dialog.getByTestId('desk-waiting')).toHaveText('nothing');
    await page.screenshot({ path: `${SHOTS}/desk-dialog.png` });
    await page.keyboard.press('Escape');

    // A colleague on the same desk changes Amazon's capex: the open memo follows, no click.
    const colleague = createWorkspace(join(dir, 'colleague.tickmark'));
    try {
      await connectDesk(colleague.db, url);
      await syncWorkspace(colleague.db, 'colleague');
      setCapex(colleague, 100e9);
      await syncWorkspace(colleague.db, 'colleague');
      await expect(capex).toHaveText('$100 billion', { timeout: 10_000 });

      // Changed here and there: the desk's value wins, both are listed.
      await app.call('facts:update', { ref: CAPEX, set: { value: 110e9 } });
      await expect(indicator).toHaveText('1 waiting');
      setCapex(colleague, 120e9);
      await syncWorkspace(colleague.db, 'colleague');
      await expect(indicator).toHaveText('1 desk conflict', { timeout: 10_000 });
      await expect(capex).toHaveText('$120 billion');
      await page.screenshot({ path: `${SHOTS}/desk-status-conflict.png` });
      await indicator.click();
      const row = dialog.getByTestId('desk-conflicts').locator('tbody tr');
      await expect(row).toHaveText(
        /AMZN\.capex\.FY2025\s*110,000,000,000\s*120,000,000,000\s*postgres/,
      );
      await page.screenshot({ path: `${SHOTS}/desk-conflicts.png` });
      await dialog.getByRole('button', { name: 'Dismiss conflicts' }).click();
      await expect(indicator).toHaveText('Synced');

      // A change here waits until the next sync; Ctrl+Alt+S syncs now.
      await page.keyboard.press('Escape');
      await app.call('facts:update', { ref: CAPEX, set: { value: 130e9 } });
      await expect(indicator).toHaveText('1 waiting');
      await page.keyboard.press('Control+Alt+S');
      await expect(indicator).toHaveText('Synced');
      expect(cluster.psql("SELECT value FROM facts WHERE metric = 'capex'", 'deals').trim()).toBe(
        '130000000000',
      );
    } finally {
      colleague.close();
    }
  });

  test('a name and a scenario rename that lost to a colleague’s are listed with both sides', async ({
    page,
    app,
  }) => {
    test.setTimeout(120_000);
    const url = await newDesk('names');
    await app.open(page);
    const indicator = page.getByTestId('desk-status');
    await indicator.click();
    const dialog = page.getByTestId('desk-dialog');
    await dialog.getByLabel('Desk URL').fill(url);
    await dialog.getByRole('button', { name: 'Join desk' }).click();
    await expect(indicator).toHaveText('Synced', { timeout: 30_000 });
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('figure-errors')).toHaveText('No figure errors');

    const colleague = createWorkspace(join(dir, 'names-colleague.tickmark'));
    try {
      await connectDesk(colleague.db, url);
      await syncWorkspace(colleague.db, 'colleague');
      // Here: Amazon renamed and the bull case renamed; on the desk, the colleague's first.
      await app.call('entities:upsert', { code: 'AMZN', name: 'Amazon (here)' });
      await app.call('scenarios:rename', { name: 'bull', to: 'upside' });
      upsertEntity(colleague.db, { code: 'AMZN', name: 'Amazon (desk)' });
      renameScenario(colleague.db, 'bull', 'optimistic', CLI_CHANGE_CONTEXT);
      await syncWorkspace(colleague.db, 'colleague');
      await expect(indicator).toHaveText('2 desk conflicts', { timeout: 10_000 });
      await indicator.click();
      const rows = dialog.getByTestId('desk-name-conflicts').locator('tbody tr');
      await expect(rows).toHaveText([
        /entity AMZN name\s*"Amazon \(here\)"\s*"Amazon \(desk\)"\s*postgres/,
        /scenario bull\s*renamed to upside\s*renamed to optimistic\s*postgres/,
      ]);
      await page.screenshot({ path: `${SHOTS}/desk-name-conflicts.png` });
      // The memo's @bull figures followed both renames: here to upside, then the desk's optimistic.
      await expect(page.getByTestId('figure-errors')).toHaveText('No figure errors');
      const { scenarios } = await app.call('scenarios:list', {});
      expect(scenarios.map((s) => s.name)).toContain('optimistic');
      expect(scenarios.map((s) => s.name)).not.toContain('upside');
      await dialog.getByRole('button', { name: 'Dismiss conflicts' }).click();
      await expect(indicator).toHaveText('Synced');
    } finally {
      colleague.close();
    }
  });
});
