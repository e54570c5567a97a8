import PDFDocument from 'pdfkit';
import type { Memo } from '../../../shared/memo/memoTypes';
import type { MemoEvaluation } from '../../../shared/memo/memoEvaluation';
import { changesBoxes, type ChangesSince } from './changesBoxes';
import { createMeasurer } from './createMeasurer';
import { disclaimerBoxes } from './disclaimerBoxes';
import { drawPages } from './drawPages';
import { resolveExportOptions, type ExportOptions } from './exportOptions';
import { createFigureLookup } from './figureLookup';
import type { DrawContext, FlowItem } from './flowTypes';
import { formatLongDate, isoDate } from './formatLongDate';
import { layoutBlocks } from './layoutBlocks';
import type { LayoutState } from './layoutState';
import { ledgerBoxes } from './ledgerBoxes';
import { createOutlineBuilder } from './outlineBuilder';
import { drawDraftWatermark, drawRunningHeadAndFoot } from './pageDecorations';
import { paginate } from './paginate';
import { registerMemoFonts } from './pdfFonts';
import { pageGeometry, spacing } from './pdfTheme';
import { problemNoticeBoxes } from './problemNoticeBoxes';
import { refuseFigureErrors } from './refuseFigureErrors';
import { createStructureTagger } from './structureTagger';
import { titleBlockBoxes } from './titleBlockBoxes';
import { identifyInXmp } from './identifyInXmp';
import { certificationBoxes, disclosuresPageBoxes, mastheadBoxes } from './houseStyleBoxes';
import { pdfHouseStyle } from './pdfHouseStyle';

/** The language the memo's text is in (the document's /Lang). */
const MEMO_LANGUAGE = 'en-US';

/**
 * Lays out a memo as a PDF: the house style's masthead, title block, body, analyst
 * certification, Disclosures page, optional figure ledger, disclaimer; running header and
 * footer (with the firm's name); outline from the headings; fonts embedded and subset. Every figure
 * shows its evaluated `display` exactly. A memo with figure errors is refused unless
 * `allowErrors`, which marks each error in red. `changes`: a "changes since version N" page.
 */
export async function exportMemoPdf(
  memo: Memo,
  evaluation: MemoEvaluation,
  partialOptions: Partial<ExportOptions> = {},
  changes?: ChangesSince,
): Promise<Uint8Array> {
  return (await layoutMemoPdf(memo, evaluation, partialOptions, changes)).bytes;
}

/** A laid-out PDF: its bytes, and how many pages the layout made. */
export interface LaidOutPdf {
  bytes: Uint8Array;
  pages: number;
}

/** `exportMemoPdf`, also saying how many pages the layout made (the dialog shows it). */
export async function layoutMemoPdf(
  memo: Memo,
  evaluation: MemoEvaluation,
  partialOptions: Partial<ExportOptions> = {},
  changes?: ChangesSince,
): Promise<LaidOutPdf> {
  const options = resolveExportOptions(partialOptions);
  refuseFigureErrors(evaluation, options.allowErrors);
  const page = pageGeometry(options.paper);
  const house = pdfHouseStyle(options, memo.meta.author);
  const title = memo.meta.title.trim() || 'Untitled memo';
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    font: '',
    pdfVersion: '1.7',
    lang: MEMO_LANGUAGE,
    displayTitle: true,
    tagged: options.tagged,
    ...(options.pdfa ? { subset: 'PDF/A-2b' } : options.tagged ? { subset: 'PDF/UA' } : {}),
    info: {
      Title: title,
      Author: memo.meta.author.trim() || 'Tickmark',
      Subject: memo.meta.subtitle.trim() || title,
      Creator: 'Tickmark',
      CreationDate: options.date,
      ModDate: options.date,
    },
  } as PDFKit.PDFDocumentOptions);
  identifyInXmp(doc, { pdfua: options.tagged && options.pdfa, modified: options.date });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  registerMemoFonts(doc);

  const state: LayoutState = {
    measurer: createMeasurer(doc),
    options,
    page,
    figures: createFigureLookup(memo.doc, evaluation),
    variables: new Map(evaluation.variables.map((v) => [v.name, v])),
    counters: { footnote: 0, heading: 0, calcBlock: 0, tag: 0 },
  };
  const frame = { x: page.left, width: page.right - page.left, quoted: false, listDepth: 0 };
  const flow: FlowItem[] = [
    ...mastheadBoxes(house, state),
    ...titleBlockBoxes(memo.meta, state, evaluation.scenario),
    ...(options.allowErrors ? problemNoticeBoxes(evaluation.problems, state) : []),
    ...layoutBlocks(memo.doc.content, frame, state),
  ];
  state.figures.finish();
  flow.push(...certificationBoxes(house, state));
  if (changes) flow.push(...changesBoxes(changes, state));
  flow.push(...disclosuresPageBoxes(house, state));
  if (options.ledger) flow.push(...ledgerBoxes(evaluation, state));
  flow.push(...disclaimerBoxes(options.house.disclaimer, state));

  const plans = paginate(flow, {
    top: page.top,
    bottom: page.bottom,
    footnoteGap: spacing.footnoteGap,
  });
  const ctx: DrawContext = {
    doc,
    addOutline: createOutlineBuilder(doc),
    tags: createStructureTagger(doc, options.tagged),
  };
  drawPages(ctx, plans, page, [page.width, page.height]);
  const running = {
    title,
    date: formatLongDate(memo.meta.date || isoDate(options.date)),
    firm: house.firm,
  };
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    drawRunningHeadAndFoot(doc, page, i, range.count, running, options, ctx.tags);
    if (options.draft) drawDraftWatermark(doc, page, ctx.tags);
  }
  doc.end();
  await finished;
  return { bytes: new Uint8Array(Buffer.concat(chunks)), pages: range.count };
}
