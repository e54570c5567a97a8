import fc from 'fast-check';
import type {
  BlockNode,
  InlineNode,
  ListItemNode,
  Mark,
  Memo,
  ParagraphNode,
  TableRowNode,
} from '../../../shared/memo/memoTypes';
import { normalizeInline } from '../../../shared/memo/normalizeInline';
import { cleanCaption } from '../../../shared/memo/tableCaption';

/**
 * Generated memos for property tests: every node type, every mark, and text full of the
 * characters Markdown reads as syntax. Only what Markdown can hold is generated (see
 * shared/memo/README.md): no empty paragraphs between blocks, tables with a header row.
 */
const textUnit = fc.constantFrom(
  ...'abcXYZ019 .,;:!?'.split(''),
  ...'*_`[]|{}#<>&^~\\()-+=!"\''.split(''),
  '{{',
  '}}',
  '**',
  '&amp;',
  '&#32;',
  '1.',
  '- ',
  '# ',
  '> ',
  '\n',
  '\t',
  '  ',
  '\u00a0',
  'é',
  'ß',
  '😀',
  '→',
  'http://x.y',
  '<u>',
  '<br>',
  'Table: ',
  'Source: ',
  '[^1]',
  '<!-- pagebreak -->',
  '\\pagebreak',
);
const text = fc.string({ unit: textUnit, minLength: 1, maxLength: 12 });

const exprUnit = fc.constantFrom(
  ...'abAB01_. +-*/()[]%<>=?:,#&{}|"\''.split(''),
  'AMZN.capex.FY2025',
  'capex_share',
  ' | ',
);
const expr = fc
  .string({ unit: exprUnit, maxLength: 10 })
  .map((value) => value.trim())
  .filter((value) => !value.includes('}}'));
const format = fc
  .oneof(
    fc.constantFrom(
      '',
      '0%',
      '0.0%',
      'usd_billion',
      'x1',
      '#,##0;(#,##0)',
      '$#,##0.0,,,"bn"',
      '0.0"x"',
    ),
    fc.string({ unit: fc.constantFrom(...'0#,.%$"x{}[]*_ '.split('')), maxLength: 6 }),
  )
  .map((value) => value.trim())
  .filter((value) => !value.includes('}}'));

const href = fc.constantFrom(
  'https://example.com/a',
  'http://x.y/p?q=1&r=2',
  'mailto:analyst@example.com',
  'https://e.x/(paren)_x',
  'https://e.x/back\\slash',
  'https://e.x/&amp;',
  'HTTPS://UPPER.CASE',
);
const marks: fc.Arbitrary<Mark[]> = fc
  .record({
    link: fc.option(href, { nil: undefined, freq: 4 }),
    bold: fc.boolean(),
    italic: fc.boolean(),
    underline: fc.boolean(),
  })
  .map(({ link, bold, italic, underline }) => [
    ...(link ? [{ type: 'link' as const, attrs: { href: link } }] : []),
    ...(bold ? [{ type: 'bold' as const }] : []),
    ...(italic ? [{ type: 'italic' as const }] : []),
    ...(underline ? [{ type: 'underline' as const }] : []),
  ]);

const footnoteText = fc.string({ unit: textUnit, maxLength: 10 });

const inlineNode: fc.Arbitrary<InlineNode> = fc
  .tuple(
    fc.oneof(
      { weight: 6, arbitrary: text.map((value): InlineNode => ({ type: 'text', text: value })) },
      {
        weight: 2,
        arbitrary: fc
          .record({ expr, format })
          .map((attrs): InlineNode => ({ type: 'figure', attrs })),
      },
      {
        weight: 1,
        arbitrary: footnoteText.map(
          (value): InlineNode => ({ type: 'footnote', attrs: { text: value } }),
        ),
      },
      { weight: 1, arbitrary: fc.constant<InlineNode>({ type: 'hardBreak' }) },
    ),
    marks,
  )
  .map(([node, nodeMarks]) => (nodeMarks.length > 0 ? { ...node, marks: nodeMarks } : node));

const inline = fc.array(inlineNode, { minLength: 1, maxLength: 6 }).map(normalizeInline);
const paragraph = inline.map((content): ParagraphNode => ({ type: 'paragraph', content }));
const cellParagraph = fc
  .array(inlineNode, { maxLength: 3 })
  .map(normalizeInline)
  .map(
    (content): ParagraphNode =>
      content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' },
  );

