// Checks for state-changing requests: same origin (a cross-site form or fetch cannot pass), JSON
// only, and a size limit read from the body itself, not from what the client claims.
export class RequestRejected extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function sameOrigin(request: Request): void {
  const origin = request.headers.get('origin');
  const host = request.headers.get('host');
  // Browsers send Origin on every cross-origin write; without one, Sec-Fetch-Site still tells.
  if (origin) {
    if (!host || new URL(origin).host !== host) throw new RequestRejected(403, 'cross-origin request refused');
  } else if (request.headers.get('sec-fetch-site') === 'cross-site') throw new RequestRejected(403, 'cross-site request refused');
}

export async function jsonBody(request: Request, maxBytes: number): Promise<unknown> {
  sameOrigin(request);
  if (!(request.headers.get('content-type') ?? '').startsWith('application/json')) throw new RequestRejected(415, 'send application/json');
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = reader ? await reader.read() : { done: true, value: undefined };
    if (done || !value) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader?.cancel();
      throw new RequestRejected(413, `the body is over ${Math.round(maxBytes / 1024)} KB`);
    }
    chunks.push(value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new RequestRejected(400, 'the body is not valid JSON');
  }
}
