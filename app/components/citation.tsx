import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { LetterCitationContext } from './letter-context.ts';
import type { Citation, Source } from '../policies/model/types.ts';
import type { NationalCitation } from '../policies/model/national.ts';

/**
 * A fact's one-line marker: the section of the page's source, opening to its words. The source itself (issuer,
 * title, policy year) is named once, in the plan's sources block, not on every fact.
 */
export function CitationLine({ cite }: { cite: Citation; source?: Source }) {
  const { t } = useTranslation();
  const letterCitation = useContext(LetterCitationContext);
  if (letterCitation) return letterCitation(cite);
  return (
    <details className="cite">
      <summary>
        <span className="cite-label">{t('cite.label')}</span>
        {cite.section}
      </summary>
      <q>{cite.quote}</q>
    </details>
  );
}

/** A national rule's marker: the app's summary of a national document, never shown as a quote. */
export function NationalCitationLine({ cite, summary }: { cite: NationalCitation; summary?: string }) {
  const { t } = useTranslation();
  return (
    <details className="cite cite-national">
      <summary>
        <span className="cite-label">{t('cite.nationalLabel')}</span>
        {cite.document}
      </summary>
      {summary && <p>{summary}</p>}
      <p>{t('cite.nationalNote', { entry: cite.entry })}</p>
    </details>
  );
}
