// npm run bench:citations — builds the real article's citations.json and scores notes 1–48 against the gold.
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const shared = path.resolve(repo, '../shared')
const out = mkdtempSync(path.join(tmpdir(), 'octavo-bench-'))
execFileSync(process.execPath, [path.join(repo, 'apps/cli/bin/octavo.js'), 'build', path.join(shared, 'corpus/koreans-1950-1962.txt'), '-o', out, '--to', 'citations', '--quiet'], {stdio: 'inherit'})
const prediction = path.join(out, 'koreans-1950-1962.citations.json')
console.log(`citations.json: ${prediction}`)
execFileSync('python3', [path.join(shared, 'tools/score-citations.py'), path.join(shared, 'gold/koreans-1950-1962.dev.json'), prediction, '--notes', '1-48'], {stdio: 'inherit'})
const anystyle = path.join(repo, 'packages/citations/bench/anystyle.mjs')
if (existsSync(anystyle)) execFileSync(process.execPath, [anystyle], {stdio: 'inherit'})
