import { Navigate, useParams } from 'react-router';
import { firstUnanswered, isComplete, isQuestionId } from '../policies/answers/questions.ts';
import { planPath } from '../policies/answers/links.ts';
import type { CompleteAnswers } from '../policies/answers/questions.ts';
import { PlanPage } from './plan-page.tsx';
import { QuestionPage } from './question-page.tsx';
import { StartPage } from './start-page.tsx';
import { useRouteAnswers } from './use-route-answers.ts';

/**
 * /plan/:region?… — the first unanswered question of a partial link (or one whose answer is wrong, with a
 * message); a complete link goes to its plan path (the browser entry does that before the first render).
 */
export function PlanRoute() {
  const { regionParam, region, answers, problems, today } = useRouteAnswers();
  if (!region) return <StartPage unknownRegion={regionParam} linkAnswers={answers} />;
  if (isComplete(answers) && !problems.length) return <Navigate replace to={planPath(region.id, answers)} />;
  const question = firstUnanswered(answers) ?? problems[0]?.field ?? 'stage';
  return (
    <QuestionPage
      key={question}
      region={region}
      question={question}
      answers={answers}
      problems={problems}
      fromCheck={false}
      today={today}
    />
  );
}

/**
 * /plan/:region/:stage/:insured/:residency/:aid[?born=…] — the plan, prerendered for every answer path. A segment
 * that is not a valid answer, a birth date that is missing or wrong, or answers that do not fit together go to the
 * query form of the same link, whose question flow says what is wrong.
 */
export function PlanPathRoute() {
  const { regionParam, region, answers, problems, today, hydrated, search } = useRouteAnswers();
  if (!region) return <StartPage unknownRegion={regionParam} linkAnswers={answers} />;
  // The prerender and hydration have no birth date yet: the plan is drawn without it, then completed.
  const segmentsComplete = Boolean(answers.stage && answers.insured && answers.residency && answers.aid);
  if (problems.length || !(hydrated ? isComplete(answers) : segmentsComplete)) {
    return <Navigate replace to={`/plan/${region.id}?${search}`} />;
  }
  return <PlanPage region={region} answers={answers as CompleteAnswers} today={today} />;
}

/** /plan/:region/ask/:question — one question, reached by Back, 修改 or Continue. */
export function QuestionRoute() {
  const { question } = useParams();
  const { regionParam, region, answers, problems, today, fromCheck } = useRouteAnswers();
  if (!region) return <StartPage unknownRegion={regionParam} linkAnswers={answers} />;
  // An unknown question, or the birth date of a child who is not a newborn, goes to the next one due.
  if (!isQuestionId(question) || (question === 'born' && answers.stage !== 'newborn')) {
    return <Navigate replace to={planPath(region.id, answers)} />;
  }
  return (
    <QuestionPage
      key={question}
      region={region}
      question={question}
      answers={answers}
      problems={problems}
      fromCheck={fromCheck}
      today={today}
    />
  );
}
