import { CAPTURE_COMMAND } from '../lib/k8s/capture';

export function DemoBanner() {
  return (
    <div role="status" data-testid="demo-banner" className="border-b border-sky-200 bg-sky-50 px-4 py-1.5 text-xs text-sky-950 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-100">
      <strong className="font-semibold">Demo cluster.</strong> Bundled sample data with a few classic failures, not a live cluster. To look at yours, start
      Hopscope where kubectl reaches it, or capture it (read only) with <code className="font-mono break-all">{CAPTURE_COMMAND}</code> and start
      Hopscope with <code className="font-mono break-all">HOPSCOPE_FILES=cluster.json</code>.
    </div>
  );
}
