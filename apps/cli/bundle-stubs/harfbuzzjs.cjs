/* global module -- a CommonJS stub for the CommonJS build of the command (bundle.mjs) */
// harfbuzzjs awaits its WebAssembly at its top level: CommonJS cannot require it. The
// command imports it before the PDF renderer (src/lib/renderers.ts) and leaves it here.
const loaded = globalThis[Symbol.for('octavo.harfbuzzjs')]
if (!loaded) throw new Error('internal error: harfbuzzjs was not imported before the PDF renderer (apps/cli/src/lib/renderers.ts)')
module.exports = loaded
