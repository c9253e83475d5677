import { NextResponse, type NextRequest } from 'next/server';
import { snapshotFileSchema } from '../../../../lib/snapshots/file';
import { describeQueryError } from '../../../../lib/url/graph-query';
import { requestView } from '../../../../server/auth/request-view';
import { authorOf, requireSre } from '../../../../server/auth/viewer';
import { errorResponse, jsonBody } from '../../../../server/http/guard';
import { audit, snapshotStore, takeSnapshotWrite } from '../../../../server/snapshots/current';
import { importSnapshot } from '../../../../server/snapshots/import';

export const dynamic = 'force-dynamic';

/** Snapshot files are the whole cluster up to 50,000 objects. */
const MAX_FILE = 64 * 1024 * 1024;

/** Imports an exported snapshot file under a new id: 201 with it. SREs only. */
export async function POST(request: NextRequest) {
  try {
    const { viewer } = await requestView(request);
    requireSre(viewer);
    const parsed = snapshotFileSchema.safeParse(await jsonBody(request, MAX_FILE));
    if (!parsed.success) return NextResponse.json({ error: describeQueryError(parsed.error) }, { status: 400 });
    takeSnapshotWrite();
    const snapshot = importSnapshot(parsed.data);
    await (await snapshotStore()).create(snapshot);
    audit('snapshot.imported', { id: snapshot.id, by: authorOf(viewer), cluster: snapshot.cluster, title: snapshot.title });
    return NextResponse.json({ id: snapshot.id }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
