/**
 * Where a process's time goes, by stage (`OCTAVO_TIMINGS=1`): each mark ends
 * a stage, and at exit one line on standard error gives the milliseconds of
 * each stage since the previous mark (the first since Node's time origin,
 * that is the process's start-up and the loading of the bundle). `npm run
 * bench` reads it from new processes; it is not meant for users.
 */
const marks: Array<[stage: string, at: number]> = []
const on = process.env['OCTAVO_TIMINGS'] === '1'

/** The end of `stage` (a stage marked twice, as in a reader, adds up). */
export function mark(stage: string): void {
  if (!on) return
  if (marks.length === 0) process.once('exit', report)
  marks.push([stage, performance.now()])
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
}
