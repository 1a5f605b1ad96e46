#!/usr/bin/env node
// The bundled command (apps/cli/bundle.mjs): one file to load instead of ~1,000 modules.
import '../dist/bundle/octavo.js'
