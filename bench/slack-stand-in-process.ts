// The stand-in for Slack's Web API and response_url in a process of its own, for the Slack benchmark: Slack's
// servers are not the client that sends the commands, so parsing 50 answers' Block Kit must not delay the
// client's reading of the acks it measures. The child reports when each answer with blocks arrived.
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What the child sends: its addresses once, then every answer posted to a response_url. */
export type StandInReport =
  | { type: 'ready'; apiUrl: string; responseBase: string }
  /** `at`: performance.timeOrigin + performance.now() in the child, comparable across processes. */
  | { type: 'answer'; id: string; at: number };

export interface SlackStandInProcess {
  apiUrl: string;
  responseUrl(id: string): string;
  /** When the answer with blocks for `id` arrived (timeOrigin-based milliseconds). */
  answerArrival(id: string, timeoutMs: number): Promise<number>;
  close(): Promise<void>;
}

export async function startSlackStandInProcess(): Promise<SlackStandInProcess> {
  // fork passes this process's execArgv on, so the child loads TypeScript the same way (--import tsx).
  const child: ChildProcess = fork(fileURLToPath(new URL('./slack-stand-in-child.ts', import.meta.url)), {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const arrived = new Map<string, number>();
  const waiting = new Map<string, (at: number) => void>();
  const ready = new Promise<{ apiUrl: string; responseBase: string }>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the Slack stand-in exited (${code})`)));
    child.on('message', (report: StandInReport) => {
      if (report.type === 'ready') return resolve(report);
      arrived.set(report.id, report.at);
      waiting.get(report.id)?.(report.at);
      waiting.delete(report.id);
    });
  });
  const { apiUrl, responseBase } = await ready;
  return {
    apiUrl,
    responseUrl: (id) => `${responseBase}${id}`,
    answerArrival(id, timeoutMs) {
      const at = arrived.get(id);
      if (at !== undefined) return Promise.resolve(at);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          reject(new Error(`no answer at response_url ${id} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.set(id, (arrival) => {
          clearTimeout(timer);
          resolve(arrival);
        });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
