import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLayout } from '../components/page-layout.tsx';
import { FocusHeading } from '../components/focus-heading.tsx';
import { REGION_IDS } from '../policies/model/types.ts';
import { regionName } from '../i18n/i18n.ts';
import { NATIONAL_FACTS } from '../policies/model/national.ts';

/** National rules that hold wherever the family is (N1.1, N1.2, N1.4): summaries, marked as such. */
const EVERYWHERE = [NATIONAL_FACTS['N1.1'], NATIONAL_FACTS['N1.2'], NATIONAL_FACTS['N1.4']];
/** The documents they summarise, each named once (the three share 国办发〔2024〕38号): one marker above the list. */
const DOCUMENTS = [...new Set(EVERYWHERE.flatMap((fact) => fact.cite.document.split('；')))].join('；');

export function NotListedPage() {
  const { t } = useTranslation();
  return (
    <PageLayout>
      <FocusHeading focusKey="not-listed">{t('notListed.title')}</FocusHeading>
      <p>{t('notListed.body')}</p>
      <p className="letter-entry">
        <Link className="button" to="/letter">
          {t('notListed.letter')}
        </Link>
      </p>
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
      <h2>{t('notListed.nationalTitle')}</h2>
      <div className="item national">
        <p className="if">{t('plan.national.marker', { document: DOCUMENTS })}</p>
        <ul>
          {EVERYWHERE.map((fact) => (
            <li key={fact.id}>{t(`national.${fact.id.replace('.', '_')}`)}</li>
          ))}
        </ul>
      </div>
      <p>
        <Link to="/">{t('notListed.back')}</Link>
      </p>
    </PageLayout>
  );
}
