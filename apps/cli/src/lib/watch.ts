import {statSync, watch as watchFolder, type FSWatcher} from 'node:fs'
import path from 'node:path'
import type {Reporter} from './reporter.js'

/**
 * How long to wait after a change for the others of the same save (an
 * editor that truncates a file, then writes it, is seen twice): a change
 * within it waits again. When it is over, the files are looked at again
 * (`filesState`): a write whose notice has not come in yet (the timer can
 * fire before it is read) waits again too. A writer slower than this builds
 * the half-written file, then again when it is done (the rebuild that
 * follows any change during a build): the last build is always of the whole
 * file.
 */
export const SETTLE_MS = 10

/** The size and modification time of each file (or that it is absent): the same string while none of them changed. */
export function filesState(files: readonly string[]): string {
  return files
    .map((file) => {
      const stat = statSync(file, {bigint: true, throwIfNoEntry: false})
      return stat ? `${stat.size}:${stat.mtimeNs}:${stat.ino}` : '-'
    })
    .join(' ')
}

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
  /** The watched files (with the absent ones) and their state at the last change seen. */
  let watched: string[] = []
  let seen = ''

  /** `absent`: files the build looked for and did not find (a corrections file): their appearing builds again; they are not counted. */
  const arm = (files: readonly string[], absent: readonly string[] = []) => {
    for (const watcher of watchers) watcher.close()
    watchers = []
    watched = [...files, ...absent]
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
    seen = filesState(watched)
    timer = setTimeout(() => (filesState(watched) === seen ? void rebuild() : schedule()), SETTLE_MS)
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
