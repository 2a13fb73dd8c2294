// The route table, shared by the browser entry and the build-time prerender so both render the same tree.
// The start page is in the first bundle; every other screen's code loads when it is needed.
import { matchPath, Route, Routes } from 'react-router';
import { StartPage } from './pages/start-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { lazyWithReload } from './components/lazy-with-reload.ts';
import { isRegionId } from './policies/answers/answers.ts';
import { PLAN_PATH_ROUTE } from './policies/answers/links.ts';
import { loadPageWords } from './i18n/i18n.ts';
import type { Language } from './i18n/i18n.ts';

/** A screen's code, loaded with the words of every screen but the first (app/i18n/first-screen-words.ts). */
const withWords = <T,>(code: Promise<T>): Promise<T> => Promise.all([code, loadPageWords()]).then(([m]) => m);

const NotListedPage = lazyWithReload(() => withWords(import('./pages/not-listed-page.tsx')).then((m) => m.NotListedPage));
const PlanRoute = lazyWithReload(() => withWords(import('./pages/plan-route.tsx')).then((m) => m.PlanRoute));
const PlanPathRoute = lazyWithReload(() => withWords(import('./pages/plan-route.tsx')).then((m) => m.PlanPathRoute));
const QuestionRoute = lazyWithReload(() => withWords(import('./pages/plan-route.tsx')).then((m) => m.QuestionRoute));
const CheckPage = lazyWithReload(() => withWords(import('./pages/check-page.tsx')).then((m) => m.CheckPage));
const LetterPage = lazyWithReload(() => withWords(import('./pages/letter-page.tsx')).then((m) => m.LetterPage));
const LetterQuestionRoute = lazyWithReload(() => withWords(import('./pages/letter-route.tsx')).then((m) => m.LetterQuestionRoute));
const LetterCheckRoute = lazyWithReload(() => withWords(import('./pages/letter-route.tsx')).then((m) => m.LetterCheckRoute));
const LetterPlanRoute = lazyWithReload(() => withWords(import('./pages/letter-route.tsx')).then((m) => m.LetterPlanRoute));
const SchoolPage = lazyWithReload(() => withWords(import('./pages/school-page.tsx')).then((m) => m.SchoolPage));

const LAZY_ROUTES = [
  { path: '/not-listed', route: NotListedPage },
  { path: '/plan/:region', route: PlanRoute },
  { path: '/plan/:region/check', route: CheckPage },
  { path: '/plan/:region/ask/:question', route: QuestionRoute },
  { path: PLAN_PATH_ROUTE, route: PlanPathRoute },
  { path: '/school', route: SchoolPage },
  { path: '/letter', route: LetterPage },
  { path: '/letter/ask/:question', route: LetterQuestionRoute },
  { path: '/letter/check', route: LetterCheckRoute },
  { path: '/letter/plan', route: LetterPlanRoute },
];

/** Loads the code of the route at `pathname` (if it is a lazy one), and the region it shows, before the first render. */
export async function preloadRoute(pathname: string, language?: Language): Promise<void> {
  const match = LAZY_ROUTES.find(({ path }) => matchPath(path, pathname));
  const region = matchPath('/plan/:region/*', pathname)?.params.region;
  // The region's code is loaded on its own so that none of it weighs on the start page.
  const preloadRegion = isRegionId(region) && import('./components/use-local-region.ts').then((m) => m.preloadRegion(region, language));
  // A letter screen's words, and past the paste form the reader, so neither suspends the first render.
  const letter = matchPath('/letter/*', pathname) ?? matchPath('/letter', pathname);
  const preloadLetter =
    letter &&
    (pathname === '/letter' ? import('./pages/letter-page.tsx') : import('./pages/letter-route.tsx')).then((m) =>
      m.preloadLetter(language),
    );
  // /school's form offers to paste this year's letter, in the letter screens' words.
  const preloadSchool = matchPath('/school', pathname) && import('./components/use-letter.ts').then((m) => m.preloadLetterWords(language));
  await Promise.all([match?.route.preload(), preloadRegion, preloadLetter, preloadSchool, match && loadPageWords()]);
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<StartPage />} />
      {LAZY_ROUTES.map(({ path, route: Page }) => (
        <Route key={path} path={path} element={<Page />} />
      ))}
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
