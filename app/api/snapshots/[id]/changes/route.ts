import { NextResponse, type NextRequest } from 'next/server';
import { requestView } from '../../../../../server/auth/request-view';
import { errorResponse } from '../../../../../server/http/guard';
import { changesSince } from '../../../../../server/snapshots/changes';

export const dynamic = 'force-dynamic';

/** For the list: how many hops' health changed since the snapshot, and how many were added and removed, without reading the snapshot. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    const view = await requestView(request);
    return NextResponse.json(await changesSince((await params).id, view.access, (namespaces) => view.analysis.liveHops(namespaces)));
  } catch (error) {
    return errorResponse(error);
  }
}
