// Paths of the URL contract, so every page builds links the same way.
// A complete plan's answers are path segments (/plan/<region>/<stage>/<insured>/<residency>/<aid>), so a static
// host serves each plan as a prerendered file and a shared link paints the plan itself; a newborn's birth date,
// which cannot be prerendered, stays in the query (?born=…). Partial answers, questions and check-your-answers keep
// the query form, and so do old plan links (/plan/<region>?stage=…), which still open the plan.
// A plan read from a pasted letter lives under /letter (the paste form), /letter/ask/<question>, /letter/check and
// /letter/plan, answers in the query: never prerendered, and never carrying the letter's words (they stay on the
// device).
import { answersToSearch, choicesFor, isRegionId } from './answers.ts';
import type { QuestionId } from './questions.ts';
import { AID, INSURED, LETTER_ID, REGION_IDS, RESIDENCY, STAGES } from '../model/types.ts';
import type { Answers, PolicyId } from '../model/types.ts';

/** The answers a plan path carries, in the order of its segments. */
export const PLAN_SEGMENTS = ['stage', 'insured', 'residency', 'aid'] as const;

export function planPath(region: PolicyId, answers: Answers): string {
  if (region === LETTER_ID) return `/letter/plan${answersToSearch(answers)}`;
  const { stage, insured, residency, aid, born } = answers;
  if (!stage || !insured || !residency || !aid) return `/plan/${region}${answersToSearch(answers)}`;
  const query = stage === 'newborn' && born ? `?born=${encodeURIComponent(born)}` : '';
  return `/plan/${region}/${stage}/${insured}/${residency}/${aid}${query}`;
}

export function questionPath(region: PolicyId, question: QuestionId, answers: Answers, fromCheck = false): string {
  return `${policyBase(region)}/ask/${question}${answersToSearch(answers, fromCheck ? { from: 'check' } : {})}`;
}

export function checkPath(region: PolicyId, answers: Answers): string {
  return `${policyBase(region)}/check${answersToSearch(answers)}`;
}

/** Where a flow starts: the region choice (`/`), or for a letter the paste form, keeping the answers given so far. */
export function startPath(region?: PolicyId, answers: Answers = {}): string {
  if (region === LETTER_ID) return letterPath(answers);
  return region ? `/?region=${region}` : '/';
}

/** The paste form, with any answers already given (they preset the questions after the paste). */
export function letterPath(answers: Answers = {}): string {
  return `/letter${answersToSearch(answers)}`;
}

function policyBase(id: PolicyId): string {
  return id === LETTER_ID ? '/letter' : `/plan/${id}`;
}

/**
 * The plan path for an old query link (/plan/<region>?stage=…&insured=…&residency=…&aid=…[&born=…]) whose four
 * answers are all valid, so the server can send that plan's file and the browser can show the plan's own URL;
 * undefined for anything else (a partial or garbled link keeps its question flow and its messages).
 */
export function planPathForQueryLink(pathname: string, search: string): string | undefined {
  const match = /^\/plan\/([^/]+)\/?$/.exec(pathname);
  if (!match || !isRegionId(match[1])) return undefined;
  const params = new URLSearchParams(search);
  const answers: Record<string, string> = {};
  for (const field of PLAN_SEGMENTS) {
    const value = params.get(field)?.trim() ?? '';
    if (!choicesFor(field).includes(value)) return undefined;
    answers[field] = value;
  }
  const born = params.get('born')?.trim();
  return planPath(match[1], { ...(answers as Answers), ...(born ? { born } : {}) });
}

/** Every plan path a static host needs as a file: each region × stage × insured × residency × aid. */
export function allPlanPaths(): string[] {
  return REGION_IDS.flatMap((region) =>
    STAGES.flatMap((stage) =>
      INSURED.flatMap((insured) =>
        RESIDENCY.flatMap((residency) => AID.map((aid) => `/plan/${region}/${stage}/${insured}/${residency}/${aid}`)),
      ),
    ),
  );
}
