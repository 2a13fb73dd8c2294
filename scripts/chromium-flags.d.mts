// Types for chromium-flags.mjs (plain JavaScript, so Node runs it without a build step).
export declare const CHROMIUM_FLAGS: string[];
