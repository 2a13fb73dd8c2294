import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLayout } from '../components/page-layout.tsx';
import { FocusHeading } from '../components/focus-heading.tsx';
import { REGION_IDS } from '../policies/types.ts';
import { regionName } from '../i18n/i18n.ts';

export function NotListedPage() {
  const { t } = useTranslation();
  return (
    <PageLayout>
      <FocusHeading focusKey="not-listed">{t('notListed.title')}</FocusHeading>
      <p>{t('notListed.body')}</p>
      <ul>
        {REGION_IDS.map((id) => (
          <li key={id}>{regionName(id)}</li>
        ))}
      </ul>
      <h2>{t('notListed.askTitle')}</h2>
      <ul>
        <li>{t('notListed.askLocal')}</li>
        <li>{t('notListed.askApp')}</li>
        <li>
          <a href="tel:12393">{t('notListed.askHotline')}</a>
        </li>
      </ul>
      <p>
        <Link to="/">{t('notListed.back')}</Link>
      </p>
    </PageLayout>
  );
}
