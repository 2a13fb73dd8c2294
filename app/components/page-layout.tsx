import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAnswersStore } from '../state/answers-store.ts';
import { clearDeviceData, largeTextOn, setLargeText } from '../state/preferences.ts';
import { currentLanguage, LANGUAGES, switchLanguage } from '../i18n/i18n.ts';
import type { Language } from '../i18n/i18n.ts';

// Each language names itself, so a parent finds theirs whatever the page is in now.
const LANGUAGE_NAMES = { 'zh-Hans': '简体', 'zh-Hant': '繁體', en: 'English' } as const;

export function PageLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Starts off on the server and in the first render, then follows the device's setting.
  const [large, setLarge] = useState(false);
  // The start page this leads to says it was done (a new page, so the news travels in the history state).
  const cleared = (useLocation().state as { cleared?: boolean } | null)?.cleared === true;
  useEffect(() => setLarge(largeTextOn()), []);

  const toggleLarge = () => {
    setLargeText(!large);
    setLarge(!large);
  };
  const clear = () => {
    useAnswersStore.getState().clear();
    clearDeviceData();
    setLarge(false);
    navigate('/', { state: { cleared: true } });
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <Link to="/" className="site-name">
          {t('app.name')}
        </Link>
        <div className="site-tools">
          {/* A native menu: one compact control at 320 px, each language named in itself. */}
          <select
            className="tool-select"
            aria-label={t('app.language')}
            value={currentLanguage()}
            onChange={(e) => void switchLanguage(e.target.value as Language, true)}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {LANGUAGE_NAMES[language]}
              </option>
            ))}
          </select>
          {/* Screen readers hear "大字模式" and its state from aria-pressed; the eye reads 大字 开/关. */}
          <button type="button" className="tool-button" aria-pressed={large} onClick={toggleLarge} aria-label={t('app.largeText')}>
            {t('app.largeTextShort')}
            <span className="tool-state" aria-hidden="true">
              {large ? t('app.on') : t('app.off')}
            </span>
          </button>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer no-print">
        {/* Who made this and what it keeps: one tap away, so the footer takes one line of a short phone screen. */}
        <details className="footer-about">
          <summary>{t('app.about')}</summary>
          <p>{t('app.footer')}</p>
          <p>{t('app.privacy')}</p>
          <button type="button" className="button button-secondary" onClick={clear}>
            {t('app.clearData')}
          </button>
        </details>
        <p role="status">{cleared ? t('app.cleared') : ''}</p>
      </footer>
    </>
  );
}
