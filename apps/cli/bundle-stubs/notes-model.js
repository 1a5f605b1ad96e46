// The notes model for the bundle (bundle.mjs): the same base64 string as
// @octavo/citations' model/notes-model.js, read from a file beside the bundle
// rather than parsed as a 5 MB string literal (V8 scans a literal character by
// character: ≈ 80 ms at every start-up, against ≈ 15 ms to read the file).
import {readFileSync} from 'node:fs'

export default readFileSync(new URL('./notes-model.b64', import.meta.url), 'latin1')
