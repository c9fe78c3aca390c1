// Entry of the Slack stand-in process (slack-stand-in-process.ts): the test stand-in, reporting over IPC.
import { startSlackStandIn } from '../test/support/slack-stand-in.ts';
import type { StandInReport } from './slack-stand-in-process.ts';

const report = (message: StandInReport) => process.send?.(message);
const slack = await startSlackStandIn({
  onCall(call) {
    const id = /^\/response\/(.+)$/.exec(call.path)?.[1];
    if (call.method === 'response' && id && call.body.blocks !== undefined)
      report({ type: 'answer', id, at: performance.timeOrigin + performance.now() });
  },
});
report({ type: 'ready', apiUrl: slack.apiUrl, responseBase: slack.responseUrl('') });
process.once('SIGTERM', () => void slack.close().then(() => process.exit(0)));
// The parent gone (a crash), nothing is left to serve.
process.once('disconnect', () => void slack.close().then(() => process.exit(0)));
