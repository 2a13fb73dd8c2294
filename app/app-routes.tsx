// The route table, shared by the browser entry and the build-time prerender so both render the same tree.
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { StartPage } from './pages/start-page.tsx';
import { NotListedPage } from './pages/not-listed-page.tsx';
import { PlanRoute, QuestionRoute } from './pages/plan-route.tsx';
import { CheckPage } from './pages/check-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';

// The school page, and the QR library it loads, stay out of the first screen's bundle.
const SchoolPage = lazy(() => import('./pages/school-page.tsx').then((m) => ({ default: m.SchoolPage })));

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<StartPage />} />
      <Route path="/not-listed" element={<NotListedPage />} />
      <Route path="/plan/:region" element={<PlanRoute />} />
      <Route path="/plan/:region/check" element={<CheckPage />} />
      <Route path="/plan/:region/ask/:question" element={<QuestionRoute />} />
      <Route
        path="/school"
        element={
          <Suspense fallback={null}>
            <SchoolPage />
          </Suspense>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
