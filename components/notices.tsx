/** What the source wants a person to know: kinds it may not list, kinds it skipped. */
export function Notices({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null;
  return (
    <details data-testid="notices" className="border-b border-amber-200 bg-amber-50 px-4 py-1 text-xs text-amber-950 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100">
      <summary className="cursor-pointer">
        {notes.length === 1 ? notes[0] : `${notes.length} notes about this view: ${notes[0]}`}
      </summary>
      {notes.length > 1 && (
        <ul className="mt-1 list-disc pl-5">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </details>
  );
}
