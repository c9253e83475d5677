'use client';

import { getNodesBounds, type Node } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';

/** Margin around the drawn cards, and the largest side of an image: beyond it the picture is scaled down. */
const PADDING = 24;
const MAX_SIDE = 8_000;

export type ImageFormat = 'png' | 'svg';

/**
 * The whole view as drawn (every card and edge, not only what is on screen), as a data URL: the
 * viewport element rendered at a scale that fits its cards, as React Flow documents with html-to-image.
 */
export async function exportImage(format: ImageFormat, viewport: HTMLElement, nodes: Node[], background: string): Promise<string> {
  const bounds = getNodesBounds(nodes);
  const scale = Math.min(1, MAX_SIDE / Math.max(bounds.width + 2 * PADDING, bounds.height + 2 * PADDING));
  const width = Math.ceil((bounds.width + 2 * PADDING) * scale);
  const height = Math.ceil((bounds.height + 2 * PADDING) * scale);
  const options = {
    backgroundColor: background,
    width,
    height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${(PADDING - bounds.x) * scale}px, ${(PADDING - bounds.y) * scale}px) scale(${scale})` },
  };
  return format === 'png' ? toPng(viewport, options) : toSvg(viewport, options);
}

/** Saves a data URL or a same-origin link as a file. */
export function download(href: string, filename: string) {
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  link.click();
}
