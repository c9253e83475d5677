import { CSRF_COOKIE, CSRF_HEADER } from '../lib/http/csrf';

/** Headers for a state-changing request from the page: JSON, and the CSRF token the page was given. */
export function writeHeaders(): Record<string, string> {
  const token = document.cookie.split('; ').find((c) => c.startsWith(`${CSRF_COOKIE}=`))?.slice(CSRF_COOKIE.length + 1) ?? '';
  return { 'Content-Type': 'application/json', [CSRF_HEADER]: token };
}
