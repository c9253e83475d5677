'use client';

import { useState } from 'react';
import { readJson } from './api-error';
import { writeHeaders } from './csrf';

/** Token sign-in: the person pastes a Kubernetes bearer token; the server checks it and keeps it in an HttpOnly cookie. */
export function SignIn({ reason, onSignedIn }: { reason: string; onSignedIn: () => void }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      aria-label="Sign in"
      className="m-auto flex w-full max-w-md flex-col gap-3 rounded-md border border-zinc-300 p-6 text-sm dark:border-zinc-700"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        setError(null);
        try {
          await readJson(await fetch('/api/session', { method: 'POST', headers: writeHeaders(), body: JSON.stringify({ token }) }));
          setToken('');
          onSignedIn();
        } catch (e) {
          setError((e as Error).message);
        } finally {
          setBusy(false);
        }
      }}
    >
      <p className="font-semibold">Sign in with your Kubernetes token</p>
      <p className="text-zinc-600 dark:text-zinc-400">{reason}. You will see what your own RBAC lets you list, nothing more. For example: <code className="font-mono text-xs">kubectl create token NAME</code>.</p>
      <label className="flex flex-col gap-1">
        Token
        <input type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} className="h-8 rounded border border-zinc-300 bg-transparent px-2 font-mono text-xs dark:border-zinc-700" />
      </label>
      {error && <p role="alert" className="text-red-700 dark:text-red-400">{error}</p>}
      <button type="submit" disabled={busy || !token.trim()} className="h-8 rounded bg-zinc-900 px-3 text-white disabled:opacity-50 dark:bg-zinc-100 dark:text-zinc-900">
        {busy ? 'Checking…' : 'Sign in'}
      </button>
    </form>
  );
}
