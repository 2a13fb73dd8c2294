import { Navigate, useParams } from 'react-router';
import { firstUnanswered, isComplete, isQuestionId } from '../policies/questions.ts';
import { planPath } from '../policies/links.ts';
import { PlanPage } from './plan-page.tsx';
import { QuestionPage } from './question-page.tsx';
import { StartPage } from './start-page.tsx';
import { useRouteAnswers } from './use-route-answers.ts';

/** /plan/:region — the plan when every answer is in the link, else the first unanswered question. */
export function PlanRoute() {
  const { regionParam, region, answers, problems, today } = useRouteAnswers();
  if (!region) return <StartPage unknownRegion={regionParam} linkAnswers={answers} />;
  if (isComplete(answers)) return <PlanPage region={region} answers={answers} today={today} />;
  const question = firstUnanswered(answers)!;
  return <QuestionPage key={question} region={region} question={question} answers={answers} problems={problems} fromCheck={false} today={today} />;
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
