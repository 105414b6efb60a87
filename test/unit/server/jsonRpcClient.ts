import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

type Message = { jsonrpc: '2.0'; id?: number | string; method?: string; params?: unknown; result?: unknown; error?: { code: number; message: string } };

/**
 * A plain LSP client over a child's stdio, as a terminal editor talks to a server: JSON-RPC 2.0 messages
 * framed by `Content-Length` headers, written and parsed here (no LSP library). It answers the server's
 * own requests (`workspace/configuration`, registrations) and keeps every notification it gets.
 */
export class JsonRpcClient {
  readonly child: ChildProcessWithoutNullStreams;
  readonly notifications: Message[] = [];
  readonly stderr: string[] = [];
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private readonly waiters: { match(m: Message): boolean; resolve(m: Message): void }[] = [];
  readonly exited: Promise<number | null>;

  constructor(command: string, args: string[], cwd: string, private readonly configuration: (section: string) => unknown = () => ({})) {
    this.child = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.read(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
  }

  notify(method: string, params?: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The next notification (or one already received after `since`) that `match` accepts. */
  waitFor(method: string, match: (params: any) => boolean, timeoutMs = 30_000, since = 0): Promise<any> {
    const known = this.notifications.slice(since).find((m) => m.method === method && match(m.params));
    if (known) return Promise.resolve(known.params);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} within ${timeoutMs} ms; stderr: ${this.stderr.join('')}`)), timeoutMs);
      this.waiters.push({
        match: (m) => m.method === method && match(m.params),
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m.params);
        },
      });
    });
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: (\d+)/i.exec(header)?.[1]);
      if (!Number.isFinite(length)) throw new Error(`a message without Content-Length: ${header}`);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(m: Message): void {
    if (m.method === undefined && m.id !== undefined) {
      const p = this.pending.get(Number(m.id));
      this.pending.delete(Number(m.id));
      if (m.error) p?.reject(new Error(m.error.message));
      else p?.resolve(m.result);
      return;
    }
    if (m.id !== undefined) return this.answer(m);
    this.notifications.push(m);
    for (const w of this.waiters.splice(0)) {
      if (w.match(m)) w.resolve(m);
      else this.waiters.push(w);
    }
  }

  /** The server's requests: settings by section; registrations and anything else accepted with null. */
  private answer(m: Message): void {
    const result = m.method === 'workspace/configuration' ? ((m.params as { items: { section?: string }[] }).items ?? []).map((i) => this.configuration(i.section ?? '')) : null;
    this.send({ jsonrpc: '2.0', id: m.id, result });
  }
}

