// Process entry of the `uitingswijzer` command: the CLI of the core with the optional language model
// (used when OPENAI_API_KEY or OPENAI_BASE_URL is set). Never throws past this point.
import { startOpenAIModel } from '../adapters/openai/index.ts';
import { main } from '../src/cli/main.ts';

main(process.argv.slice(2), { model: startOpenAIModel }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 70;
  },
);
