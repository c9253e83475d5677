'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseViewState, viewStateQuery, type ViewState } from '../lib/url/view-state';

/**
 * The view (namespaces, selected hop, search) as URL state, so reloads and pasted links restore it.
 * Changes apply at once to the page and are then written to the URL (which updates asynchronously);
 * back/forward navigation flows the other way.
 */
/** The parts of the view that change what is drawn, each change a history entry. */
const NAVIGATION: readonly (keyof ViewState)[] = ['namespaces', 'focus', 'open', 'problemsOnly', 'snapshot'];

export function useViewState(): [ViewState, (change: Partial<ViewState>) => void] {
  const params = useSearchParams();
  const pathname = usePathname();
  const query = params.toString();
  const [view, setView] = useState(() => parseViewState(new URLSearchParams(query)));
  // URLs this hook wrote and the router has not reported back yet: those are not navigation.
  const pending = useRef<string[]>([]);

  useEffect(() => {
    const at = pending.current.indexOf(query);
    if (at >= 0) {
      pending.current = pending.current.slice(at + 1);
      return;
    }
    setView(parseViewState(new URLSearchParams(query)));
  }, [query]);

  const latest = useRef(view);
  latest.current = view;

  const update = useCallback(
    (change: Partial<ViewState>) => {
      const previous = latest.current;
      const next = { ...previous, ...change };
      latest.current = next;
      setView(next);
      const url = viewStateQuery(next);
      pending.current.push(url.slice(1));
      // The native History API updates useSearchParams without a server round trip (Next.js App Router).
      // A change of what the view shows is a step Back undoes; typing and selecting are not.
      const step = NAVIGATION.some((key) => JSON.stringify(previous[key]) !== JSON.stringify(next[key]));
      window.history[step ? 'pushState' : 'replaceState'](null, '', `${pathname}${url}`);
    },
    [pathname],
  );
  return [view, update];
}
