import {watch as watchFile, type FSWatcher} from 'node:fs'
import type {Reporter} from './reporter.js'

/**
 * Build, then build again whenever one of the files the last build read
 * changes (debounced), until the process is interrupted. Resolves with the
 * last build's status on SIGINT or SIGTERM.
 */
export async function watch(build: () => Promise<{status: number; files: string[]}>, reporter: Reporter): Promise<number> {
  let last = await build()
  let watchers: FSWatcher[] = []
  let timer: NodeJS.Timeout | undefined
  let building = false
  let again = false

  const arm = (files: readonly string[]) => {
    for (const watcher of watchers) watcher.close()
    watchers = []
    for (const file of new Set(files)) {
      try {
        watchers.push(watchFile(file, () => schedule()))
      } catch {
        // A file that does not exist (yet) is not watched; the build reported it.
      }
    }
    reporter.note(`watching ${watchers.length} file${watchers.length === 1 ? '' : 's'} (Ctrl-C to stop)`)
  }
  const schedule = () => {
    clearTimeout(timer)
    timer = setTimeout(() => void rebuild(), 120)
  }
  const rebuild = async () => {
    if (building) {
      again = true
      return
    }
    building = true
    reporter.note('change seen: building again')
    last = await build()
    building = false
    arm(last.files)
    if (again) {
      again = false
      schedule()
    }
  }

  arm(last.files)
  return new Promise((resolve) => {
    const stop = () => {
      clearTimeout(timer)
      for (const watcher of watchers) watcher.close()
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve(last.status)
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}
