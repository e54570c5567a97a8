/** The page count of a PDF pdfkit wrote (its page tree's /Count). */
export function countPdfPages(bytes: Uint8Array): number {
  const text = Buffer.from(bytes).toString('latin1');
  const counts = [...text.matchAll(/\/Type \/Pages[\s\S]*?\/Count (\d+)/g)].map((m) =>
    Number(m[1]),
  );
  return counts.length ? Math.max(...counts) : 0;
}
