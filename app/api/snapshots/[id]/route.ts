import { NextResponse, type NextRequest } from 'next/server';
import { requestView } from '../../../../server/auth/request-view';
import { authorOf, requireSre, writerOf } from '../../../../server/auth/viewer';
import { errorResponse, stateChanging } from '../../../../server/http/guard';
import { audit, takeSnapshotWrite } from '../../../../server/snapshots/current';
import { deleteSnapshot } from '../../../../server/snapshots/delete';
import { readSnapshot } from '../../../../server/snapshots/read';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { access } = await requestView(request);
    return NextResponse.json(await readSnapshot((await params).id, access));
  } catch (error) {
    return errorResponse(error);
  }
}

/** Deletes a snapshot: 204; 404 for one that does not exist or shows none of the person's namespaces. SREs only. */
export async function DELETE(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    stateChanging(request);
    const { viewer, access } = await requestView(request);
    requireSre(viewer);
    takeSnapshotWrite(writerOf(viewer, request));
    const { id } = await params;
    await deleteSnapshot(id, access);
    audit('snapshot.deleted', { id, by: authorOf(viewer) });
    return new NextResponse(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
