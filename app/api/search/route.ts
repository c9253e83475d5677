import { NextResponse, type NextRequest } from 'next/server';
import { describeQueryError, searchQuerySchema } from '../../../lib/url/graph-query';
import { namespacesFor, requestView } from '../../../server/auth/request-view';
import { errorResponse } from '../../../server/http/guard';

export const dynamic = 'force-dynamic';

/** Hops matching a search (names, hosts, paths, pod IPs, label=value, finding ids, symptoms such as 503), drawn or folded. */
export async function GET(request: NextRequest) {
  const query = searchQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return NextResponse.json({ error: describeQueryError(query.error) }, { status: 400 });
  try {
    const view = await requestView(request);
    return NextResponse.json(view.analysis.search(query.data.q, namespacesFor(view, query.data.namespaces)));
  } catch (error) {
    return errorResponse(error);
  }
}
