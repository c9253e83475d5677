export const dynamic = 'force-dynamic';

/** Liveness and readiness for probes: the server answers. No identity needed, and nothing about the cluster in it. */
export function GET() {
  return Response.json({ ok: true });
}
