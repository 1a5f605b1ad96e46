/* global module, require -- a CommonJS stub for the CommonJS build of the command (bundle.mjs) */
/* eslint-disable @typescript-eslint/no-require-imports -- the point of this file */
// commander requires node:child_process when it loads, to run the executable subcommands that
// octavo does not have: here Node's module is loaded on first use, not at every start-up.
module.exports = new Proxy({}, {get: (_, name) => require('node:child_process')[name]})
