import { useTranslation } from 'react-i18next';
import type { Citation, Source } from '../policies/types.ts';

/** Where a fact comes from: issuing body, document, section and policy year, with the source's own words. */
export function CitationLine({ cite, source }: { cite: Citation; source: Source }) {
  const { t } = useTranslation();
  return (
    <details className="cite">
      <summary>
        <span className="cite-label">{t('cite.label')}</span>
        {t('cite.text', { issuer: source.issuer, title: source.title, section: cite.section, year: source.policyYear })}
      </summary>
      <q>{cite.quote}</q>
    </details>
  );
}
