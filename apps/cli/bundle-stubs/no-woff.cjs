/* global module -- a CommonJS stub for the bundle (bundle.mjs) */
// Octavo embeds TrueType fonts only: subset-font's format converter (fontverter)
// loads WOFF and WOFF2 converters it never calls for TrueType. In the bundle they
// are this stub, so their 1.3 MB of emscripten code is not loaded at start-up.
module.exports = new Proxy(
  {},
  {
    get(_, key) {
      if (key === '__esModule' || typeof key === 'symbol') return undefined
      throw new Error(`WOFF conversion (${String(key)}) is not part of octavo`)
    }
  }
)
