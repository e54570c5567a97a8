import type { CommandSpec } from '../commandSpec';
import { CliError } from '../cliError';

export const exportCommand: CommandSpec = {
  name: 'export',
  usage:
    'tickmark export WS MEMO -o FILE.pdf [--paper A4|Letter] [--ledger] [--draft] [--pdfa] [--allow-errors] [--scenario S] [--changes-since N] [--no-house-style]',
  summary:
    'Write a memo as PDF, every figure computed. A memo with figure errors is refused (each listed) unless --allow-errors.',
  positionals: ['WS', 'MEMO'],
  options: {
    output: { type: 'string', short: 'o', help: 'the PDF file to write (temp file, then rename)' },
    paper: { type: 'string', help: 'A4 (default) or Letter' },
    ledger: {
      type: 'boolean',
      help: 'append the figure ledger: every figure with its inputs and sources',
    },
    draft: { type: 'boolean', help: 'mark every page DRAFT' },
    pdfa: {
      type: 'boolean',
      help: 'write PDF/A-2b for archiving (tagged as always, fonts embedded, XMP identification)',
    },
    'allow-errors': { type: 'boolean', help: 'export even with figure errors, each marked' },
    formulas: { type: 'boolean', help: 'show each calc block line with its formula' },
    scenario: {
      type: 'string',
      help: 'export the memo in scenario S; its title block says "Scenario: S"',
    },
    confidentiality: {
      type: 'string',
      help: 'the label in the running header (default: Confidential)',
    },
    'changes-since': {
      type: 'string',
      help: 'add a page of the figures that moved since kept version N, each with its cause',
    },
    'no-house-style': {
      type: 'boolean',
      help: "leave out the workspace's house style (firm, logo, certification, disclosures; the disclaimer stays)",
    },
  },
  async run({ positionals: [ws, memoRef], options, out }) {
    const { resolve } = await import('node:path');
    const { withWorkspace } = await import('../openExistingWorkspace');
    const { exportWorkspaceMemo } = await import('../../backend/export/exportWorkspaceMemo');
    const { CLI_CHANGE_CONTEXT } = await import('../../backend/facts/changeContext');
    const { writeFileAtomic } = await import('../writeFileAtomic');
    if (typeof options.output !== 'string') throw new CliError('missing -o FILE.pdf.', 2);
    const { PAPER_SIZES } = await import('../../../shared/api/exportOptionsSchema');
    const paper = PAPER_SIZES.find((size) => size === (options.paper ?? 'A4'));
    if (!paper)
      throw new CliError(
        `--paper is ${PAPER_SIZES.join(' or ')}, not "${String(options.paper)}".`,
        2,
      );
    const { HOUSE_STYLE_PARTS } = await import('../../../shared/api/exportOptionsSchema');
    const noHouseStyle = options['no-house-style'] === true;
    const since = options['changes-since'];
    if (since !== undefined && (typeof since !== 'string' || !/^[1-9]\d*$/.test(since)))
      throw new CliError(
        `--changes-since is a kept version number (see tickmark memo versions), not "${String(since)}".`,
        2,
      );
    const result = await withWorkspace(ws!, (workspace) =>
      exportWorkspaceMemo(
        workspace.db,
        memoRef!,
        {
          paper,
          ledger: options.ledger === true,
          draft: options.draft === true,
          pdfa: options.pdfa === true,
          allowErrors: options['allow-errors'] === true,
          showFormulas: options.formulas === true,
          scenario: typeof options.scenario === 'string' ? options.scenario.trim() : '',
          ...(typeof options.confidentiality === 'string'
            ? { confidentiality: options.confidentiality }
            : {}),
          ...(since !== undefined ? { changesSince: Number(since) } : {}),
          ...(noHouseStyle
            ? Object.fromEntries(HOUSE_STYLE_PARTS.map((part) => [part, false]))
            : {}),
        },
        { readOnly: workspace.readOnly, who: CLI_CHANGE_CONTEXT.who },
      ),
    );
    writeFileAtomic(options.output, result.bytes);
    out(
      `Wrote ${resolve(options.output)} (memo "${result.title}"${typeof options.scenario === 'string' && options.scenario.trim() ? `, scenario ${options.scenario.trim()}` : ''}${result.version !== null ? `, kept as version ${result.version}` : ''}).`,
    );
    return 0;
  },
};
