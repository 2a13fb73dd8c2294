import { lazy, StrictMode, Suspense } from 'react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Loading } from './components/loading.tsx';
import { i18n } from './i18n/i18n.ts';
import { AppRoutes } from './app-routes.tsx';
import { ErrorBoundary } from './components/error-boundary.tsx';
import { ClientOnly } from './components/client-only.tsx';

// Service worker registration and install hints exist only in a browser, and never delay the first screen.
const PwaBar = lazy(() => import('./components/pwa-bar.tsx'));

/** Everything inside the router; the browser and the prerender each wrap it in their own router. */
export function App({ children }: { children?: ReactNode }) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary>
          {children}
          <Suspense fallback={<Loading />}>
            <AppRoutes />
          </Suspense>
          <ClientOnly>
            <Suspense fallback={null}>
              <PwaBar />
            </Suspense>
          </ClientOnly>
        </ErrorBoundary>
      </I18nextProvider>
    </StrictMode>
  );
}
