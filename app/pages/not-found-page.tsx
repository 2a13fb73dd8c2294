import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLayout } from '../components/page-layout.tsx';
import { FocusHeading } from '../components/focus-heading.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <PageLayout>
      <FocusHeading focusKey="not-found">{t('notFound.title')}</FocusHeading>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </PageLayout>
  );
}
