import { Suspense, useCallback, useState } from 'react';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useToday } from '../components/use-hydrated.ts';
import { loadReader, preloadLetterWords, useLetterWords, useStoredLetter } from '../components/use-letter.ts';
import type { Language } from '../i18n/i18n.ts';
import type { ReadLetter } from '../components/use-letter.ts';
import { LetterCitationLine, LetterPlanLine, LetterRegionNote, LetterSourceLine, LetterWarnings } from '../components/letter-source.tsx';
import { LetterCitationContext } from '../components/letter-context.ts';
import { LETTER_NS } from '../i18n/letter-words.ts';
import { letterPath, planPath, questionPath } from '../policies/answers/links.ts';
import { firstUnanswered, isComplete, isQuestionId } from '../policies/answers/questions.ts';
import { LETTER_ID } from '../policies/model/types.ts';
import type { Answers, Citation } from '../policies/model/types.ts';
import type { CompleteAnswers } from '../policies/answers/questions.ts';
import { rereadLetter, useLetterStore } from '../state/letter-store.ts';
import { CheckAnswers } from './check-page.tsx';
import { PlanPage } from './plan-page.tsx';
import { QuestionPage } from './question-page.tsx';
import { answersFromSearch } from './use-route-answers.ts';

/** The words and the reader, before the first render of a letter's question, check or plan (offline too). */
export function preloadLetter(language?: Language): Promise<unknown> {
  return Promise.all([preloadLetterWords(language), loadReader()]);
}

/** The answers of the query (preset as on a region's link) and the letter kept on the device, read. */
function useLetterRoute() {
  useState(rereadLetter);
  useLetterWords();
  const [query] = useSearchParams();
  const today = useToday();
  const search = query.toString();
  const { answers, problems } = answersFromSearch(search, today);
  const letter = useStoredLetter(today);
  return { answers, problems, today, letter, fromCheck: query.get('from') === 'check' };
}

/** With no letter on the device (deleted, another phone, a shared link), the paste form, keeping the answers. */
function NoLetter({ answers }: { answers: Answers }) {
  return <Navigate replace to={letterPath(answers)} />;
}

/** /letter/ask/:question: the region's question screens, for the letter. */
export function LetterQuestionRoute() {
  const { question } = useParams();
  const { answers, problems, today, letter, fromCheck } = useLetterRoute();
  if (!letter) return <NoLetter answers={answers} />;
  if (!isQuestionId(question) || (question === 'born' && answers.stage !== 'newborn')) {
    const due = firstUnanswered(answers);
    return <Navigate replace to={due ? questionPath(LETTER_ID, due, answers) : planPath(LETTER_ID, answers)} />;
  }
  return (
    <QuestionPage
      key={question}
      region={letter.policy}
      question={question}
      answers={answers}
      problems={problems}
      fromCheck={fromCheck}
      today={today}
    />
  );
}

/** /letter/check: check your answers, the first row going back to the pasted letter. */
export function LetterCheckRoute() {
  const { answers, letter } = useLetterRoute();
  if (!letter) return <NoLetter answers={answers} />;
  return <CheckAnswers region={letter.policy} answers={answers} />;
}

/** /letter/plan: the plan from the letter, drawn by the regions' own plan page. */
export function LetterPlanRoute() {
  const { answers, problems, today, letter } = useLetterRoute();
  if (!letter) return <NoLetter answers={answers} />;
  const due = problems[0]?.field ?? firstUnanswered(answers);
  if (due || !isComplete(answers)) return <Navigate replace to={questionPath(LETTER_ID, due ?? 'stage', answers)} />;
  return <LetterPlan letter={letter} answers={answers} today={today} />;
}

function LetterPlan({ letter, answers, today }: { letter: ReadLetter; answers: CompleteAnswers; today: string }) {
  const { t } = useTranslation(LETTER_NS);
  const navigate = useNavigate();
  const cite = useCallback(
    (c: Citation) => <LetterCitationLine cite={c} letter={letter.text} picture={letter.picture} />,
    [letter.text, letter.picture],
  );
  const remove = () => {
    useLetterStore.getState().remove();
    navigate(letterPath(answers));
  };
  return (
    <LetterCitationContext value={cite}>
      <PlanPage
        region={letter.policy}
        answers={answers}
        today={today}
        letter={{
          title: t('planTitle'),
          line: <LetterPlanLine year={letter.policy.policyYear} picture={letter.picture} />,
          source: <LetterSourceLine issuer={letter.policy.source.issuer} title={letter.policy.source.title} />,
          notices: (
            <>
              <LetterWarnings warnings={letter.reading.warnings} />
              {letter.region && (
                <Suspense fallback={null}>
                  <LetterRegionNote region={letter.region} />
                </Suspense>
              )}
            </>
          ),
          tools: (
            <div className="letter-tools">
              <p className="muted">{t('kept')}</p>
              <p>
                <button type="button" className="button button-secondary" onClick={remove}>
                  {t('delete')}
                </button>
              </p>
              <p>
                <Link to={letterPath(answers)}>{t('another')}</Link>
              </p>
            </div>
          ),
        }}
      />
    </LetterCitationContext>
  );
}
