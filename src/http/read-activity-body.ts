import type { IncomingMessage } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import getRawBody from 'raw-body';

export type BodyResult = { ok: true; body: unknown } | { ok: false; status: number; code: string; message: string };

const INFLATE: Partial<Record<string, (buffer: Buffer, options: zlib.ZlibOptions) => Promise<Buffer>>> = {
  gzip: promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
};

/**
 * Reads a JSON request body with one limit on what the bot ends up holding: `maxBytes` applies to
 * the bytes on the wire and, for gzip or deflate, to the inflated body as well. A few hundred
 * kilobytes of gzip can inflate to gigabytes; zlib's `maxOutputLength` stops inflating as soon as
 * the limit is passed, so such a body costs at most `maxBytes` of memory. A declared
 * Content-Length over the limit is refused before anything is read. Other encodings get 415.
 */
export async function readActivityBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const inflate = INFLATE[encoding];
  if (!inflate && encoding !== 'identity') {
    return { ok: false, status: 415, code: 'UNSUPPORTED_ENCODING', message: `Content-Encoding '${encoding.slice(0, 40)}' is not supported; send gzip, deflate or plain JSON.` };
  }
  const tooLarge = { ok: false, status: 413, code: 'BODY_TOO_LARGE', message: `The request body is larger than ${maxBytes} bytes${encoding === 'identity' ? '' : ' once decompressed'}.` } as const;
  let raw: Buffer;
  try {
    raw = await getRawBody(req, { limit: maxBytes, length: req.headers['content-length'] });
  } catch (err) {
    const type = (err as { type?: string }).type;
    if (type === 'entity.too.large') return tooLarge;
    return { ok: false, status: 400, code: 'BODY_UNREADABLE', message: 'The request body could not be read completely.' };
  }
  let text: Buffer = raw;
  if (inflate) {
    try {
      text = await inflate(raw, { maxOutputLength: maxBytes });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return tooLarge;
      return { ok: false, status: 400, code: 'BODY_UNREADABLE', message: `The body is not valid ${encoding} data.` };
    }
  }
  try {
    return { ok: true, body: JSON.parse(text.toString('utf8')) };
  } catch {
    return { ok: false, status: 400, code: 'INVALID_JSON', message: 'The body is not valid JSON.' };
  }
}
