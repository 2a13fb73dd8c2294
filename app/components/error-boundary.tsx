import { Component } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Whatever breaks below shows a plain message and a way out, never a blank screen. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? <ErrorMessage /> : this.props.children;
  }
}

// A function component for the hook: `useTranslation` is already in the first bundle, while react-i18next's
// `<Trans>` would add its HTML parser (about 3 KB gzip) to every first screen for three plain strings.
function ErrorMessage() {
  const { t } = useTranslation();
  return (
    <main className="main" id="main">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      </p>
    </main>
  );
}
