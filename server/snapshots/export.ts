// Exporting the live view: what a freeze would keep, as a file to download instead of a stored
// snapshot. Import reopens it.
import type { SnapshotView } from '../../lib/snapshots/types';
import { captureView, type FreezeSource } from './freeze';

export interface ExportRequest {
  /** Null: "Export of <cluster>". */
  title: string | null;
  view: SnapshotView;
}

/** `hopscope-<cluster>-<time>.json`: safe in a Content-Disposition header and on any file system. */
function exportFilename(cluster: string, at: string): string {
  const name = cluster.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'cluster';
  return `hopscope-${name}-${at.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}.json`;
}

export async function exportView(source: FreezeSource, request: ExportRequest, exportedBy: string): Promise<{ filename: string; body: string }> {
  const title = request.title ?? `Export of ${source.info.name}`.slice(0, 200);
  const file = await captureView(source, { title, note: '', view: request.view }, exportedBy);
  return { filename: exportFilename(file.cluster, file.createdAt), body: JSON.stringify(file) };
}
