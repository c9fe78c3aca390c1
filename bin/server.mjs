#!/usr/bin/env node
// `npm start`: runs the TypeScript sources through tsx, so `npm install` is the only set-up.
import { register } from 'tsx/esm/api';

register();
await import('../src/server/run.ts');
