import { NextResponse, type NextRequest } from 'next/server';
import { parseExportQuery } from '../../../lib/snapshots/export-query';
import { namespacesFor, requestView } from '../../../server/auth/request-view';
import { authorOf } from '../../../server/auth/viewer';
import { errorResponse, RequestRejected, sameOrigin } from '../../../server/http/guard';
import { exportView } from '../../../server/snapshots/export';
import { freezeSourceOf } from '../../../server/snapshots/view-source';

export const dynamic = 'force-dynamic';

/**
 * The live view as the viewer sees it, as a snapshot file to download (what Freeze keeps; import
 * reopens it). Anyone may export what they may see; a scoped viewer's file holds only that.
 */
export async function GET(request: NextRequest) {
  const parsed = parseExportQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return NextResponse.json({ error: parsed.error }, { status: 400 });
  try {
    const view = await requestView(request);
    // A heavy answer (every object in scope): other sites may not start it in the person's browser.
    sameOrigin(request);
    const namespaces = namespacesFor(view, parsed.query.namespaces);
    // An empty list would mean every namespace in the snapshot file.
    if (namespaces?.length === 0) throw new RequestRejected(403, 'you may list none of the namespaces asked for');
    const { filename, body } = await exportView(freezeSourceOf(view), { title: parsed.query.title, view: { namespaces: namespaces ?? [], ...parsed.query.view } }, authorOf(view.viewer));
    return new Response(body, { headers: { 'Content-Type': 'application/json', 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'no-store' } });
  } catch (error) {
    return errorResponse(error);
  }
}
