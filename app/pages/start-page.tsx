import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLayout } from '../components/page-layout.tsx';
import { FocusHeading } from '../components/focus-heading.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import type { ErrorMessage } from '../components/error-summary.tsx';
import { RadioGroup } from '../components/radio-group.tsx';
import { isRegionId } from '../policies/answers/answers.ts';
import { checkPath, letterPath, planPath } from '../policies/answers/links.ts';
import { isComplete } from '../policies/answers/questions.ts';
import { REGION_IDS } from '../policies/model/types.ts';
import { regionName } from '../i18n/i18n.ts';
import type { Answers } from '../policies/model/types.ts';
import { useAnswersStore } from '../state/answers-store.ts';
import { linkRegion, schoolFromLink } from '../policies/answers/school-link.ts';
import { linkValueExcerpt } from '../policies/common/clean-text.ts';
import { SchoolBanner, SchoolWelcome } from '../components/school-welcome.tsx';

const NOT_LISTED = 'not-listed';

/** Where the child studies. Also shown, with a message, for a plan link whose region is unknown. */
export function StartPage({ unknownRegion, linkAnswers }: { unknownRegion?: string; linkAnswers?: Answers }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const stored = useAnswersStore();
  const preset = params.get('region');
  const [choice, setChoice] = useState<string | undefined>(isRegionId(preset) ? preset : stored.region);
  const [error, setError] = useState(false);
  const answers = linkAnswers ?? stored.answers;

  // What the device remembers is read after the first render, then preselects the region it last saw.
  useEffect(() => {
    void Promise.resolve(useAnswersStore.persist.rehydrate()).then(() => {
      const remembered = useAnswersStore.getState().region;
      if (remembered) setChoice((current) => current ?? remembered);
    });
  }, []);

  const errors: ErrorMessage[] = [];
  // The link's region is repeated only when it is a short code (a mistyped id), never arbitrary text.
  const regionError = (value: string) => {
    const excerpt = linkValueExcerpt(value);
    return excerpt ? t('start.unknownRegion', { value: excerpt }) : t('start.unknownRegionNoValue');
  };
  if (unknownRegion) errors.push({ text: regionError(unknownRegion), href: '#region' });
  if (error) errors.push({ text: t('start.errorChoose'), href: '#region' });

  // A school's link (/?region=…&school=…) names the school (untrusted, shown as text and only as who shared the
  // link; a "name" with a web address or phone number is dropped) and skips the region question; with a bad or
  // unknown region it falls back to choosing one.
  const school = unknownRegion ? '' : schoolFromLink(params.get('school'));
  const schoolRegion = linkRegion(preset);
  if (school && schoolRegion) {
    const startTo = isComplete(answers) ? checkPath(schoolRegion, answers) : planPath(schoolRegion, answers);
    return <SchoolWelcome school={school} region={schoolRegion} startTo={startTo} />;
  }
  if (school && preset) errors.push({ text: regionError(preset), href: '#region' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!choice) return setError(true);
    // Any other city: the school's letter of this year gives the plan (the paste form links to whom to ask).
    if (choice === NOT_LISTED) return navigate(letterPath(answers));
    if (!isRegionId(choice)) return setError(true);
    navigate(isComplete(answers) ? checkPath(choice, answers) : planPath(choice, answers));
  };

  const options = [...REGION_IDS.map((id) => ({ value: id, label: regionName(id) })), { value: NOT_LISTED, label: t('start.notListed') }];

  return (
    <PageLayout>
      <ErrorSummary errors={errors} />
      {school && <SchoolBanner school={school} />}
      <p className="lead">{t('app.tagline')}</p>
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>
            <FocusHeading focusKey="start">{t('start.title')}</FocusHeading>
          </legend>
          <p className="hint" id="region-hint">
            {t('start.hint')}
          </p>
          <RadioGroup
            name="region"
            options={options}
            value={choice}
            onChange={(v) => {
              setChoice(v);
              setError(false);
            }}
            error={error ? t('start.errorChoose') : undefined}
            describedBy="region-hint"
          />
        </fieldset>
        <button type="submit" className="button">
          {t('start.continue')}
        </button>
      </form>
      {stored.region && isComplete(stored.answers) && !unknownRegion && (
        <p>
          <Link to={planPath(stored.region, stored.answers)}>{t('start.resume', { region: regionName(stored.region) })}</Link>
        </p>
      )}
      <p className="for-teachers">
        <Link to="/school">{t('start.forTeachers')}</Link>
      </p>
    </PageLayout>
  );
}
