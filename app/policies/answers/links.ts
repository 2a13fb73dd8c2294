// Paths of the URL contract, so every page builds links the same way.
// A complete plan's answers are path segments (/plan/<region>/<stage>/<insured>/<residency>/<aid>), so a static
// host serves each plan as a prerendered file and a shared link paints the plan itself; a newborn's birth date,
// which cannot be prerendered, stays in the query (?born=…). Partial answers, questions and check-your-answers keep
// the query form, and so do old plan links (/plan/<region>?stage=…), which still open the plan.
// A plan read from a pasted letter lives under /letter (the paste form), /letter/ask/<question>, /letter/check and
// /letter/plan, answers in the query: never prerendered, and never carrying the letter's words (they stay on the
// device).
import { answersToSearch, choicesFor, isRegionId } from './answers.ts';
import { CHOICE_FIELDS } from './answer-fields.ts';
import type { QuestionId } from './questions.ts';
import { LETTER_ID, REGION_IDS } from '../model/types.ts';
import type { Answers, PolicyId } from '../model/types.ts';

/** The answers a plan path carries, in the order of its segments (the chosen ones; the birth date is a query). */
export const PLAN_SEGMENTS = CHOICE_FIELDS;

/** The route of a complete plan: /plan/:region/:stage/:insured/:residency/:aid. */
export const PLAN_PATH_ROUTE = `/plan/:region/${PLAN_SEGMENTS.map((field) => `:${field}`).join('/')}`;

export function planPath(region: PolicyId, answers: Answers): string {
  if (region === LETTER_ID) return `/letter/plan${answersToSearch(answers)}`;
  const segments = PLAN_SEGMENTS.map((field) => answers[field]);
  if (!segments.every(Boolean)) return `/plan/${region}${answersToSearch(answers)}`;
  const { stage, born } = answers;
  const query = stage === 'newborn' && born ? `?born=${encodeURIComponent(born)}` : '';
  return `/plan/${region}/${segments.join('/')}${query}`;
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

/** A page's file name at the end of a path: `/plan/…/no.html` is the plan `/plan/…/no`, `/index.html` is `/`. */
export const PAGE_FILE = /(index)?\.html$/;

/** A page's own path: without its file name (PAGE_FILE) or trailing slashes, as the server finds the page's file. */
export function canonicalPagePath(pathname: string): string {
  return pathname.replace(PAGE_FILE, '').replace(/(.)\/+$/, '$1');
}

/**
 * Which page a navigation shows, as the service worker keeps it and the server sends it: its path alone (a link's
 * query holds answers, a school's name or a birth date, never another page), except an old plan link
 * (/plan/<region>?stage=…&insured=…&residency=…&aid=…), which is its plan's page.
 */
export function pageKeyPath(pathname: string, search: string): string {
  // The server sends the plan's file only for answers written exactly (no spaces to trim, no .html on the region).
  const params = new URLSearchParams(search);
  const exact = PLAN_SEGMENTS.every((field) => /^[a-z-]+$/.test(params.get(field) ?? ''));
  const plan = exact ? planPathForQueryLink(pathname, search) : undefined;
  return plan ? plan.split('?', 1)[0]! : canonicalPagePath(pathname);
}

/** Every plan path a static host needs as a file: each region × stage × insured × residency × aid. */
export function allPlanPaths(): string[] {
  const combinations = PLAN_SEGMENTS.reduce<string[][]>(
    (paths, field) => paths.flatMap((path) => choicesFor(field).map((value) => [...path, value])),
    [[]],
  );
  return REGION_IDS.flatMap((region) => combinations.map((segments) => `/plan/${region}/${segments.join('/')}`));
}
