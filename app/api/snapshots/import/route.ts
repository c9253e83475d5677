import { NextResponse, type NextRequest } from 'next/server';
import { MAX_IMPORTED_OBJECTS, snapshotFileSchema } from '../../../../lib/snapshots/file';
import { describeQueryError } from '../../../../lib/url/graph-query';
import { requestView } from '../../../../server/auth/request-view';
import { authorOf, requireSre, writerOf } from '../../../../server/auth/viewer';
import { errorResponse, jsonBody, RequestRejected, stateChanging } from '../../../../server/http/guard';
import { audit, snapshotStore, takeSnapshotWrite } from '../../../../server/snapshots/current';
import { importSnapshot } from '../../../../server/snapshots/import';

export const dynamic = 'force-dynamic';

/** Snapshot files are the whole cluster up to 50,000 objects. */
const MAX_FILE = 64 * 1024 * 1024;

/** One import at a time: each may take a gigabyte while it is analysed. */
let importing: Promise<unknown> = Promise.resolve();

/** Imports an exported snapshot file under a new id: 201 with it and the view it was frozen with (what its link opens). SREs only. */
export async function POST(request: NextRequest) {
  try {
    const { viewer } = await requestView(request);
    requireSre(viewer);
    // A write counts once it is the person's own (same origin, CSRF token), whether or not its body is good.
    stateChanging(request);
    takeSnapshotWrite(writerOf(viewer, request));
    const body = await jsonBody(request, MAX_FILE);
    const count = (body as { objects?: unknown }).objects;
    if (Array.isArray(count) && count.length > MAX_IMPORTED_OBJECTS) {
      throw new RequestRejected(413, `the file holds ${count.length.toLocaleString('en-US')} objects; an import takes at most ${MAX_IMPORTED_OBJECTS.toLocaleString('en-US')} (analyse a bigger one with hopscope analyze)`);
    }
    const parsed = snapshotFileSchema.safeParse(body);
    if (!parsed.success) return NextResponse.json({ error: describeQueryError(parsed.error) }, { status: 400 });
    const turn = importing.then(() => importSnapshot(parsed.data, authorOf(viewer)));
    importing = turn.catch(() => undefined);
    const snapshot = await turn;
    await (await snapshotStore()).create(snapshot);
    audit('snapshot.imported', { id: snapshot.id, by: authorOf(viewer), cluster: snapshot.cluster, title: snapshot.title });
    return NextResponse.json({ id: snapshot.id, view: snapshot.view }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
