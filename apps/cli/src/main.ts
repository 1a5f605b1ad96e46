import {run} from './lib/cli.js'
import {mark} from './lib/timings.js'

// Node's start-up, and the bundle loaded and run to here.
mark('boot: node, load the bundle')

/**
 * Standard output closed by its reader (`octavo import x | head -1`): the
 * rest is not wanted, so the command ends quietly with status 0, as `cat`
 * does. Every file is written before anything is printed on standard
 * output, so no write is cut short. On standard error a closed pipe only
 * loses the messages: the command goes on.
 */
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(0)
})
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
})

// No top-level await: the bundle is also built as CommonJS (bundle.mjs), run with a code cache.
void run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stderr.isTTY === true
}).then((status) => {
  process.exitCode = status
})
