#!/usr/bin/env node
// The `uitingswijzer` command. Runs the TypeScript sources through tsx, so `npm ci` is the only set-up.
import { register } from 'tsx/esm/api';

register();
await import('../app/cli.ts');
