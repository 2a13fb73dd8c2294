import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** Each new step starts at the top, as a new page would. */
export function ScrollToTop() {
  const { pathname, search } = useLocation();
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname, search]);
  return null;
}
