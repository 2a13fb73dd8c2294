import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLayout } from '../components/page-layout.tsx';
import { FocusHeading } from '../components/focus-heading.tsx';
import { BackLink } from '../components/back-link.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import type { ErrorMessage } from '../components/error-summary.tsx';
import { RadioGroup } from '../components/radio-group.tsx';
import { bornEarliest, bornProblem, choicesFor } from '../policies/answers/answers.ts';
import { linkValueExcerpt } from '../policies/common/clean-text.ts';
import type { AnswerProblem } from '../policies/answers/answers.ts';
import { checkPath, questionPath, startPath } from '../policies/answers/links.ts';
import { answerThatDoesNotFit, applicableQuestions, choicesThatFit, fits, nextStep, previousStep } from '../policies/answers/questions.ts';
import type { QuestionId } from '../policies/answers/questions.ts';
import type { Answers, PolicyId, RegionPolicy } from '../policies/model/types.ts';
import { notePendingChoice, restoredPendingChoice } from '../state/pending-choice.ts';

interface Props {
  region: RegionPolicy<PolicyId>;
  question: QuestionId;
  answers: Answers;
  /** What was wrong with the link that brought the parent here. */
  problems: AnswerProblem[];
  fromCheck: boolean;
  today: string;
}

export function QuestionPage({ region, question, answers, problems, fromCheck, today }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const initial = answers[question] ?? '';
  const [value, setValue] = useState<string>(initial && fits(question, initial, answers, today) ? initial : '');
  const [error, setError] = useState<string | undefined>();
  const location = useLocation();
  const page = `${location.pathname}${location.search}`;

  // A choice ticked but not yet sent when an app update reloaded the page comes back (after the first render, so
  // the prerendered HTML and the first render agree).
  useEffect(() => {
    const pending = restoredPendingChoice(page);
    if (pending) setValue(pending);
  }, [page]);
  useEffect(() => notePendingChoice(page, value), [page, value]);

  const earliest = bornEarliest(today);
  // A link's value is repeated only when it is a short code (a mistyped id or date), never arbitrary text.
  const linkErrors: ErrorMessage[] = problems.map((p) => {
    const value = linkValueExcerpt(p.value);
    const key =
      p.reason === 'malformed-date'
        ? 'question.linkDateMalformed'
        : p.reason === 'future-date'
          ? 'question.linkDateFuture'
          : p.reason === 'too-old'
            ? 'question.linkDateTooOld'
            : 'question.linkProblem';
    // A combination that cannot be (e.g. 续保 for a child born this year): both values are the app's own codes.
    if (p.reason === 'does-not-fit') {
      const option = t(`${p.field}.options.${p.value}`, { defaultValue: value ?? '' });
      return { href: `#${p.field}`, text: t('question.linkDoesNotFit', { field: t(`fields.${p.field}`), value: option }) };
    }
    const text =
      value !== undefined
        ? t(key, { value, field: t(`fields.${p.field}`), earliest })
        : p.reason === 'unknown-value'
          ? t('question.linkProblemNoValue', { field: t(`fields.${p.field}`) })
          : t('question.linkDateMalformedNoValue');
    return { href: `#${p.field}`, text };
  });
  const errors = error ? [...linkErrors, { text: error, href: `#${question}` }] : linkErrors;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = value.trim();
    if (question === 'born') {
      if (!trimmed) return setError(t('born.errorEmpty'));
      const problem = bornProblem(trimmed, today);
      if (problem)
        return setError(
          t(problem === 'future-date' ? 'born.errorFuture' : problem === 'too-old' ? 'born.errorTooOld' : 'born.errorMalformed', {
            earliest,
          }),
        );
    } else if (!trimmed) return setError(t('question.errorChoose'));
    const next: Answers = { ...answers, [question]: trimmed };
    if (next.stage !== 'newborn') delete next.born;
    // A new birth date can make an earlier answer impossible (a baby born this year "renewing"): ask it again.
    const misfit = answerThatDoesNotFit(next, today);
    if (misfit) delete next[misfit];
    const step = nextStep(question, next, fromCheck);
    navigate(step === 'check' ? checkPath(region.id, next) : questionPath(region.id, step, next, fromCheck));
  };

  const back = fromCheck ? 'check' : previousStep(question, answers);
  const backTo =
    back === 'check'
      ? checkPath(region.id, answers)
      : back === 'region'
        ? startPath(region.id, answers)
        : questionPath(region.id, back, answers);
  const backName = back === 'check' ? t('check.title') : t(`fields.${back}`);
  const order = applicableQuestions({ ...answers, [question]: value || answers[question] });
  const title = t(`${question}.title`);
  const hintKey = `${question}.hint`;
  const hint = t(hintKey, { defaultValue: '' });

  return (
    <PageLayout>
      <BackLink to={backTo} text={t('question.back')} label={t('question.backTo', { step: backName })} />
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate>
        <p className="caption">{t('question.progress', { region: region.name, n: order.indexOf(question) + 1, total: order.length })}</p>
        {question === 'born' ? (
          <div className={error ? 'field has-error' : 'field'}>
            <FocusHeading focusKey={question}>
              <label htmlFor="born">{title}</label>
            </FocusHeading>
            {hint && (
              <p className="hint" id="born-hint">
                {hint}
              </p>
            )}
            {error && (
              <p className="field-error" id="born-error">
                {error}
              </p>
            )}
            <input
              className="input"
              type="date"
              id="born"
              name="born"
              min={earliest}
              max={today}
              value={value}
              onChange={(e) => {
                setValue(e.target.value);
                setError(undefined);
              }}
              aria-describedby={[hint ? 'born-hint' : '', error ? 'born-error' : ''].join(' ').trim() || undefined}
            />
          </div>
        ) : (
          <fieldset>
            <legend>
              <FocusHeading focusKey={question}>{title}</FocusHeading>
            </legend>
            {hint && (
              <p className="hint" id={`${question}-hint`}>
                {hint}
              </p>
            )}
            <RadioGroup
              name={question}
              options={choicesThatFit(question, choicesFor(question), answers, today).map((v) => ({
                value: v,
                label: t(`${question}.options.${v}`),
              }))}
              value={value}
              onChange={(v) => {
                setValue(v);
                setError(undefined);
              }}
              error={error}
              describedBy={hint ? `${question}-hint` : undefined}
            />
          </fieldset>
        )}
        <button type="submit" className="button">
          {t('question.continue')}
        </button>
      </form>
    </PageLayout>
  );
}
