// `npm start` (node bin/server.mjs) in its own process, for the tests that need the real process: signals
// and exit codes, the knowledge watcher and its worker thread, the Slack wiring from the environment. Its
// log (stderr, at level info) is collected to wait on.
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { freePort } from './free-port.ts';
import { PROJECT_DIR } from './real-knowledge.ts';

export interface ServerProcess {
  url: string;
  child: ChildProcessByStdio<null, null, Readable>;
  /** The exit code once the process has ended. */
  exited: Promise<number | null>;
  log(): string;
  /** Resolves once the log holds the text or the process has ended (the test's timeout bounds the wait). */
  waitForLog(text: string): Promise<void>;
}

export async function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/server.mjs'], {
    cwd: PROJECT_DIR,
    env: { ...process.env, ...env, LOG_LEVEL: 'info', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    exited,
    log: () => log,
    async waitForLog(text) {
      while (!log.includes(text) && child.exitCode === null)
        await new Promise((resolve) => setTimeout(resolve, 100));
    },
  };
}
