import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';

/** Renders its children only after hydration, for browser-only features the prerendered HTML cannot hold. */
export function ClientOnly({ children }: { children: ReactNode }) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted ? children : null;
}
