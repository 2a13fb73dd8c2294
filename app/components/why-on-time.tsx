import { useTranslation } from 'react-i18next';
import { NATIONAL_FACTS } from '../policies/national.ts';
import { NationalCitationLine } from './citation.tsx';

/** Why a past year's dates still matter: N1.2, the waiting period for enrolling outside the collection period. */
export function WhyOnTime() {
  const { t, i18n } = useTranslation();
  const fact = NATIONAL_FACTS['N1.2'];
  return (
    <div className="why-on-time">
      <p>{t('dates.why')}</p>
      <NationalCitationLine cite={fact.cite} summary={i18n.language.startsWith('zh-Hans') ? fact.text : undefined} />
    </div>
  );
}
