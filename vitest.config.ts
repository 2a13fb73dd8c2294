import { defineConfig } from 'vitest/config';
import { wordsPlugin } from './scripts/words-plugin.ts';

export default defineConfig({
  // The app's words in the same two parts as the build's (app/i18n/first-screen-words.ts).
  plugins: [wordsPlugin()],
  test: {
    include: ['app/**/*.test.ts', 'app/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['scripts/vitest-words.ts'],
  },
});
