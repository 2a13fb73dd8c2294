/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

// The simplified Chinese words cut in two by the build (app/i18n/first-screen-words.ts).
declare module '*zh-Hans.json?words=first-screen' {
  const words: import('./i18n/shipped-strings.ts').StringTree;
  export default words;
}
declare module '*zh-Hans.json?words=pages' {
  const words: import('./i18n/shipped-strings.ts').StringTree;
  export default words;
}
