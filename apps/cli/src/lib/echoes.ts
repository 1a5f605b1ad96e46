/**
 * One warning per missing figure: the CLI says why it found no image file
 * (with `--images` for a fix), and each renderer then says again that it
 * prints a placeholder. The renderers' echoes of a figure the CLI reported
 * (a renderer's warning at the same position naming the same image) are
 * dropped; a library user calling a renderer alone still gets its warning.
 */
import type {Diagnostic} from '@octavo/parser'

/** Where a diagnostic is: its file (a volume's renderers name the article's) and its line and column. */
const at = (d: Diagnostic) => (d.position ? `${d.file ?? ''}:${d.position.start.line}:${d.position.start.column}` : undefined)

/** The image a CLI image warning names: `image 'a.png' …` → `a.png`. */
function imageNamed(d: Diagnostic): string | undefined {
  return d.source === 'cli:images' ? /^image '([^']+)'/.exec(d.message)?.[1] : undefined
}

/**
 * `diagnostics` without the renderers' warnings about an image the CLI
 * already reported at that position: among them, or in `reports` (a reader's
 * articles, each diagnostic with its `file`; the volume's renderers name it too).
 */
export function dropEchoes(diagnostics: readonly Diagnostic[], reports: readonly Diagnostic[] = diagnostics): Diagnostic[] {
  const reported = new Map<string, string>()
  for (const d of reports) {
    const name = imageNamed(d)
    const where = at(d)
    if (name !== undefined && where !== undefined) reported.set(where, name)
  }
  if (reported.size === 0) return [...diagnostics]
  return diagnostics.filter((d) => {
    const where = at(d)
    const name = where === undefined ? undefined : reported.get(where)
    return !(name !== undefined && d.source?.startsWith('render-') && d.severity !== 'error' && d.message.includes(name))
  })
}
