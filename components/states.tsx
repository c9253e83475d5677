/** What the canvas shows before the graph arrives: the columns, so the page never flashes blank. */
export function LoadingCanvas() {
  return (
    <div className="flex h-full flex-col" aria-busy="true" data-testid="loading">
      <div className="h-12 border-b border-zinc-200 dark:border-zinc-800" />
      <div className="grid flex-1 grid-cols-5 gap-6 p-8">
        {Array.from({ length: 5 }, (_, column) => (
          <div key={column} className="flex flex-col justify-center gap-4">
            {Array.from({ length: column === 0 ? 1 : 3 }, (_, row) => (
              <div key={row} className="h-14 animate-pulse rounded-md bg-zinc-100 dark:bg-zinc-900" />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

export function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div role="alert" className="m-auto max-w-lg rounded-md border border-zinc-300 p-6 text-sm dark:border-zinc-700">
      <p className="font-semibold">Hopscope could not load the cluster.</p>
      <p className="mt-2 font-mono text-xs break-words text-zinc-600 dark:text-zinc-400">{message}</p>
      <button onClick={onRetry} className="mt-4 rounded border border-zinc-300 px-3 py-1 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900">
        Try again
      </button>
    </div>
  );
}

export function EmptyState({ filtered }: { filtered: boolean }) {
  return (
    <div className="m-auto max-w-md text-center text-sm text-zinc-600 dark:text-zinc-400" data-testid="empty">
      <p className="font-semibold text-zinc-900 dark:text-zinc-100">No request paths here.</p>
      <p className="mt-2">
        {filtered
          ? 'No Ingress or Service in the chosen namespaces. Pick other namespaces in the filter above.'
          : 'The cluster has no Ingress, HTTPRoute or Service to draw. Point Hopscope at a dump with HOPSCOPE_FILES=cluster.json.'}
      </p>
    </div>
  );
}
