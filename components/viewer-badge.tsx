'use client';

import { useQueryClient } from '@tanstack/react-query';
import { writeHeaders } from './csrf';
import type { ViewerInfo } from './use-viewer';

/** Who is looking and with which role; token sessions can sign out. Nothing for local use (auth none). */
export function ViewerBadge({ viewer }: { viewer: ViewerInfo }) {
  const client = useQueryClient();
  if (viewer.mode === 'none') return null;
  return (
    <span className="flex items-center gap-2 text-xs" data-testid="viewer-badge" title={viewer.groups.join(', ')}>
      <span>{viewer.email ?? viewer.name}</span>
      <span className="rounded bg-zinc-100 px-1.5 py-0.5 dark:bg-zinc-800">{viewer.role === 'sre' ? 'SRE' : 'read-only'}</span>
      {viewer.mode === 'token' && (
        <button
          type="button"
          className="underline"
          onClick={async () => {
            await fetch('/api/session', { method: 'DELETE', headers: writeHeaders() });
            await client.resetQueries();
          }}
        >
          Sign out
        </button>
      )}
    </span>
  );
}
