import { Component } from 'react';
import type { ReactNode } from 'react';
import { Trans } from 'react-i18next';

/** Whatever breaks below shows a plain message and a way out, never a blank screen. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="main" id="main">
        <h1>
          <Trans i18nKey="error.title" />
        </h1>
        <p>
          <Trans i18nKey="error.body" />
        </p>
        <p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            <Trans i18nKey="error.reload" />
          </button>
        </p>
      </main>
    );
  }
}
