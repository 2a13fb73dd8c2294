// Plain words for the source's terms a parent may not use (材料, 缴费代扣, 医保经办机构, 低档/高档缴费, 人社所): one
// tap under the first actions opens a short gloss of each term this plan shows. The glosses are the app's own words,
// not policy facts; the quotes keep the source's terms untouched.
import { useTranslation } from 'react-i18next';

/** Each term, and how it is written in the plan's text in any language (the translations keep the Chinese term). */
const TERMS = [
  { id: 'cailiao', pattern: /./ }, // 材料 (the source): every plan speaks of it.
  { id: 'daikou', pattern: /缴费代扣|繳費代扣/ },
  { id: 'jingban', pattern: /医保经办机构|醫保經辦機構/ },
  { id: 'dangci', pattern: /低档|高档|低檔|高檔/ },
  { id: 'renshesuo', pattern: /人社所/ },
] as const;

/** The terms that `text` (everything the plan says) uses, in the list's order. */
export function glossTerms(text: string): string[] {
  return TERMS.filter((term) => term.pattern.test(text)).map((term) => term.id);
}

export function GlossList({ text }: { text: string }) {
  const { t } = useTranslation();
  const ids = glossTerms(text);
  if (!ids.length) return null;
  return (
    <details className="gloss-list">
      <summary>
        {t('plan.gloss.title')}{' '}
        <span className="gloss-words">{ids.map((id) => t(`plan.gloss.terms.${id}.word`)).join(t('app.listSeparator'))}</span>
      </summary>
      <dl>
        {ids.map((id) => (
          <div key={id} className="gloss">
            <dt>{t(`plan.gloss.terms.${id}.word`)}</dt>
            <dd>{t(`plan.gloss.terms.${id}.text`)}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t('plan.gloss.note')}</p>
    </details>
  );
}
