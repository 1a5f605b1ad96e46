/**
 * The worker thread of `octavo notes --jobs` (see notes-parallel.ts): notes
 * read ahead, as far as each can be read alone. Bundled on its own
 * (bundle.mjs: dist/bundle/notes-worker.mjs, with the notes model beside it):
 * a worker loads the notes reader and nothing else.
 */
import {prepareNote, type PreparedNote} from '@octavo/citations'

export function prepare(texts: readonly string[]): PreparedNote[] {
  return texts.map((text) => prepareNote(text))
}
