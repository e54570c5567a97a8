import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { MemoEvaluation } from '../../shared/memo/memoEvaluation';
import type { BlockNode, InlineNode, Memo } from '../../shared/memo/memoTypes';

const require = createRequire(import.meta.url);

/** The same fonts as the PDF export, inlined, so Chromium embeds the same faces. */
function fontFaces(): string {
  const faces: [string, string, number, string][] = [
    [
      'Source Serif 4',
      '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf',
      400,
      'normal',
    ],
    [
      'Source Serif 4',
      '@expo-google-fonts/source-serif-4/400Regular_Italic/SourceSerif4_400Regular_Italic.ttf',
      400,
      'italic',
    ],
    ['Inter', '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf', 400, 'normal'],
    ['Inter', '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf', 600, 'normal'],
  ];
  return faces
    .map(([family, file, weight, style]) => {
      const data = readFileSync(require.resolve(file)).toString('base64');
      return `@font-face{font-family:'${family}';font-weight:${weight};font-style:${style};src:url(data:font/ttf;base64,${data}) format('truetype')}`;
    })
    .join('\n');
}

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The memo as simple print HTML (the Chromium baseline of the export benchmark): the same
 * blocks and figure displays, styled with the same fonts and sizes, tables with a repeated
 * header (thead) and unsplit rows.
 */
export function exportBenchHtml(memo: Memo, evaluation: MemoEvaluation): string {
  let figure = 0;
  const variables = new Map(evaluation.variables.map((v) => [v.name, v.display]));
  const inline = (nodes: InlineNode[] | undefined): string =>
    (nodes ?? [])
      .map((node) => {
        if (node.type === 'text') return escape(node.text);
        if (node.type === 'figure')
          return `<span class="fig">${escape(evaluation.figures[figure++]?.display ?? '')}</span>`;
        if (node.type === 'footnote') return '<sup>*</sup>';
        return '<br>';
      })
      .join('');
  const block = (node: BlockNode): string => {
    switch (node.type) {
      case 'paragraph':
        return `<p>${inline(node.content)}</p>`;
      case 'heading':
        return `<h${node.attrs.level}>${inline(node.content)}</h${node.attrs.level}>`;
      case 'bulletList':
      case 'orderedList': {
        const tag = node.type === 'bulletList' ? 'ul' : 'ol';
        return `<${tag}>${node.content.map((item) => `<li>${item.content.map(block).join('')}</li>`).join('')}</${tag}>`;
      }
      case 'blockquote':
        return `<blockquote>${node.content.map(block).join('')}</blockquote>`;
      case 'table': {
        const [head, ...rows] = node.content;
        const cells = (row: typeof head, tag: string): string =>
          (row?.content ?? [])
            .map((c) => `<${tag}>${c.content.map((p) => inline(p.content)).join(' ')}</${tag}>`)
            .join('');
        return `<table><thead><tr>${cells(head, 'th')}</tr></thead><tbody>${rows.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('')}</tbody></table>`;
      }
      case 'chartBlock':
        return '';
      case 'calcBlock': {
        const lines = (node.content ?? [])
          .map((t) => t.text)
          .join('')
          .split('\n');
        const rows = lines
          .map((line) => /^\s*([A-Za-z_]\w*)\s*=/.exec(line)?.[1])
          .filter((name): name is string => name !== undefined)
          .map(
            (name) =>
              `<tr><td>${escape(name)}</td><td class="num">${escape(variables.get(name) ?? '')}</td></tr>`,
          );
        return `<table class="calc">${rows.join('')}</table>`;
      }
      case 'pageBreak':
        return '<div style="break-after:page"></div>';
    }
  };
  return `<!doctype html><html><head><meta charset="utf-8"><style>
${fontFaces()}
@page{size:A4;margin:78pt 68pt 66pt}
body{font:10.5pt/15pt 'Source Serif 4';color:#23272e}
h1,h2,h3,h4,th,td,.calc{font-family:Inter}
h1{font-size:14pt;color:#1d3c6e;break-after:avoid}h2{font-size:11.5pt;break-after:avoid}
p{margin:0 0 7pt;orphans:2;widows:2}
blockquote{font-style:italic;border-left:2pt solid #c3ccd8;margin:10pt 0;padding-left:14pt}
table{width:100%;border-collapse:collapse;font-size:8.5pt;margin:10pt 0}
th{text-align:left;border-top:1.1pt solid #1d3c6e;border-bottom:.6pt solid #1b1f24}
td{border-bottom:.4pt solid #dde2e9}tr{break-inside:avoid}td:last-child,th:last-child,.num{text-align:right}
.calc{width:50%;background:#f3f5f8}
</style></head><body><h1 style="font-size:23pt;color:#1b1f24">${escape(memo.meta.title)}</h1>
${memo.doc.content.map(block).join('\n')}</body></html>`;
}
