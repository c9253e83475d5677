import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { viewerOf } from '../../../server/auth/viewer';
import { sealSession, SESSION_COOKIE, SESSION_HOURS } from '../../../server/auth/session';
import { loadConfig } from '../../../server/config';
import { errorResponse, jsonBody, RequestRejected, stateChanging } from '../../../server/http/guard';
import { currentCluster } from '../../../server/source/current';

export const dynamic = 'force-dynamic';

const signIn = z.strictObject({ token: z.string().trim().min(1, 'paste a token').max(8192, 'that is not a Kubernetes token (over 8 KB)') });

/** Who the request is: name, groups, role and the auth mode in force. */
export async function GET(request: NextRequest) {
  try {
    const viewer = await viewerOf(request, await currentCluster());
    return NextResponse.json({ name: viewer.name, email: viewer.email ?? null, groups: viewer.groups, role: viewer.role, mode: viewer.mode });
  } catch (error) {
    return errorResponse(error);
  }
}

/** Token mode: checks the token with the cluster (SelfSubjectReview) and keeps it, sealed, in an HttpOnly cookie. */
export async function POST(request: NextRequest) {
  try {
    const parsed = signIn.safeParse(await jsonBody(request, 16 * 1024));
    if (!parsed.success) return NextResponse.json({ error: parsed.error.issues[0]?.message ?? 'bad body' }, { status: 400 });
    const cluster = await currentCluster();
    if (!cluster.reviewer) throw new RequestRejected(409, 'token sign-in needs a live cluster to check tokens against');
    const who = await cluster.reviewer.whoAmI(parsed.data.token);
    if (!who) throw new RequestRejected(401, 'the cluster does not accept this token');
    const response = NextResponse.json({ name: who.user, groups: who.groups });
    response.cookies.set(SESSION_COOKIE, sealSession(parsed.data.token, loadConfig().auth.sessionSecret), {
      httpOnly: true,
      sameSite: 'strict',
      secure: request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https',
      path: '/',
      maxAge: SESSION_HOURS * 3600,
    });
    return response;
  } catch (error) {
    return errorResponse(error);
  }
}

/** Signs out. */
export async function DELETE(request: NextRequest) {
  try {
    stateChanging(request);
    const response = new NextResponse(null, { status: 204 });
    response.cookies.delete(SESSION_COOKIE);
    return response;
  } catch (error) {
    return errorResponse(error);
  }
}
