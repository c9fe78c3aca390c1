// Entry of the knowledge worker thread (prepare-in-worker.ts starts it). It registers tsx, as bin/server.mjs
// does for the main thread, so the worker runs the TypeScript sources the same way under `npm start`,
// `node --import tsx` and vitest.
import { register } from 'tsx/esm/api';

register();
await import('./knowledge-worker.ts');
