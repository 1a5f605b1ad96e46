import {watch as watchFolder, type FSWatcher} from 'node:fs'
import path from 'node:path'
import type {Reporter} from './reporter.js'

/** How long to wait after a change for the others of the same save. */
const SETTLE_MS = 30

/**
 * Build, then build again whenever one of the files the last build read
 * changes (debounced), until the process is interrupted. Resolves with the
 * last build's status on SIGINT or SIGTERM.
 *
 * The folders of the files are watched, not the files: a file that is
 * deleted, renamed away, replaced by an editor's save (written beside, then
 * renamed over) or created again is seen all the same, and a build that
 * failed because its input was missing runs again when it is back.
 */
export async function watch(build: () => Promise<{status: number; files: string[]; absent?: string[]}>, reporter: Reporter): Promise<number> {
  let last = await build()
  let watchers: FSWatcher[] = []
  let timer: NodeJS.Timeout | undefined
  let building = false
  let again = false

  /** `absent`: files the build looked for and did not find (a corrections file): their appearing builds again; they are not counted. */
  const arm = (files: readonly string[], absent: readonly string[] = []) => {
    for (const watcher of watchers) watcher.close()
    watchers = []
    const byFolder = filesByFolder([...files, ...absent])
    for (const [folder, names] of byFolder) {
      try {
        const watcher = watchFolder(folder, (_event, name) => {
          if (name === null || names.has(name.toString())) schedule()
        })
        watcher.on('error', () => watcher.close())
        watchers.push(watcher)
      } catch {
        reporter.note(`cannot watch '${folder}': it does not exist (any more)`)
      }
    }
    const count = [...filesByFolder(files).values()].reduce((sum, names) => sum + names.size, 0)
    reporter.note(`watching ${count} file${count === 1 ? '' : 's'} (Ctrl-C to stop)`)
  }
  const schedule = () => {
    clearTimeout(timer)
    timer = setTimeout(() => void rebuild(), SETTLE_MS)
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
    arm(last.files, last.absent)
    if (again) {
      again = false
      schedule()
    }
  }

  arm(last.files, last.absent)
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

/** The files' names by their folder (absolute). */
function filesByFolder(files: readonly string[]): Map<string, Set<string>> {
  const byFolder = new Map<string, Set<string>>()
  for (const file of files) {
    const absolute = path.resolve(file)
    const folder = path.dirname(absolute)
    const names = byFolder.get(folder) ?? new Set<string>()
    names.add(path.basename(absolute))
    byFolder.set(folder, names)
  }
  return byFolder
}
