'use client';

import { useEffect, type RefObject } from 'react';

/**
 * Closes a popover on Escape (focus back on its trigger) and on a pointer press anywhere outside it.
 * Capture phase: the diagram's pan and zoom stop pointer events from bubbling to the document.
 */
export function useDismiss(open: boolean, root: RefObject<HTMLElement | null>, trigger: RefObject<HTMLElement | null>, close: () => void) {
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) close();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      close();
      trigger.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer, true);
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
      document.removeEventListener('keydown', onKey, true);
    };
  }, [open, root, trigger, close]);
}
