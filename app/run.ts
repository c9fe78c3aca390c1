// Process entry of `npm start`: the composition root that wires the core's server to the channel
// adapters. The only file that imports both src/ and adapters/ to assemble the app.
import { startSlackChannel } from '../adapters/slack/index.ts';
import { startTeamsChannel } from '../adapters/teams/index.ts';
import { startServer } from '../src/server/start-server.ts';

startServer(process.env, { channels: [startSlackChannel, startTeamsChannel] }).then(
  (running) => {
    const stop = () => {
      running.close().then(() => process.exit(0));
      // Connections that do not finish in time are cut.
      setTimeout(() => process.exit(0), 10_000).unref();
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
