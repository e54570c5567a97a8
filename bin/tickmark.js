#!/usr/bin/env node
// The `tickmark` command: runs the TypeScript CLI in app/cli through tsx (no build step).
import { register } from 'tsx/esm/api';

register();
await import('../app/cli/main.ts');
