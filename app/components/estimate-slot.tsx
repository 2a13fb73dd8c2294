// Where the plan shows "大概能报销多少": the section and its estimate engine load only when the plan renders,
// with a small placeholder meanwhile, and a failure there (a chunk gone after a deploy) leaves the rest of the plan
// standing with a reload button. Plain React.lazy: nothing here may pull the engine into the plan's own chunk.
import { Component, lazy, Suspense, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EstimateSectionProps } from './estimate-section.tsx';

const EstimateSection = lazy(() => import('./estimate-section.tsx'));

function Placeholder({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="estimate no-print" aria-labelledby="estimate-title">
      <h2 id="estimate-title">{t('plan.estimateTitle')}</h2>
      {children}
    </section>
  );
}

function Loading() {
  const { t } = useTranslation();
  return (
    <Placeholder>
      <p className="muted">{t('estimate.loading')}</p>
    </Placeholder>
  );
}

function Failed() {
  const { t } = useTranslation();
  return (
    <Placeholder>
      <p>{t('estimate.loadFailed')}</p>
      <p>
        <button type="button" className="button button-secondary" onClick={() => window.location.reload()}>
          {t('estimate.reload')}
        </button>
      </p>
    </Placeholder>
  );
}

class SectionBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? <Failed /> : this.props.children;
  }
}

/** True once the browser has painted the plan and has a moment to spare: the estimate sits below the fold. */
function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const idle = globalThis.requestIdleCallback;
    if (idle) {
      const id = idle(() => setReady(true), { timeout: 1500 });
      return () => globalThis.cancelIdleCallback(id);
    }
    const id = setTimeout(() => setReady(true), 200);
    return () => clearTimeout(id);
  }, []);
  return ready;
}

export function EstimateSlot(props: EstimateSectionProps) {
  // Rendering the four worked examples in the same task as the plan would delay the plan on a slow phone.
  const ready = useAfterFirstPaint();
  if (!ready) return <Loading />;
  return (
    <SectionBoundary>
      <Suspense fallback={<Loading />}>
        <EstimateSection {...props} />
      </Suspense>
    </SectionBoundary>
  );
}
