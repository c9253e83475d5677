import { NextResponse, type NextRequest } from 'next/server';
import { requestView } from '../../../../../server/auth/request-view';
import { errorResponse } from '../../../../../server/http/guard';
import { readSnapshot } from '../../../../../server/snapshots/read';

export const dynamic = 'force-dynamic';

/** The snapshot (as this viewer may see it) as a file that `hopscope analyze` and `HOPSCOPE_FILES` read. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { access } = await requestView(request);
    const snapshot = await readSnapshot((await params).id, access);
    return new NextResponse(JSON.stringify(snapshot, null, 1), {
      headers: { 'Content-Type': 'application/json', 'Content-Disposition': `attachment; filename="hopscope-snapshot-${snapshot.id}.json"` },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
