'use client';

import { useEffect, useState } from 'react';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

/** "Paste a URL": the trace box in the top bar. Enter traces; Esc in the box clears it. */
export function TraceBox({ url, method, onTrace }: { url: string | null; method: string; onTrace: (url: string | null, method: string) => void }) {
  const [text, setText] = useState(url ?? '');
  useEffect(() => setText(url ?? ''), [url]);
  return (
    <form
      className="flex items-center gap-1"
      role="search"
      aria-label="Trace a URL"
      onSubmit={(event) => {
        event.preventDefault();
        onTrace(text.trim() || null, method);
      }}
    >
      <select
        aria-label="Method"
        value={method}
        onChange={(event) => onTrace(url, event.target.value)}
        className="h-8 rounded border border-zinc-300 bg-transparent px-1 font-mono text-xs dark:border-zinc-700"
      >
        {METHODS.map((m) => (
          <option key={m}>{m}</option>
        ))}
      </select>
      <input
        id="trace-url"
        data-testid="trace-input"
        type="text"
        inputMode="url"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && text) {
            event.stopPropagation();
            setText('');
            onTrace(null, method);
          }
        }}
        placeholder="Trace a URL: https://host/path  t"
        className="h-8 w-80 rounded border border-zinc-300 bg-transparent px-2 font-mono text-xs outline-none placeholder:font-sans placeholder:text-zinc-400 focus:border-zinc-500 dark:border-zinc-700"
      />
      <button type="submit" className="h-8 rounded border border-zinc-300 px-2 text-xs hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">
        Trace
      </button>
    </form>
  );
}
