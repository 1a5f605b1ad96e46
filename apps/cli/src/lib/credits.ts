import type {Paragraph, PhrasingContent} from 'mdast'
import type {ArticleMeta, CslName, Credits, Diagnostic, Labels} from '@octavo/parser'

/**
 * The parts of an article's attribution on a reader's credits page, in order (what CC BY asks
 * for: title, author, source, licence — TASL), each with the metadata it reads and its example.
 */
export const CREDIT_PARTS: ReadonlyArray<{name: string; example: string; part: (meta: ArticleMeta, labels: Labels) => PhrasingContent[]}> = [
  {
    name: 'title',
    example: '“Interrogating a National Narrative with GPT-2.”',
    part: (meta, labels) => [
      {type: 'emphasis', children: [{type: 'text', value: text(meta.title) || labels.untitled}]},
      {type: 'text', value: '. '}
    ]
  },
  {name: 'authors', example: 'Chantal Brousseau.', part: (meta) => (names(meta) ? [{type: 'text', value: `${names(meta)}. `}] : [])},
  {
    name: 'source',
    example: 'Source: Programming Historian (2022), https://doi.org/10.46430/phen0104.',
    part: (meta, labels) => {
      const source = sourceOf(meta)
      return source ? [{type: 'text', value: `${labels.source}: ${source}. `}] : []
    }
  },
  {
    name: 'license',
    example: 'License: CC BY 4.0.',
    part: (meta, labels) => {
      const rights = [text(meta['license']), text(meta['rights'])].filter(Boolean)
      return [{type: 'text', value: `${labels.license}: ${rights.length > 0 ? rights.join('; ') : labels.rightsNotStated}.`}]
    }
  }
]

/** The credits of a volume: one paragraph per article (`CREDIT_PARTS`); a warning for each article that names no licence or rights. */
export function creditsNode(articles: ReadonlyArray<{meta: ArticleMeta; file: string}>, labels: Labels, diagnostics: Diagnostic[]): Credits {
  const children: Paragraph[] = articles.map(({meta, file}) => {
    if (!text(meta['license']) && !text(meta['rights'])) {
      diagnostics.push({
        severity: 'warning',
        message: `${file} names no license or rights: the credits page says "${labels.rightsNotStated}" (add license: to its metadata or its reader entry's meta)`,
        source: 'cli:reader'
      })
    }
    return {type: 'paragraph', children: CREDIT_PARTS.flatMap((rule) => rule.part(meta, labels))}
  })
  return {type: 'credits', children}
}

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : ''
}

function names(meta: ArticleMeta): string {
  const list = Array.isArray(meta.author) ? meta.author : Array.isArray(meta['authors']) ? (meta['authors'] as Array<CslName | string>) : []
  const all = list.map((name) => (typeof name === 'string' ? name : (name.literal ?? [name.given, name.family].filter(Boolean).join(' ')))).filter(Boolean)
  return all.length <= 1 ? (all[0] ?? '') : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]!}`
}

/** Where the article was published: its container (journal, volume, year) and its DOI or URL. */
function sourceOf(meta: ArticleMeta): string {
  const year =
    meta.issued?.['date-parts']?.[0]?.[0] ??
    (typeof meta['date'] === 'string' || meta['date'] instanceof Date ? String(meta['date'] instanceof Date ? meta['date'].getUTCFullYear() : meta['date']).slice(0, 4) : undefined)
  const container = [text(meta['container-title']), text(meta.volume)].filter(Boolean).join(' ')
  const where = container ? `${container}${year ? ` (${year})` : ''}` : ''
  const doi = text(meta.DOI) || text(meta['doi'])
  const link = doi ? `https://doi.org/${doi.replace(/^https?:\/\/(dx\.)?doi\.org\//, '')}` : text(meta.URL) || text(meta['url'])
  return [where, link].filter(Boolean).join(', ')
}
