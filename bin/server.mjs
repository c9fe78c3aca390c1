#!/usr/bin/env node
// `npm start`: runs the TypeScript sources through tsx, so `npm install` is the only set-up.
// Settings come from the environment; a .env file in the working directory is read when present.
import { existsSync } from 'node:fs';
import { register } from 'tsx/esm/api';

if (existsSync('.env')) process.loadEnvFile('.env');
register();
await import('../app/run.ts');
