import {readFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {UsageError} from './errors.js'

const require = createRequire(import.meta.url)

/** The TrueType faces Octavo sets text in, from npm font packages. */
export interface FontSet {
  regular: Uint8Array
  italic: Uint8Array
  bold: Uint8Array
  boldItalic: Uint8Array
  mono: Uint8Array
  fallbacks: Uint8Array[]
}

const FONT_FILES = {
  regular: '@expo-google-fonts/eb-garamond/400Regular/EBGaramond_400Regular.ttf',
  italic: '@expo-google-fonts/eb-garamond/400Regular_Italic/EBGaramond_400Regular_Italic.ttf',
  bold: '@expo-google-fonts/eb-garamond/700Bold/EBGaramond_700Bold.ttf',
  boldItalic: '@expo-google-fonts/eb-garamond/700Bold_Italic/EBGaramond_700Bold_Italic.ttf',
  mono: 'dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf'
} as const

const FALLBACK_FILES = ['@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf', 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf']

let fonts: Promise<FontSet> | undefined

export function loadFonts(): Promise<FontSet> {
  fonts ??= (async () => {
    const read = async (id: string) => new Uint8Array(await readFile(require.resolve(id)))
    const [regular, italic, bold, boldItalic, mono, ...fallbacks] = await Promise.all([...Object.values(FONT_FILES), ...FALLBACK_FILES].map(read))
    return {regular: regular!, italic: italic!, bold: bold!, boldItalic: boldItalic!, mono: mono!, fallbacks}
  })()
  return fonts
}

/** Our Chicago notes-bibliography CSL style, shipped by `@octavo/citations`. */
export async function loadDefaultStyle(): Promise<string> {
  return readFile(require.resolve('@octavo/citations/styles/chicago-notes-bibliography.csl'), 'utf8')
}

/** Hyphenation patterns (`hyphen` package) for a BCP 47 tag; undefined when none are known. */
export async function loadHyphenation(lang: string | undefined): Promise<unknown> {
  const tag = (lang ?? 'en').toLowerCase()
  const base = tag.split('-')[0] ?? 'en'
  const candidates = [tag, base === 'en' ? 'en-us' : base, base === 'de' ? 'de-1996' : base]
  for (const candidate of candidates) {
    if (!/^[a-z]{2,3}(-[a-z0-9]+)*$/.test(candidate)) continue
    try {
      const module = (await import(`hyphen/patterns/${candidate}.js`)) as {default: unknown}
      return module.default
    } catch {
      // try the next candidate
    }
  }
  return undefined
}

/**
 * The latest `SOURCE_DATE_EPOCH` Octavo takes: 9999-12-31T23:59:59Z. PDF
 * dates (D:YYYYMMDDHHmmSS) and EPUB's dcterms:modified (CCYY-MM-DDThh:mm:ssZ)
 * have four-digit years, and the epoch counts from 1970.
 */
export const LATEST_EPOCH = Date.UTC(9999, 11, 31, 23, 59, 59) / 1000

/**
 * The build date: `SOURCE_DATE_EPOCH` (seconds since 1970) when set, so
 * that builds are reproducible; the current time otherwise. A value that is
 * not a whole number of seconds from 0 to `LATEST_EPOCH` is a usage error.
 */
export function buildDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env['SOURCE_DATE_EPOCH']
  if (epoch === undefined || epoch === '') return new Date()
  if (!/^\d+$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds, not '${epoch}'`)
  const seconds = Number(epoch)
  if (seconds > LATEST_EPOCH) throw new UsageError(`SOURCE_DATE_EPOCH must be at most ${LATEST_EPOCH} (9999-12-31T23:59:59Z, the last date PDF and EPUB can carry), not ${epoch}`)
  return new Date(seconds * 1000)
}
