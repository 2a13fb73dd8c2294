// Build-time render of the entry pages to static HTML (see scripts/prerender.ts).
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { App } from './app.tsx';
import { preloadRoute } from './app-routes.tsx';
import { REGION_IDS } from './policies/model/types.ts';
import { allPlanPaths } from './policies/answers/links.ts';

/**
 * The pages a parent can land on before any JavaScript runs: the start page, each region's entry, and every plan
 * path (region × answers), so a shared plan link paints the plan itself.
 */
export const PRERENDERED_URLS = ['/', '/not-listed', '/letter', ...REGION_IDS.map((id) => `/plan/${id}`), ...allPlanPaths()];

export async function render(url: string): Promise<string> {
  // The browser preloads the same route before hydrating, so both sides render it without suspending.
  await preloadRoute(url);
  return renderToString(
    <StaticRouter location={url}>
      <App />
    </StaticRouter>,
  );
}
