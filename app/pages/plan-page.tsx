import { useEffect } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLayout } from '../components/page-layout.tsx';
import { FocusHeading } from '../components/focus-heading.tsx';
import { PlanItemView } from '../components/plan-item.tsx';
import { formatDate } from '../components/format.ts';
import { buildPlan } from '../policies/plan.ts';
import { checkPath, planPath, startPath } from '../policies/links.ts';
import { PlanTools } from '../components/plan-tools.tsx';
import { EstimateSlot } from '../components/estimate-slot.tsx';
import type { CompleteAnswers } from '../policies/questions.ts';
import type { RegionPolicy } from '../policies/types.ts';
import { requestPersistentStorage } from '../state/persistent-storage.ts';

export function PlanPage({ region, answers, today }: { region: RegionPolicy; answers: CompleteAnswers; today: string }) {
  const { t } = useTranslation();
  const plan = buildPlan(region, answers, today);
  useEffect(() => {
    void requestPersistentStorage();
  }, []);
  const summary = [
    t(`stage.options.${answers.stage}`),
    answers.born ? formatDate(answers.born) : undefined,
    t(`insured.options.${answers.insured}`),
    t(`residency.options.${answers.residency}`),
    answers.aid === 'yes' ? t('fields.aid') : undefined,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <PageLayout>
      <FocusHeading focusKey="plan">{t('plan.title', { region: region.name })}</FocusHeading>
      <p className="case-summary">
        {t('plan.forCase', { summary })} <Link to={checkPath(region.id, answers)}>{t('plan.changeAnswers')}</Link>
      </p>
      <div className="notice" role="note" aria-labelledby="year-notice-title">
        <h2 id="year-notice-title">{t('plan.yearNoticeTitle', { year: plan.policyYear })}</h2>
        <p>
          {t('plan.yearNotice', {
            issued: plan.source.issued,
            offices: plan.confirmWith.map((o) => o.name).join(t('app.listSeparator')),
          })}
        </p>
        <p className="muted">
          {t('plan.sourceLine', { issuer: plan.source.issuer, title: plan.source.title })}
          {' · '}
          {t('plan.verified', { date: formatDate(plan.lastVerified) })}
        </p>
      </div>
      <ol className="step-by-step">
        {plan.sections.map((section, i) => (
          <li key={section.id} className={`step step-${section.id}`} id={`step-${section.id}`}>
            <h2>
              <span className="step-number" aria-hidden="true">
                {i + 1}
              </span>
              {t(`plan.sections.${section.id}`)}
            </h2>
            {section.items.map((item) => (
              <PlanItemView key={`${item.kind}-${item.id}`} item={item} region={region} />
            ))}
          </li>
        ))}
      </ol>
      <EstimateSlot region={region} answers={answers} />
      <PlanTools plan={plan} planPath={planPath(region.id, answers)} today={today} />
      <p className="no-print">
        <Link to={startPath()}>{t('plan.startOver')}</Link>
      </p>
    </PageLayout>
  );
}
