// npm run bench:notes — accuracy of the notes reader on held-out folds, the gold notes, AnyStyle, and its speed.
// Runs packages/citations/train/bench.ts (TypeScript, through tsx); arguments are passed on (--folds 0,1,2,3,4, --quick).
import {execFileSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const citations = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../packages/citations')
execFileSync(process.execPath, ['--max-old-space-size=16000', '--import', 'tsx', 'train/bench.ts', ...process.argv.slice(2)], {cwd: citations, stdio: 'inherit'})
