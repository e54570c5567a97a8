// A second program writing the workspace: runs `tickmark set` (the CLI's own code, in this
// process) COUNT times on WS, each a separate open, write and close, and prints a JSON summary.
// Started by twoWriters.test.ts as `node --import tsx setLoop.ts WS ENTITY COUNT`.
import { runCli } from '../../../app/cli/runCli';

const [ws, entity, countText] = process.argv.slice(2);
const failures: string[] = [];
const count = Number(countText);
for (let i = 0; i < count; i++) {
  const errors: string[] = [];
  const code = await runCli(['set', ws!, `${entity}.m${i}.FY2025`, String(i + 1)], {
    out: () => undefined,
    err: (text) => errors.push(text),
  });
  if (code !== 0) failures.push(errors.join(' '));
}
process.stdout.write(JSON.stringify({ failures }));
