import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

/** The page's h1; it takes focus when `focusKey` changes so a screen reader announces each new step. */
export function FocusHeading({ children, focusKey, className }: { children: ReactNode; focusKey: string; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // Leave focus alone on the very first screen of a visit; move it on every step after.
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus();
  }, [focusKey]);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
