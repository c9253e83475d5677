import { NextResponse, type NextRequest } from 'next/server';
import { namespaceScope } from '../../../lib/access/access';
import { scopeSummary } from '../../../lib/access/scope-summary';
import { freezeRequestSchema } from '../../../lib/snapshots/input';
import { describeQueryError } from '../../../lib/url/graph-query';
import { requestView } from '../../../server/auth/request-view';
import { authorOf, requireSre, writerOf } from '../../../server/auth/viewer';
import { errorResponse, jsonBody, stateChanging } from '../../../server/http/guard';
import { freeze } from '../../../server/snapshots/freeze';
import { freezeSourceOf } from '../../../server/snapshots/view-source';
import { audit, snapshotStore, takeSnapshotWrite } from '../../../server/snapshots/current';

export const dynamic = 'force-dynamic';

const MAX_BODY = 64 * 1024;
const LIST_LIMIT = 100;

/** Snapshots, newest first, with their frozen view and problems; `?q=` searches titles, notes, clusters and authors. A scoped viewer sees those showing a namespace they may list, and of those only their namespaces. */
export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get('q') ?? '';
  if (q.length > 200) return NextResponse.json({ error: 'q: at most 200 characters' }, { status: 400 });
  try {
    const { access } = await requestView(request);
    const scope = namespaceScope(access);
    const listed = await (await snapshotStore()).list({ search: q, limit: LIST_LIMIT, ...(scope === 'all' ? {} : { namespaces: [...scope] }) });
    return NextResponse.json(listed.flatMap((s) => scopeSummary(s, access) ?? []));
  } catch (error) {
    return errorResponse(error);
  }
}

/** Freezes the view as its viewer sees it: 201 with the snapshot's id. SREs only. */
export async function POST(request: NextRequest) {
  try {
    const view = await requestView(request);
    requireSre(view.viewer);
    // A write counts once it is the person's own (same origin, CSRF token), whether or not its body is good.
    stateChanging(request);
    takeSnapshotWrite(writerOf(view.viewer, request));
    const parsed = freezeRequestSchema.safeParse(await jsonBody(request, MAX_BODY));
    if (!parsed.success) return NextResponse.json({ error: describeQueryError(parsed.error) }, { status: 400 });
    const snapshot = await freeze(freezeSourceOf(view), parsed.data, authorOf(view.viewer));
    await (await snapshotStore()).create(snapshot);
    audit('snapshot.created', { id: snapshot.id, by: snapshot.createdBy, cluster: snapshot.cluster, title: snapshot.title });
    return NextResponse.json({ id: snapshot.id }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
