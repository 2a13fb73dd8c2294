// i18next set up synchronously with the default language bundled, so the first render (and a server render at
// build time) already has every string.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhHans from './zh-Hans.json';

export const DEFAULT_LANGUAGE = 'zh-Hans';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  resources: { [DEFAULT_LANGUAGE]: { translation: zhHans } },
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});
