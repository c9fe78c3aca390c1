// Prometheus metrics on /metrics: messages by channel, intent and outcome; latency histograms; model
// fallbacks; knowledge reloads; HTTP requests; and the process's own (memory, event loop). Labels never
// carry user text or ids.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { HandledEvent } from '../core/create-bot.ts';

export interface Metrics {
  registry: Registry;
  message(event: HandledEvent): void;
  modelFallback(reason: string): void;
  knowledgeReload(ok: boolean, version: string): void;
  httpRequest(route: string, method: string, status: number, seconds: number): void;
}

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(knowledgeVersion: string): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'uitingswijzer_' });
  const messages = new Counter({
    name: 'uitingswijzer_messages_total',
    help: 'Messages handled, by channel, intent, outcome (verdict, risk or error code) and engine.',
    labelNames: ['channel', 'intent', 'outcome', 'engine'],
    registers: [registry],
  });
  const messageSeconds = new Histogram({
    name: 'uitingswijzer_message_duration_seconds',
    help: 'Time to handle a message in the core (rules, and the model when configured).',
    labelNames: ['channel', 'intent'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const fallbacks = new Counter({
    name: 'uitingswijzer_model_fallbacks_total',
    help: 'Times the rules answered instead of the language model, by reason.',
    labelNames: ['reason'],
    registers: [registry],
  });
  const reloads = new Counter({
    name: 'uitingswijzer_knowledge_reloads_total',
    help: 'Knowledge reloads, by result (ok or refused).',
    labelNames: ['result'],
    registers: [registry],
  });
  const knowledgeInfo = new Gauge({
    name: 'uitingswijzer_knowledge_info',
    help: 'The knowledge version in service (value 1).',
    labelNames: ['version'],
    registers: [registry],
  });
  const http = new Counter({
    name: 'uitingswijzer_http_requests_total',
    help: 'HTTP requests, by route, method and status.',
    labelNames: ['route', 'method', 'status'],
    registers: [registry],
  });
  const httpSeconds = new Histogram({
    name: 'uitingswijzer_http_request_duration_seconds',
    help: 'HTTP request duration, by route.',
    labelNames: ['route'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  knowledgeInfo.set({ version: knowledgeVersion }, 1);

  return {
    registry,
    message(event) {
      const outcome = event.errorCode ?? event.verdict ?? event.risk ?? 'none';
      messages.inc({ channel: event.channel, intent: event.intent, outcome, engine: event.engine });
      messageSeconds.observe({ channel: event.channel, intent: event.intent }, event.seconds);
    },
    modelFallback(reason) {
      fallbacks.inc({ reason });
    },
    knowledgeReload(ok, version) {
      reloads.inc({ result: ok ? 'ok' : 'refused' });
      if (ok) {
        knowledgeInfo.reset();
        knowledgeInfo.set({ version }, 1);
      }
    },
    httpRequest(route, method, status, seconds) {
      http.inc({ route, method, status: String(status) });
      httpSeconds.observe({ route }, seconds);
    },
  };
}
