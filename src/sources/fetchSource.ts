import { SOURCE_SIZE_LIMIT } from './read';

/** What a fetch brought back: the final address after redirects, the bytes and their type. */
export interface Fetched {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string | null;
  bytes: Uint8Array;
}

export interface FetchLimits {
  /** The whole fetch, redirects and body included, in milliseconds. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

/** A fetch that failed, with a one-line reason for the user. */
export class FetchError extends Error {}

const DEFAULTS = { timeoutMs: 30_000, maxBytes: SOURCE_SIZE_LIMIT, maxRedirects: 5 };

/**
 * Fetches a source over HTTP(S) with `fetch` (Node's and the browser's alike), bounded: one timeout for
 * the whole exchange, a size limit checked on the announced length and again while the body streams in,
 * and redirects followed by hand so that they are counted and a loop is stopped.
 */
export async function fetchSource(url: string, limits: FetchLimits = {}, fetcher: typeof fetch = fetch): Promise<Fetched> {
  const timeoutMs = limits.timeoutMs ?? DEFAULTS.timeoutMs;
  const maxBytes = limits.maxBytes ?? DEFAULTS.maxBytes;
  const maxRedirects = limits.maxRedirects ?? DEFAULTS.maxRedirects;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let current = checkedUrl(url);
    const seen = new Set<string>();
    for (let hops = 0; ; hops++) {
      seen.add(current);
      const response = await fetcher(current, { redirect: 'manual', signal: controller.signal, headers: { accept: 'text/html,application/pdf,text/csv,text/plain,*/*;q=0.5' } });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        const next = checkedUrl(new URL(location, current).toString());
        if (seen.has(next)) throw new FetchError(`redirect loop at ${next}`);
        if (hops + 1 > maxRedirects) throw new FetchError(`more than ${maxRedirects} redirects`);
        current = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FetchError(`the server answered ${response.status} ${response.statusText}`.trim());
      }
      const bytes = await boundedBody(response, maxBytes);
      return { url, finalUrl: current, status: response.status, contentType: response.headers.get('content-type'), bytes };
    }
  } catch (e) {
    if (e instanceof FetchError) throw e;
    if (controller.signal.aborted) throw new FetchError(`no answer within ${Math.round(timeoutMs / 1000)} s`);
    const cause = (e as { cause?: { code?: string; message?: string } })?.cause;
    throw new FetchError(`cannot be fetched: ${cause?.code ?? cause?.message ?? (e as Error)?.message ?? e}`);
  } finally {
    clearTimeout(timer);
  }
}

function checkedUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FetchError(`"${url}" is not a web address`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new FetchError(`only http and https addresses are fetched, not ${parsed.protocol}`);
  return parsed.toString();
}

/** The body, refused as soon as it passes `maxBytes` (announced or counted). */
async function boundedBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  const refuse = () => new FetchError(`larger than ${Math.round(maxBytes / 1024 / 1024)} MB: refused`);
  const announced = Number(response.headers.get('content-length'));
  if (Number.isFinite(announced) && announced > maxBytes) {
    await response.body?.cancel();
    throw refuse();
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw refuse();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
