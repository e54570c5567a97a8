#!/usr/bin/env node
// The `tickmark` command: runs the bundle `npm run build` makes of app/cli (dist/cli/main.mjs).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli/main.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write(
    'tickmark: the command is not built (dist/cli/main.mjs is missing): run "npm run build:cli".\n',
  );
  process.exit(1);
}
await import(bundle.href);
