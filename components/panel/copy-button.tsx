'use client';

import { useState } from 'react';

/** Copies `text`, or what `textNow` gives at the moment of the click (e.g. the page's current URL). */
export function CopyButton({ text, textNow, label = 'Copy' }: { text?: string; textNow?: () => string; label?: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(textNow ? textNow() : (text ?? ''));
      setCopied(true);
      setTimeout(() => setCopied(false), 1200);
    } catch {
      setCopied(false);
    }
  };
  return (
    <button type="button" onClick={copy} aria-label={text ? `${label}: ${text}` : label} className="shrink-0 rounded border border-zinc-300 px-1.5 text-[10px] text-zinc-600 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800">
      {copied ? 'Copied' : label}
    </button>
  );
}
