// Who is asking: nobody in particular (auth none, local use), the person a trusted proxy vouches
// for (header), or the owner of a Kubernetes token (token). Each has a role and a credential that
// the access reviews act as.
import { createHash } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import type { NextRequest } from 'next/server';
import type { SourceInfo } from '../../lib/graph/types';
import { z } from 'zod';
import { loadConfig, type AuthConfig } from '../config';
import { misdirected } from '../http/allowed-host';
import { RequestRejected } from '../http/guard';
import type { ReviewCredential } from '../kube/reviews';
import type { ClusterSource } from '../source/current';
import { peerOf, repeatedHeaders } from './peer';
import { openSession, SESSION_COOKIE } from './session';

export type AuthMode = 'none' | 'header' | 'token';
export type Role = 'sre' | 'developer';

export interface Viewer {
  name: string;
  email?: string;
  groups: string[];
  role: Role;
  mode: AuthMode;
  /** `service`: Hopscope's own identity, unscoped (auth none). */
  credential: { kind: 'service' } | ReviewCredential;
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

const family = (address: string) => (isIP(address) === 6 ? 'ipv6' : 'ipv4');

let trusted: { source: string; list: BlockList } | null = null;

function trustedProxies(entries: string[]): BlockList {
  const source = entries.join(',');
  if (trusted?.source === source) return trusted.list;
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    if (!isIP(address) || (prefix !== undefined && !/^\d{1,3}$/.test(prefix))) throw new Error(`Invalid setting HOPSCOPE_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR`);
    if (prefix === undefined) list.addAddress(address, family(address));
    else list.addSubnet(address, Number(prefix), family(address));
  }
  trusted = { source, list };
  return list;
}

const headerIdentity = z.object({
  user: z.string().min(1).max(256),
  email: z.string().max(256).optional(),
  groups: z.array(z.string().min(1).max(256)).max(200),
});

const roleOf = (groups: string[], config: AuthConfig): Role => (config.sreGroups.some((g) => groups.includes(g)) ? 'sre' : 'developer');

/**
 * The mode in force for this request: the configured one; else none from loopback, and from
 * anywhere else token for a live cluster, none for the bundled demo (nothing in it to protect),
 * and null for dumps (no cluster to check tokens against: they stay on this machine unless set).
 */
export function authModeFor(peer: string | null, config: AuthConfig, source: SourceInfo['kind']): AuthMode | null {
  if (config.mode) return config.mode;
  if (peer && isIP(peer) && LOOPBACK.check(peer, family(peer))) return 'none';
  return source === 'live' ? 'token' : source === 'demo' ? 'none' : null;
}

function fromHeaders(request: NextRequest, peer: string | null, config: AuthConfig): Viewer {
  const user = request.headers.get('x-forwarded-user');
  if (!peer) throw new RequestRejected(503, 'header sign-in needs the address of each request, and this server does not record it (start it with `next start` or the standalone server)');
  const repeated = repeatedHeaders(request);
  if (repeated.length) throw new RequestRejected(400, `${repeated.join(' and ')} came more than once: one request names one person; refused`);
  if (!trustedProxies(config.trustedProxies).check(peer, family(peer))) {
    throw new RequestRejected(user ? 403 : 401, user ? `X-Forwarded-User from ${peer}, which is not a trusted proxy (HOPSCOPE_TRUSTED_PROXIES): refused` : 'sign in through the proxy in front of Hopscope');
  }
  const groups = (request.headers.get('x-forwarded-groups') ?? '').split(',').map((g) => g.trim()).filter(Boolean);
  const parsed = headerIdentity.safeParse({ user: user ?? '', email: request.headers.get('x-forwarded-email') ?? undefined, groups });
  if (!parsed.success) throw new RequestRejected(401, 'the proxy sent no usable X-Forwarded-User');
  const { user: name, email } = parsed.data;
  return { name, ...(email ? { email } : {}), groups, role: roleOf(groups, config), mode: 'header', credential: { kind: 'impersonate', user: name, groups } };
}

/** Token mode's 401s say how to authenticate, so the page offers the token form. */
const BEARER = { 'WWW-Authenticate': 'Bearer realm="hopscope"' };

const whoCache = new Map<string, { until: number; who: { user: string; groups: string[] } }>();

async function fromToken(request: NextRequest, cluster: ClusterSource, config: AuthConfig): Promise<Viewer> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  const cookie = request.cookies.get(SESSION_COOKIE)?.value;
  const token = bearer ?? (cookie ? openSession(cookie, config.sessionSecret) : null);
  if (!token) throw new RequestRejected(401, 'sign in with a Kubernetes token', BEARER);
  if (!cluster.reviewer) throw new RequestRejected(503, 'token sign-in needs a live cluster to check tokens against');
  const key = createHash('sha256').update(token).digest('base64url');
  let who = whoCache.get(key);
  if (!who || who.until < Date.now()) {
    const found = await cluster.reviewer.whoAmI(token);
    if (!found) throw new RequestRejected(401, 'the cluster does not accept this token (expired or revoked?): sign in again', BEARER);
    who = { until: Date.now() + config.accessCacheMs, who: found };
    if (whoCache.size > 10_000) for (const [k, v] of whoCache) if (v.until < Date.now()) whoCache.delete(k);
    whoCache.set(key, who);
  }
  const { user, groups } = who.who;
  return { name: user, groups, role: roleOf(groups, config), mode: 'token', credential: { kind: 'token', token } };
}

/** The viewer behind a request, or RequestRejected (401/403/503) with a sentence for the person. */
export async function viewerOf(request: NextRequest, cluster: ClusterSource): Promise<Viewer> {
  const refused = misdirected(request);
  if (refused) throw new RequestRejected(421, refused);
  const config = loadConfig().auth;
  const peer = peerOf(request);
  const mode = authModeFor(peer, config, cluster.info.kind);
  if (!mode) throw new RequestRejected(403, 'Hopscope shows these dumps to this machine only; set HOPSCOPE_AUTH=none to share them, or header behind a sign-in proxy');
  if (mode === 'header') return fromHeaders(request, peer, config);
  if (mode === 'token') return fromToken(request, cluster, config);
  return { name: 'anonymous', groups: [], role: 'sre', mode, credential: { kind: 'service' } };
}

/** Creating and deleting snapshots is for SREs; developers only look. */
export function requireSre(viewer: Viewer): void {
  if (viewer.role !== 'sre') throw new RequestRejected(403, `${viewer.name} may view snapshots; creating or deleting them is for the SRE groups (${loadConfig().auth.sreGroups.join(', ')})`);
}

/** Whom the write limit counts a request against: the person, or (without sign-in) the address it came from. */
export function writerOf(viewer: Viewer, request: NextRequest): string {
  return viewer.mode === 'none' ? `address ${peerOf(request) ?? 'unknown'}` : `${viewer.mode} ${viewer.name}`;
}

/** How snapshots and audit lines name the person: their email when the proxy sent one. */
export function authorOf(viewer: Viewer): string {
  return viewer.email ?? viewer.name;
}
