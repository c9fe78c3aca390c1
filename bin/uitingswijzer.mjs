#!/usr/bin/env node
// The `uitingswijzer` command. Runs the TypeScript sources through tsx, so `npm ci` is the only set-up.
import { existsSync } from 'node:fs';
import { register } from 'tsx/esm/api';

// The same settings as `npm start`: a .env file in the working directory is read when present.
if (existsSync('.env')) process.loadEnvFile('.env');
register();
await import('../app/cli.ts');
