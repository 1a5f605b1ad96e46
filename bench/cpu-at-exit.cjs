/* global require, process -- CommonJS, preloaded with node -r */
/* eslint-disable @typescript-eslint/no-require-imports -- a preload script is CommonJS */
// Preloaded (node -r) into each octavo process that bench/cold.js times: at exit, one line on
// standard error with the CPU time of the whole process (all threads) and of its main thread
// (Linux: /proc, ticks of 10 ms), in ms. A shared machine's load inflates wall times, much less
// CPU time; the main thread's is close to the wall time on an idle machine.
const {readFileSync} = require('node:fs')

process.once('exit', () => {
  const {user, system} = process.cpuUsage()
  let main
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'latin1')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ') // after the name, which may hold spaces
    main = (Number(fields[11]) + Number(fields[12])) * 10 // utime, stime: the 14th and 15th fields
  } catch {
    // not Linux: the whole process only
  }
  process.stderr.write(`octavo-cpu ${JSON.stringify({process: Math.round((user + system) / 1000), main})}\n`)
})
