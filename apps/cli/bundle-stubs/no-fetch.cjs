/* global module -- a CommonJS stub for the bundle (bundle.mjs) */
// citation-js's core loads two fetch libraries (sync-fetch, node-fetch: 35
// files with their dependencies) for inputs given as URLs or DOIs, which
// octavo never gives it. In the bundle they are this stub: calling it says so.
module.exports = function noFetch() {
  throw new Error('fetching from the network is not part of octavo')
}
