import { NextResponse, type NextRequest } from 'next/server';
import { snapshotIdSchema } from '../../../../lib/snapshots/input';
import { requestView } from '../../../../server/auth/request-view';
import { authorOf, requireSre, writerOf } from '../../../../server/auth/viewer';
import { errorResponse, stateChanging } from '../../../../server/http/guard';
import { audit, snapshotStore, takeSnapshotWrite } from '../../../../server/snapshots/current';
import { readSnapshot, SNAPSHOT_NOT_FOUND } from '../../../../server/snapshots/read';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { access } = await requestView(request);
    return NextResponse.json(await readSnapshot((await params).id, access));
  } catch (error) {
    return errorResponse(error);
  }
}

export async function DELETE(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    stateChanging(request);
    const { viewer } = await requestView(request);
    requireSre(viewer);
    takeSnapshotWrite(writerOf(viewer, request));
    const id = snapshotIdSchema.safeParse((await params).id);
    if (!id.success) return NextResponse.json({ error: 'not a snapshot id' }, { status: 400 });
    if (!(await (await snapshotStore()).delete(id.data))) return NextResponse.json({ error: SNAPSHOT_NOT_FOUND }, { status: 404 });
    audit('snapshot.deleted', { id: id.data, by: authorOf(viewer) });
    return new NextResponse(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
