/* global module, require -- a CommonJS stub for the CommonJS build of the command (bundle.mjs) */
/* eslint-disable @typescript-eslint/no-require-imports -- the point of this file */
// tinypool is an ES module: Node's require() gives its namespace, which an import of its default
// from our ES modules (Node's rules: the default of CommonJS is module.exports) would take whole.
// The command imports its default alone (src/lib/parallel.ts) and only constructs it: here it is
// a constructor that loads tinypool when a reader starts its workers, not at every start-up.
module.exports = function Tinypool(options) {
  const Pool = require('tinypool').default
  return new Pool(options)
}
