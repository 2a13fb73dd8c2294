import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

// The first screen of a visit keeps the browser's own focus; every screen after it moves focus to its heading.
let firstScreenShown = false;

/** The page's h1; it takes focus on each new step so a screen reader announces it and Tab starts from there. */
export function FocusHeading({ children, focusKey, className }: { children: ReactNode; focusKey: string; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!firstScreenShown) {
      firstScreenShown = true;
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
