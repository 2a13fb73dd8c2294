// Unit tests render every screen's words: the ones past the first screen load here, as a screen's code loads them
// in the app (app-routes.tsx). What the first screen shows without them is checked in first-screen-words.test.ts.
import { loadPageWords } from '../app/i18n/i18n.ts';

await loadPageWords();
