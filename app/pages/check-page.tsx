import { Link, Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLayout } from '../components/page-layout.tsx';
import { FocusHeading } from '../components/focus-heading.tsx';
import { BackLink } from '../components/back-link.tsx';
import { formatDate } from '../components/format.ts';
import { planPath, questionPath, startPath } from '../policies/answers/links.ts';
import { applicableQuestions, firstUnanswered, isComplete } from '../policies/answers/questions.ts';
import type { Answers, PolicyId, RegionPolicy } from '../policies/model/types.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { useRouteAnswers } from './use-route-answers.ts';

/** Check your answers, each with a labelled 修改 link that comes back here. */
export function CheckPage() {
  const { region, answers } = useRouteAnswers();
  if (!region) return <NotFoundPage />;
  return <CheckAnswers region={region} answers={answers} />;
}

/** The check-your-answers screen of a region, or of a letter (its first row then goes back to the pasted letter). */
export function CheckAnswers({ region, answers }: { region: RegionPolicy<PolicyId>; answers: Answers }) {
  const { t } = useTranslation();
  if (!isComplete(answers)) return <Navigate replace to={questionPath(region.id, firstUnanswered(answers)!, answers)} />;

  const rows = [
    { field: 'region', value: region.name, href: startPath(region.id, answers) },
    ...applicableQuestions(answers).map((q) => ({
      field: q,
      value: q === 'born' ? (answers.born ? formatDate(answers.born) : t('check.bornNone')) : t(`${q}.options.${answers[q]}`),
      href: questionPath(region.id, q, answers, true),
    })),
  ];
  const last = applicableQuestions(answers).at(-1)!;

  return (
    <PageLayout>
      <BackLink
        to={questionPath(region.id, last, answers)}
        text={t('question.back')}
        label={t('question.backTo', { step: t(`fields.${last}`) })}
      />
      <FocusHeading focusKey="check">{t('check.title')}</FocusHeading>
      <dl className="summary-list">
        {rows.map((row) => (
          <div className="summary-row" key={row.field}>
            <dt>{t(`fields.${row.field}`)}</dt>
            <dd>{row.value}</dd>
            <dd className="summary-action">
              <Link to={row.href} aria-label={t('check.changeLabel', { field: t(`fields.${row.field}`) })}>
                {t('check.change')}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <Link className="button" to={planPath(region.id, answers)}>
        {t('check.submit')}
      </Link>
    </PageLayout>
  );
}
