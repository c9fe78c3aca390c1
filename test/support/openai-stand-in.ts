// A local OpenAI-compatible server (POST /v1/chat/completions) on loopback. Each test decides how it
// answers: a JSON answer built from the request, raw text, a refusal, an HTTP error, a hang, or a
// dropped connection. Every request body is recorded, so tests assert exactly what was sent.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Json } from './json.ts';

export type Behaviour =
  | { kind: 'json'; content: unknown }
  | { kind: 'raw'; content: string }
  | { kind: 'refusal' }
  | { kind: 'status'; status: number; headers?: Record<string, string> }
  | { kind: 'hang' }
  | { kind: 'destroy' };

export interface RecordedRequest {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Json;
  /** When the request had fully arrived (performance.now()), to measure the wait between retries. */
  receivedAt: number;
}

export interface OpenAIStandIn {
  baseUrl: string;
  requests: RecordedRequest[];
  /** How to answer; called per request. */
  respond(decide: (body: Json, index: number) => Behaviour): void;
  close(): Promise<void>;
}

export async function startOpenAIStandIn(): Promise<OpenAIStandIn> {
  const requests: RecordedRequest[] = [];
  let decide: (body: Json, index: number) => Behaviour = () => ({ kind: 'status', status: 500 });
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body: Json = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      requests.push({
        path: request.url ?? '/',
        headers: request.headers,
        body,
        receivedAt: performance.now(),
      });
      const behaviour = decide(body, requests.length - 1);
      const completion = (message: Json) => ({
        id: `chatcmpl-${requests.length}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        choices: [
          { index: 0, message: { role: 'assistant', ...message }, finish_reason: 'stop', logprobs: null },
        ],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      });
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        response.writeHead(status, { 'content-type': 'application/json', ...headers });
        response.end(JSON.stringify(payload));
      };
      switch (behaviour.kind) {
        case 'json':
          return send(200, completion({ content: JSON.stringify(behaviour.content), refusal: null }));
        case 'raw':
          return send(200, completion({ content: behaviour.content, refusal: null }));
        case 'refusal':
          return send(200, completion({ content: null, refusal: 'I cannot help with that.' }));
        case 'status':
          return send(
            behaviour.status,
            { error: { message: 'stand-in error', type: 'server_error' } },
            behaviour.headers,
          );
        case 'hang':
          return; // never answers
        case 'destroy':
          request.socket.destroy();
          return;
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    respond(next) {
      decide = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The passages of an answer or review request, by id, as the prompt shows them. */
export function passagesOf(body: Json): Map<string, string> {
  const user = body.messages.find((message: Json) => message.role === 'user')?.content ?? '';
  const passages = new Map<string, string>();
  for (const match of user.matchAll(/<passage id="(P\d+)"[^>]*>\n([\s\S]*?)\n<\/passage>/g)) {
    passages.set(match[1], match[2]);
  }
  return passages;
}

/** A sentence copied from a passage (what a well-behaved model would quote). */
export function sentenceOf(text: string): string {
  const sentence = text.split(/(?<=[.!?])\s+/).find((candidate) => candidate.length >= 20) ?? text;
  // Long sentences are cut at a word boundary, as a careful quote would be.
  return sentence.length <= 300 ? sentence : sentence.slice(0, 300).replace(/\s+\S*$/, '');
}

/** The schema name of a request: "answer", "draft_review" or "rewrite". */
export function schemaOf(body: Json): string {
  return body.response_format?.json_schema?.name;
}
