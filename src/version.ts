// Replaced at build time (esbuild `define`, vitest `define`) from package.json.
declare const __ICARE_VERSION__: string;
export const VERSION: string = __ICARE_VERSION__;
