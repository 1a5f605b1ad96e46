/**
 * Where a process's time goes, by stage (`OCTAVO_TIMINGS=1`): each mark ends
 * a stage, and at exit one line on standard error gives the milliseconds of
 * each stage since the previous mark (the first since Node's time origin,
 * that is the process's start-up and the loading of the bundle), and on
 * Linux a second line the CPU time of the main thread in each stage (from
 * /proc, in ticks of 10 ms: a loaded machine inflates wall times, much less
 * CPU time). `npm run bench` reads them from new processes; they are not
 * meant for users.
 */
import {readFileSync} from 'node:fs'

const marks: Array<[stage: string, at: number]> = []
const cpuMarks: Array<[stage: string, at: number]> = []
const on = process.env['OCTAVO_TIMINGS'] === '1'

/** The main thread's CPU time so far in ms (user and system), undefined where /proc is not. */
function mainThreadCpu(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'latin1')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ') // after the name, which may hold spaces
    return (Number(fields[11]) + Number(fields[12])) * 10 // utime, stime: the 14th and 15th fields
  } catch {
    return undefined
  }
}

/** The end of `stage` (a stage marked twice, as in a reader, adds up). */
export function mark(stage: string): void {
  if (!on) return
  if (marks.length === 0) process.once('exit', report)
  marks.push([stage, performance.now()])
  const cpu = mainThreadCpu()
  if (cpu !== undefined) cpuMarks.push([stage, cpu])
}

/** The stages' durations in ms, in the order first marked. */
export function stageTimes(list: ReadonlyArray<readonly [string, number]> = marks): Map<string, number> {
  const times = new Map<string, number>()
  let previous = 0
  for (const [stage, at] of list) {
    times.set(stage, (times.get(stage) ?? 0) + (at - previous))
    previous = at
  }
  return times
}

function report(): void {
  mark('exit')
  process.stderr.write(`octavo-timings ${JSON.stringify(Object.fromEntries([...stageTimes()].map(([stage, ms]) => [stage, Math.round(ms * 10) / 10])))}\n`)
  if (cpuMarks.length === marks.length) process.stderr.write(`octavo-timings-cpu ${JSON.stringify(Object.fromEntries(stageTimes(cpuMarks)))}\n`)
}
