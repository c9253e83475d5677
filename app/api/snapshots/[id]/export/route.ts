import { NextResponse, type NextRequest } from 'next/server';
import { snapshotIdSchema } from '../../../../../lib/snapshots/input';
import { snapshotStore } from '../../../../../server/snapshots/current';

export const dynamic = 'force-dynamic';

/** The snapshot as a file that `hopscope analyze` and `HOPSCOPE_FILES` read. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const id = snapshotIdSchema.safeParse((await params).id);
  if (!id.success) return NextResponse.json({ error: 'not a snapshot id' }, { status: 400 });
  const snapshot = await (await snapshotStore()).get(id.data);
  if (!snapshot) return NextResponse.json({ error: 'no such snapshot' }, { status: 404 });
  return new NextResponse(JSON.stringify(snapshot, null, 1), {
    headers: { 'Content-Type': 'application/json', 'Content-Disposition': `attachment; filename="hopscope-snapshot-${snapshot.id}.json"` },
  });
}
