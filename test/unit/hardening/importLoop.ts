// A program writing a workspace hard: imports ROUNDS CSV files of ROWS new facts each with the
// CLI's own code (in this process). Started by safeOpenDuringImport.test.ts as
// `node --import tsx importLoop.ts WS ROUNDS ROWS`; prints "done" when finished.
import { writeFileSync } from 'node:fs';
import { runCli } from '../../../app/cli/runCli';

const [ws, roundsText, rowsText] = process.argv.slice(2);
const rows = Number(rowsText);
for (let round = 0; round < Number(roundsText); round++) {
  const lines = ['entity,metric,period,value,source,note'];
  for (let i = 0; i < rows; i++) {
    lines.push(`E${i % 50},m${round}_${i},FY2025,${i + 1},imported by a test,${'n'.repeat(40)}`);
  }
  const csv = `${ws}.round${round}.csv`;
  writeFileSync(csv, `${lines.join('\n')}\n`);
  const errors: string[] = [];
  const code = await runCli(['import', ws!, csv], {
    out: () => undefined,
    err: (t) => errors.push(t),
  });
  if (code !== 0) {
    process.stderr.write(`import ${round} failed: ${errors.join(' ')}\n`);
    process.exit(1);
  }
}
process.stdout.write('done');
