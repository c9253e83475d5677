import { NextResponse, type NextRequest } from 'next/server';
import { freezeRequestSchema } from '../../../lib/snapshots/input';
import { describeQueryError } from '../../../lib/url/graph-query';
import { RequestRejected, jsonBody } from '../../../server/http/guard';
import { freeze } from '../../../server/snapshots/freeze';
import { audit, snapshotStore, snapshotWrites } from '../../../server/snapshots/current';
import { currentCluster } from '../../../server/source/current';

export const dynamic = 'force-dynamic';

const MAX_BODY = 64 * 1024;

/** Snapshots, newest first; `?q=` searches titles, notes, clusters and authors. */
export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get('q') ?? '';
  if (q.length > 200) return NextResponse.json({ error: 'q: at most 200 characters' }, { status: 400 });
  return NextResponse.json(await (await snapshotStore()).list({ search: q }));
}

/** Freezes a view: 201 with the snapshot's id. */
export async function POST(request: NextRequest) {
  const wait = snapshotWrites.take();
  if (wait) return NextResponse.json({ error: `too many snapshots written; try again in ${wait} s` }, { status: 429, headers: { 'Retry-After': String(wait) } });
  try {
    const parsed = freezeRequestSchema.safeParse(await jsonBody(request, MAX_BODY));
    if (!parsed.success) return NextResponse.json({ error: describeQueryError(parsed.error) }, { status: 400 });
    const snapshot = await freeze(await currentCluster(), parsed.data, 'anonymous');
    await (await snapshotStore()).create(snapshot);
    audit('snapshot.created', { id: snapshot.id, by: snapshot.createdBy, cluster: snapshot.cluster, title: snapshot.title });
    return NextResponse.json({ id: snapshot.id }, { status: 201 });
  } catch (error) {
    if (error instanceof RequestRejected) return NextResponse.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
