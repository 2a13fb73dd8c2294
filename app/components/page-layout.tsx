import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAnswersStore } from '../state/answers-store.ts';
import { clearDeviceData, largeTextOn, setLargeText } from '../state/preferences.ts';
import { currentLanguage, LANGUAGES, switchLanguage } from '../i18n/i18n.ts';

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
          <div className="languages" role="group" aria-label={t('app.language')}>
            {LANGUAGES.map((language) => (
              <button
                key={language}
                type="button"
                lang={language}
                className="tool-button"
                aria-pressed={currentLanguage() === language}
                onClick={() => void switchLanguage(language, true)}
              >
                {LANGUAGE_NAMES[language]}
              </button>
            ))}
          </div>
          <button type="button" className="tool-button" aria-pressed={large} onClick={toggleLarge}>
            {t('app.largeText')}
          </button>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer no-print">
        <p>{t('app.footer')}</p>
        <p>{t('app.privacy')}</p>
        <button type="button" className="button button-secondary" onClick={clear}>
          {t('app.clearData')}
        </button>
        <p role="status">{cleared ? t('app.cleared') : ''}</p>
      </footer>
    </>
  );
}
