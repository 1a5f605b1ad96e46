import {createRequire} from 'node:module'
import type * as Core from '@citation-js/core'

const require = createRequire(import.meta.url)

/**
 * citation-js's plugins by name, each a function that loads the plugin (it
 * registers with the core on load). They are CommonJS, as the core is, so
 * that they register with the same core. The `octavo` command's bundle
 * replaces this module with `apps/cli/bundle-stubs/cite-js-plugins.js`, the
 * same table with `require` calls the bundler follows, so that the plugins
 * are bundled beside the core they register with.
 */
export const PLUGIN_LOADERS = {
  csl: (): unknown => require('@citation-js/plugin-csl'),
  ris: (): unknown => require('@citation-js/plugin-ris'),
  bibtex: (): unknown => require('@citation-js/plugin-bibtex')
} as const

/** citation-js's core, loaded the first time it is needed (a build writing only exports never needs it); the bundle's stub does the same. */
export const loadCore = (): typeof Core => require('@citation-js/core') as typeof Core
