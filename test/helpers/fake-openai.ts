/**
 * A fake OpenAI-compatible chat completions endpoint on loopback, for the AI planner's tests. It
 * answers `POST /v1/chat/completions` (OpenAI, and servers that copy its API) and
 * `POST /openai/deployments/<deployment>/chat/completions?api-version=…` (Azure OpenAI) as those
 * services do, and is at least as strict:
 * - a missing or wrong key is 401 with OpenAI's error body (`Authorization: Bearer` for OpenAI,
 *   `api-key` for Azure);
 * - the body must be JSON with `messages`; a `tool` message must answer a tool call the
 *   assistant made earlier in the same request (400 otherwise, as OpenAI does);
 * - replies are chat.completion objects, with `tool_calls` when the script calls a tool.
 *
 * What it answers is scripted per test: `script(request)` returns an answer, a tool call, an HTTP
 * error or a delay. Every request is recorded, so tests can check what the model was shown.
 *
 * With `{ https: true }` it listens over HTTPS with a certificate made for the run (Azure OpenAI
 * endpoints are HTTPS only, and teams-ai refuses any other); the bot's process trusts it through
 * NODE_EXTRA_CA_CERTS (`certFile`).
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { makeLoopbackCertificate, type LoopbackCertificate } from './loopback-certificate';

export interface ChatRequest {
  path: string;
  /** The query string's parameters (Azure's `api-version`). */
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  body: {
    model?: string;
    messages: { role: string; content?: unknown; tool_calls?: { id: string; function: { name: string; arguments: string } }[]; tool_call_id?: string }[];
    tools?: { type: string; function: { name: string; description?: string; parameters?: unknown } }[];
  };
}

export type ScriptedReply =
  | { say: string }
  | { call: string; arguments?: Record<string, unknown> }
  | { status: number; message: string }
  /** Answer after this many milliseconds (the bot should have given up before). */
  | { delayMs: number; then: ScriptedReply };

export class FakeOpenAI {
  readonly requests: ChatRequest[] = [];
  script: (request: ChatRequest, index: number) => ScriptedReply = () => ({ say: 'Det står der ikke noget om i programmet.' });
  private calls = 0;
  private pending = new Set<NodeJS.Timeout>();

  private constructor(
    private readonly server: http.Server | https.Server,
    readonly apiKey: string,
    private readonly certificate?: LoopbackCertificate,
  ) {}

  static async start(apiKey = 'sk-test-planner-key', options: { https?: boolean } = {}): Promise<FakeOpenAI> {
    const certificate = options.https ? await makeLoopbackCertificate() : undefined;
    const server = certificate ? https.createServer({ key: certificate.key, cert: certificate.cert }) : http.createServer();
    const fake = new FakeOpenAI(server, apiKey, certificate);
    server.on('request', (req, res) => void fake.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** http(s)://127.0.0.1:<port>: an Azure OpenAI resource's endpoint (AZURE_OPENAI_ENDPOINT). */
  get origin(): string {
    return `${this.certificate ? 'https' : 'http'}://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The base URL an OpenAI client is given (OPENAI_BASE_URL). */
  get baseUrl(): string {
    return `${this.origin}/v1`;
  }

  /** The PEM file of the HTTPS certificate, for NODE_EXTRA_CA_CERTS; only with `{ https: true }`. */
  get certFile(): string {
    if (!this.certificate) throw new Error('FakeOpenAI was started without https');
    return this.certificate.certFile;
  }

  reset(): void {
    this.requests.length = 0;
  }

  async close(): Promise<void> {
    for (const timer of this.pending) clearTimeout(timer);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.certificate?.remove();
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const azure = /^\/openai\/deployments\/[^/]+\/chat\/completions$/.test(url.pathname);
    if (req.method !== 'POST' || !(azure || url.pathname === '/v1/chat/completions')) {
      return send(res, 404, { error: { message: 'Not found', type: 'invalid_request_error' } });
    }
    const key = azure ? req.headers['api-key'] : req.headers.authorization?.replace(/^Bearer /, '');
    if (key !== this.apiKey) return send(res, 401, { error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', code: 'invalid_api_key' } });
    if (azure && !url.searchParams.get('api-version')) return send(res, 404, { error: { code: '404', message: 'Resource not found' } });
    let body: ChatRequest['body'];
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return send(res, 400, { error: { message: 'We could not parse the JSON body of your request.', type: 'invalid_request_error' } });
    }
    if (!Array.isArray(body.messages) || body.messages.length === 0) {
      return send(res, 400, { error: { message: "'messages' is a required property", type: 'invalid_request_error' } });
    }
    const called = new Set(body.messages.flatMap((m) => m.tool_calls ?? []).map((c) => c.id));
    const orphan = body.messages.find((m) => m.role === 'tool' && !called.has(m.tool_call_id ?? ''));
    if (orphan) {
      return send(res, 400, { error: { message: "Messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.", type: 'invalid_request_error' } });
    }
    const request: ChatRequest = { path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers, body };
    this.requests.push(request);
    await this.reply(res, this.script(request, this.requests.length - 1), body.model ?? 'deployment');
  }

  private async reply(res: http.ServerResponse, reply: ScriptedReply, model: string): Promise<void> {
    if ('delayMs' in reply) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.pending.delete(timer);
          resolve();
        }, reply.delayMs);
        this.pending.add(timer);
      });
      if (res.destroyed || res.writableEnded || res.socket?.destroyed) return;
      return this.reply(res, reply.then, model);
    }
    if ('status' in reply) return send(res, reply.status, { error: { message: reply.message, type: 'server_error' } });
    this.calls += 1;
    const message =
      'say' in reply
        ? { role: 'assistant', content: reply.say }
        : {
            role: 'assistant',
            content: null,
            tool_calls: [{ id: `call_${this.calls}`, type: 'function', function: { name: reply.call, arguments: JSON.stringify(reply.arguments ?? {}) } }],
          };
    send(res, 200, {
      id: `chatcmpl-${this.calls}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model,
      choices: [{ index: 0, message, finish_reason: 'say' in reply ? 'stop' : 'tool_calls' }],
      usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
    });
  }
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** All the text the model was shown in one request (every message's content, and the tools). */
export function shownText(request: ChatRequest): string {
  return JSON.stringify(request.body);
}
