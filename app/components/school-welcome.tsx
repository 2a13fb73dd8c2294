import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RegionId } from '../policies/types.ts';
import { regionName } from '../i18n/i18n.ts';
import { PageLayout } from './page-layout.tsx';
import { FocusHeading } from './focus-heading.tsx';

/**
 * The first screen of a school's link: which school sent it and the region it chose, then on to the questions.
 * `school` is untrusted and already sanitised; it is only ever rendered as text.
 */
export function SchoolWelcome({ school, region, startTo }: { school: string; region: RegionId; startTo: string }) {
  const { t } = useTranslation();
  const name = regionName(region);
  return (
    <PageLayout>
      <FocusHeading focusKey="school-welcome">{t('school.banner', { school })}</FocusHeading>
      <p className="school-region">{t('school.welcome.region', { region: name })}</p>
      <p>{t('school.welcome.body')}</p>
      <Link className="button" to={startTo}>
        {t('school.welcome.start')}
      </Link>
      <p>
        <Link to="/">{t('school.welcome.otherRegion', { region: name })}</Link>
      </p>
    </PageLayout>
  );
}

/** The line on the ordinary start screen when a school's link carried no usable region. */
export function SchoolBanner({ school }: { school: string }) {
  const { t } = useTranslation();
  return <p className="school-banner">{t('school.banner', { school })}</p>;
}
