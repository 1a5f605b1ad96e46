#!/usr/bin/env node
/* global require -- CommonJS (bin/package.json): no ES module loader at start-up */
/* eslint-disable @typescript-eslint/no-require-imports -- the same */
// The bundled command (apps/cli/bundle.mjs): one file to load instead of ~1,000 modules.
require('../dist/bundle/octavo.js')
