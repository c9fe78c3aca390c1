// A bot on the bundled knowledge whose model is the real OpenAI adapter talking to the loopback stand-in,
// and the answer a well-behaved model gives. Shared by the tests that check what the model is sent and
// what of its answer is shown.
import { createOpenAIChatModel } from '../../adapters/openai/index.ts';
import type { OpenAISettings } from '../../adapters/openai/load-openai-settings.ts';
import { type BotOptions, createBot } from '../../src/core/create-bot.ts';
import { staticKnowledgeStore } from '../../src/knowledge/knowledge-store.ts';
import { createSilentLogger, type Logger } from '../../src/logging/create-logger.ts';
import { type CircuitBreaker, createCircuitBreaker } from '../../src/model/circuit-breaker.ts';
import { createModelEngine } from '../../src/model/model-engine.ts';
import { loadPrompts } from '../../src/model/prompt-templates.ts';
import type { Json } from './json.ts';
import { type Behaviour, type OpenAIStandIn, passagesOf, sentenceOf } from './openai-stand-in.ts';
import { realKnowledge } from './real-knowledge.ts';

export interface ModelBotOptions {
  openai: OpenAIStandIn;
  settings?: Partial<OpenAISettings>;
  bot?: Partial<BotOptions>;
  /** Where the engine and the adapter log (default: nowhere). */
  logger?: Logger;
  /** The engine's circuit breaker (default: one that practically never opens). */
  breaker?: CircuitBreaker;
}

/** The model's time budget in these tests. */
export const STAND_IN_TIMEOUT_MS = 800;

/** Adapter settings for the stand-in: a short time budget, one retry, drafts not sent. */
export function standInSettings(
  openai: OpenAIStandIn,
  settings: Partial<OpenAISettings> = {},
): OpenAISettings {
  return {
    apiKey: 'sk-test',
    baseUrl: openai.baseUrl,
    model: 'test-model',
    apiVersion: undefined,
    timeoutMs: STAND_IN_TIMEOUT_MS,
    maxRetries: 1,
    sendDrafts: false,
    circuitFailures: 100,
    circuitOpenMs: 60_000,
    ...settings,
  };
}

export async function createModelBot({
  openai,
  settings = {},
  bot = {},
  logger = createSilentLogger(),
  breaker = createCircuitBreaker({ failureThreshold: 100 }),
}: ModelBotOptions) {
  const options = standInSettings(openai, settings);
  return createBot({
    knowledge: staticKnowledgeStore(await realKnowledge()),
    now: () => new Date('2026-11-28T12:00:00Z'),
    model: createModelEngine({
      model: createOpenAIChatModel(options, { logger }),
      prompts: await loadPrompts(),
      timeoutMs: options.timeoutMs,
      sendDrafts: options.sendDrafts,
      breaker,
      logger,
    }),
    ...bot,
  });
}

/** A correct answer: the given verdict and prose, citing the first passage with a sentence copied from it. */
export function answerCitingFirstPassage(
  body: Json,
  prose: { verdict?: string; answer?: string; conditions?: string[]; next_step?: string } = {},
): Behaviour {
  const [id, text] = [...passagesOf(body)][0] ?? ['P1', ''];
  return {
    kind: 'json',
    content: {
      verdict: prose.verdict ?? 'voorwaardelijk',
      answer:
        prose.answer ??
        'Je mag reageren, maar het gaat over je eigen werk. Wees terughoudend en spreek op persoonlijke titel.',
      conditions: prose.conditions ?? ['Het onderwerp is je eigen beleidsterrein.'],
      next_step: prose.next_step ?? 'Overleg eerst met je leidinggevende.',
      citations: [{ passage_id: id, quote: sentenceOf(text) }],
    },
  };
}
