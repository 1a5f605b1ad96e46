/* global require -- the bundle's banner defines it; esbuild bundles these calls (bundle.mjs) */
/* eslint-disable @typescript-eslint/no-require-imports -- the point of this file: require calls esbuild bundles */
// packages/citations/src/lib/cite-js-plugins.ts for the bundle: the same table,
// with require calls esbuild follows, so that citation-js's plugins are bundled
// with the core they register with (each runs, and registers, on first use).
export const PLUGIN_LOADERS = {
  csl: () => require('@citation-js/plugin-csl'),
  ris: () => require('@citation-js/plugin-ris'),
  bibtex: () => require('@citation-js/plugin-bibtex')
}

export const loadCore = () => require('@citation-js/core')
