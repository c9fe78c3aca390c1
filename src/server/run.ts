// Process entry of `npm start`.
import { startServer } from './start-server.ts';

startServer().then(
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