const calcText = fc
  .array(
    fc.constantFrom(
      'x = 1',
      'capex_share = A.b / C.d',
      '# note',
      '',
      '   ',
      'bad line',
      '```',
      '````x',
      '  y = x * 2',
      '\tz = 1',
      ' \t w\t= 2',
    ),
    { maxLength: 4 },
  )
  .map((lines) => lines.join('\n'));

/** A table title or source line: one trimmed line of syntax-heavy text, or none. */
const caption = fc.option(
  fc
    .array(textUnit, { minLength: 1, maxLength: 8 })
    .map((units) => cleanCaption(units.join('')))
    .filter((text) => text !== ''),
  { nil: undefined },
);

const table = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 2 }))
  .chain(([columns, bodyRows]) =>
    fc.tuple(
      caption,
      caption,
      fc.array(cellParagraph, { minLength: columns, maxLength: columns }),
      fc.array(fc.array(cellParagraph, { minLength: columns, maxLength: columns }), {
        minLength: bodyRows,
        maxLength: bodyRows,
      }),
    ),
  )
  .map(([title, source, header, body]): BlockNode => {
    const row = (cells: ParagraphNode[], type: 'tableHeader' | 'tableCell'): TableRowNode => ({
      type: 'tableRow',
      content: cells.map((paragraphNode) => ({ type, content: [paragraphNode] })),
    });
    const attrs = {
      ...(title === undefined ? {} : { title }),
      ...(source === undefined ? {} : { source }),
    };
    return {
      type: 'table',
      ...(Object.keys(attrs).length > 0 ? { attrs } : {}),
      content: [row(header, 'tableHeader'), ...body.map((cells) => row(cells, 'tableCell'))],
    };
  });

const { block } = fc.letrec<{ block: BlockNode; item: ListItemNode }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: paragraph },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(1, 2, 3, 4), fc.option(inline, { nil: undefined }))
        .map(
          ([level, content]): BlockNode =>
            content
              ? { type: 'heading', attrs: { level }, content }
              : { type: 'heading', attrs: { level } },
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(tie('item'), { minLength: 1, maxLength: 3 })
        .map((content): BlockNode => ({ type: 'bulletList', content })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.integer({ min: 0, max: 12 }),
          fc.array(tie('item'), { minLength: 1, maxLength: 3 }),
        )
        .map(
          ([start, content]): BlockNode =>
            start === 1
              ? { type: 'orderedList', content }
              : { type: 'orderedList', attrs: { start }, content },
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(tie('block'), { minLength: 1, maxLength: 3 })
        .map((content): BlockNode => ({ type: 'blockquote', content })),
    },
    { weight: 1, arbitrary: table },
    {
      weight: 1,
      arbitrary: calcText.map(
        (value): BlockNode =>
          value === ''
            ? { type: 'calcBlock' }
            : { type: 'calcBlock', content: [{ type: 'text', text: value }] },
      ),
    },
    { weight: 1, arbitrary: fc.constant<BlockNode>({ type: 'pageBreak' }) },
  ),
  item: fc
    .tuple(fc.option(paragraph, { nil: undefined }), fc.array(tie('block'), { maxLength: 2 }))
    .map(([first, rest]): ListItemNode => {
      const emptyFirst = !first && (rest.length === 0 || rest[0]?.type !== 'paragraph');
      return {
        type: 'listItem',
        content: [
          first ?? (emptyFirst ? { type: 'paragraph' } : rest[0]!),
          ...(first || emptyFirst ? rest : rest.slice(1)),
        ],
      };
    }),
}));

const metaText = fc.string({
  unit: fc.constantFrom(...Array.from('abc XYZ\'":#-$%{}|>!?&*é😀'), '---', '  '),
  maxLength: 12,
});
const date = fc.oneof(
  fc.constant(''),
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

/** A valid memo that Markdown can hold exactly. */
export const memoArbitrary: fc.Arbitrary<Memo> = fc
  .record({
    meta: fc.record({ title: metaText, author: metaText, date, subtitle: metaText }),
    blocks: fc.array(block, { minLength: 1, maxLength: 5 }),
  })
  .map(({ meta, blocks }) => ({ meta, doc: { type: 'doc', content: blocks } }));
