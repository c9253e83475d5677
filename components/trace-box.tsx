'use client';

import { useEffect, useState } from 'react';
import { HEADER_LINE } from '../lib/url/view-state';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

function parseHeaders(text: string): { headers: string[] } | { error: string } {
  const headers = text
    .split(/[;\n]/)
    .map((h) => h.trim())
    .filter(Boolean);
  const bad = headers.find((h) => !HEADER_LINE.test(h));
  return bad ? { error: `"${bad}" is not "Name: value"` } : { headers };
}

/** "Paste a URL": the trace box in the top bar, with a method and optional headers. Enter traces; Esc in the box clears it. */
export function TraceBox({ url, method, headers, onTrace }: { url: string | null; method: string; headers: string[]; onTrace: (url: string | null, method: string, headers: string[]) => void }) {
  const [text, setText] = useState(url ?? '');
  const [headerText, setHeaderText] = useState(headers.join('; '));
  const [showHeaders, setShowHeaders] = useState(headers.length > 0);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(url ?? ''), [url]);
  useEffect(() => setHeaderText(headers.join('; ')), [headers]);
  const submit = () => {
    const parsed = parseHeaders(headerText);
    if ('error' in parsed) return setError(parsed.error);
    setError(null);
    onTrace(text.trim() || null, method, parsed.headers);
  };
  return (
    <form
      className="relative flex items-center gap-1 whitespace-nowrap"
      role="search"
      aria-label="Trace a URL"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <select
        aria-label="Method"
        value={method}
        onChange={(event) => onTrace(url, event.target.value, headers)}
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
            onTrace(null, method, headers);
          }
        }}
        placeholder="Trace a URL: https://host/path  t"
        className="h-8 w-32 rounded border sm:w-40 xl:w-48 border-zinc-300 bg-transparent px-2 font-mono text-xs outline-none placeholder:font-sans placeholder:text-zinc-400 focus:border-zinc-500 dark:border-zinc-700"
      />
      <button type="button" aria-expanded={showHeaders} onClick={() => setShowHeaders((v) => !v)} className="h-8 rounded px-1.5 text-xs text-zinc-500 hover:bg-zinc-100 dark:hover:bg-zinc-800 dark:text-zinc-400" title="Request headers (for HTTPRoute header matches)">
        {showHeaders ? '− headers' : '+ headers'}
      </button>
      {showHeaders && (
        <input
          data-testid="trace-headers"
          aria-label="Request headers, Name: value; separated by ;"
          type="text"
          value={headerText}
          onChange={(event) => setHeaderText(event.target.value)}
          placeholder="Version: two; X-Canary: yes"
          className="h-8 w-48 rounded border border-zinc-300 bg-transparent px-2 font-mono text-xs outline-none placeholder:font-sans placeholder:text-zinc-400 focus:border-zinc-500 dark:border-zinc-700"
        />
      )}
      <button type="submit" className="h-8 rounded border border-zinc-300 px-2 text-xs hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">
        Trace
      </button>
      {error && (
        <span role="alert" className="absolute top-9 right-0 z-10 rounded bg-amber-50 px-2 py-1 text-xs text-amber-900 shadow dark:bg-amber-950 dark:text-amber-100">
          {error}
        </span>
      )}
    </form>
  );
}
