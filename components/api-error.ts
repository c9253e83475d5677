/** A failed API call: the server's sentence, its status, and whether it asks for a token (token sign-in). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly wantsToken: boolean,
  ) {
    super(message);
  }
}

/** The JSON body of a successful call, or an ApiError with the server's sentence. */
export async function readJson<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => ({ error: `HTTP ${response.status}` }))) as T | { error: string };
  if (!response.ok || (body && typeof body === 'object' && 'error' in body)) {
    const message = body && typeof body === 'object' && 'error' in body ? body.error : `HTTP ${response.status}`;
    throw new ApiError(message, response.status, /^Bearer/i.test(response.headers.get('www-authenticate') ?? ''));
  }
  return body as T;
}
