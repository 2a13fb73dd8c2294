// The flags every headless Chromium of this project runs with (Playwright's e2e tests, Lighthouse, the LCP
// benchmark): no sandbox (root in CI), no GPU, no QUIC, and no background traffic that could reach another origin.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
