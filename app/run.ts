// Process entry of `npm start`: the composition root that wires the core's server to the channel
// adapters. The only file that imports both src/ and adapters/ to assemble the app.

import { startOpenAIModel } from '../adapters/openai/index.ts';
import { startSlackChannel } from '../adapters/slack/index.ts';
import { startStateStore } from '../adapters/store/index.ts';
import { startTeamsChannel } from '../adapters/teams/index.ts';
import { startServer } from '../src/server/start-server.ts';

// A promise that fails with no one waiting for it (for example a platform SDK reconnecting in the
// background) must not stop the bot for everyone: log it as one line, without its message text, and go on.
process.on('unhandledRejection', (reason) => {
  const detail =
    reason instanceof Error
      ? { name: reason.name, code: (reason as { code?: unknown }).code }
      : { type: typeof reason };
  process.stderr.write(
    `${JSON.stringify({ level: 50, time: new Date().toISOString(), service: 'uitingswijzer', ...detail, msg: 'unhandled rejection (ignored; the server keeps running)' })}\n`,
  );
});

startServer(process.env, {
  channels: [startSlackChannel, startTeamsChannel],
  model: startOpenAIModel,
  state: startStateStore,
}).then(
  (running) => {
    // Exit 0 only when everything in flight finished; 1 when something was cut (or the stop failed), so an
    // orchestrator can tell. close() itself cuts at the end of the grace period; the extra timer is for a
    // store or channel that does not even stop then.
    const stop = () => {
      running.close().then(
        ({ cut }) => process.exit(cut > 0 ? 1 : 0),
        (error: unknown) => {
          process.stderr.write(
            `${JSON.stringify({ level: 50, time: new Date().toISOString(), service: 'uitingswijzer', name: error instanceof Error ? error.name : typeof error, msg: 'shutdown failed' })}\n`,
          );
          process.exit(1);
        },
      );
      setTimeout(() => process.exit(1), running.shutdownGraceMs + 5000).unref();
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  },
  (error: unknown) => {
    process.stderr.write(
      `Uitingswijzer could not start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
