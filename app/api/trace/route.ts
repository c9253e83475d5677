import { NextResponse, type NextRequest } from 'next/server';
import { toTraceRequest } from '../../../lib/trace/request';
import { traceRequest } from '../../../lib/trace/trace';
import { parseTraceQuery } from '../../../lib/url/trace-query';
import { graphFor, namespacesFor, requestView } from '../../../server/auth/request-view';
import { errorResponse } from '../../../server/http/guard';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const parsed = parseTraceQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return NextResponse.json({ error: parsed.error }, { status: 400 });
  try {
    const view = await requestView(request);
    const graph = graphFor(view, namespacesFor(view, parsed.query.namespaces));
    return NextResponse.json(traceRequest(view.state, graph, toTraceRequest(parsed.query)));
  } catch (error) {
    return errorResponse(error);
  }
}
