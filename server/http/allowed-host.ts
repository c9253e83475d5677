// The Host check of every page (proxy.ts) and API route (server/auth/viewer.ts): DNS rebinding.
import { allowedHosts, hostAllowed } from '../../lib/http/allowed-hosts';
import { loadConfig } from '../config';

/** Why the request is refused (421), or null when its Host names this server. */
export function misdirected(request: Request): string | null {
  const host = request.headers.get('host');
  if (hostAllowed(host, allowedHosts(loadConfig().allowedHosts))) return null;
  return `This Hopscope does not answer for the host "${host ?? '(none)'}": it serves loopback names and those in HOPSCOPE_ALLOWED_HOSTS. Open it by one of those, or add this name there.`;
}
