'use client';

import { useReactFlow } from '@xyflow/react';
import { useCallback, useRef, useState } from 'react';
import { useDismiss } from '../use-dismiss';
import { download, exportImage, type ImageFormat } from './export-image';

/** Filenames say what and when: `hopscope-demo-cluster-2026-12-02T16-40.png`. */
function filename(source: string, extension: string): string {
  const slug = source.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'cluster';
  return `hopscope-${slug}-${new Date().toISOString().slice(0, 16).replace(/:/g, '-')}.${extension}`;
}

/**
 * Export of the current view: pictures of the diagram (PNG, SVG) made in the browser, and the JSON
 * bundle (graph, findings, metrics, trace, view parameters) from the server, within the viewer's RBAC
 * scope, which import opens again.
 */
export function ExportMenu({ source, bundleHref, drawAll }: { source: string; bundleHref: string; drawAll: () => Promise<() => void> }) {
  const { getNodes } = useReactFlow();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  useDismiss(open, root, trigger, useCallback(() => setOpen(false), []));

  const saveImage = async (format: ImageFormat) => {
    setError(null);
    const viewport = root.current?.closest('.react-flow')?.querySelector<HTMLElement>('.react-flow__viewport');
    if (!viewport) return;
    const background = getComputedStyle(root.current!.closest('.react-flow')!).backgroundColor || '#ffffff';
    const done = await drawAll();
    try {
      download(await exportImage(format, viewport, getNodes(), background), filename(source, format));
      setOpen(false);
    } catch (e) {
      setError(`Could not draw the ${format.toUpperCase()}: ${(e as Error).message}`);
    } finally {
      done();
    }
  };

  const item = 'block w-full rounded px-2 py-1 text-left hover:bg-zinc-100 dark:hover:bg-zinc-800';
  return (
    <div ref={root} className="relative text-xs">
      <button ref={trigger} type="button" aria-expanded={open} aria-haspopup="menu" onClick={() => setOpen((o) => !o)} className="rounded border border-zinc-300 bg-white px-2 py-1 shadow-sm dark:border-zinc-700 dark:bg-zinc-900">
        Export <span aria-hidden>▾</span>
      </button>
      {open && (
        <div role="menu" aria-label="Export this view" className="absolute right-0 z-20 mt-1 w-56 rounded-md border border-zinc-300 bg-white p-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
          <button type="button" role="menuitem" className={item} onClick={() => void saveImage('png')}>
            PNG image of the diagram
          </button>
          <button type="button" role="menuitem" className={item} onClick={() => void saveImage('svg')}>
            SVG image of the diagram
          </button>
          <a role="menuitem" className={item} href={bundleHref} download onClick={() => setOpen(false)}>
            JSON bundle (opens again through import)
          </a>
        </div>
      )}
      {error && (
        <p role="alert" className="absolute right-0 mt-1 w-64 rounded bg-amber-50 px-2 py-1 text-amber-900 shadow dark:bg-amber-950 dark:text-amber-100">
          {error}
        </p>
      )}
    </div>
  );
}
