import { useTranslation } from 'react-i18next';

/** Shown while code or a region's data loads; it appears only after a moment (see .loading), so a fast load never flashes. */
export function LoadingLine() {
  const { t } = useTranslation();
  return (
    <p className="loading muted" role="status">
      {t('app.loading')}
    </p>
  );
}

/** The whole screen while a route's code or its region loads. */
export function Loading() {
  return (
    <main className="main" id="main">
      <LoadingLine />
    </main>
  );
}
