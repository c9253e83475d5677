/** The double-submit CSRF token: a cookie set on every page, echoed in a header by state-changing requests. */
export const CSRF_COOKIE = 'hopscope_csrf';
export const CSRF_HEADER = 'x-csrf-token';
