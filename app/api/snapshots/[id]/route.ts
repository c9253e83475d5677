import { NextResponse, type NextRequest } from 'next/server';
import { snapshotIdSchema } from '../../../../lib/snapshots/input';
import { RequestRejected, sameOrigin } from '../../../../server/http/guard';
import { audit, snapshotStore, snapshotWrites } from '../../../../server/snapshots/current';

export const dynamic = 'force-dynamic';

export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const id = snapshotIdSchema.safeParse((await params).id);
  if (!id.success) return NextResponse.json({ error: 'not a snapshot id' }, { status: 400 });
  const snapshot = await (await snapshotStore()).get(id.data);
  return snapshot ? NextResponse.json(snapshot) : NextResponse.json({ error: 'no such snapshot (it may have been deleted or expired)' }, { status: 404 });
}

export async function DELETE(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const wait = snapshotWrites.take();
  if (wait) return NextResponse.json({ error: `too many changes; try again in ${wait} s` }, { status: 429, headers: { 'Retry-After': String(wait) } });
  try {
    sameOrigin(request);
  } catch (error) {
    if (error instanceof RequestRejected) return NextResponse.json({ error: error.message }, { status: error.status });
    throw error;
  }
  const id = snapshotIdSchema.safeParse((await params).id);
  if (!id.success) return NextResponse.json({ error: 'not a snapshot id' }, { status: 400 });
  if (!await (await snapshotStore()).delete(id.data)) return NextResponse.json({ error: 'no such snapshot' }, { status: 404 });
  audit('snapshot.deleted', { id: id.data, by: 'anonymous' });
  return new NextResponse(null, { status: 204 });
}
