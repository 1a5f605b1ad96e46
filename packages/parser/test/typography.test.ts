import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {Nodes, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {parse, toMarkdown} from '../src/index.js'
import {QUOTE_CASES, RULES} from '../src/lib/typography-rules.js'
import {ROLES_KEPT, smartenString, smartenTree} from '../src/lib/typography.js'

const CORPUS = new URL('../../../../shared/corpus/', import.meta.url)

describe('typography rules: every rule on the examples it exists for', () => {
  for (const rule of RULES) {
    for (const example of rule.examples) {
      it(`${rule.name}: ${JSON.stringify(example.input)} (${example.lang})`, () => {
        expect(smartenString(example.input, example.lang)).toBe(example.output)
      })
    }
  }
})

describe('quotation marks: every case', () => {
  for (const example of QUOTE_CASES) {
    it(`${example.name}: ${JSON.stringify(example.input)} (${example.lang})`, () => {
      expect(smartenString(example.input, example.lang)).toBe(example.output)
    })
  }
})

describe('quotation marks read again', () => {
  it('every case read a second time, and again once ROLES_KEPT other texts have pushed it out of memory, gives its marks', () => {
    const first = QUOTE_CASES.map((example) => smartenString(example.input, example.lang))
    const again = QUOTE_CASES.map((example) => smartenString(example.input, example.lang))
    for (let i = 0; i <= ROLES_KEPT; i++) smartenString(`"other ${i}" isn't 'it'`, 'en')
    const after = QUOTE_CASES.map((example) => smartenString(example.input, example.lang))
    const want = QUOTE_CASES.map((example) => example.output)
    expect([first, again, after]).toEqual([want, want, want])
  })
})

function markdown(source: string, lang = 'en'): Root {
  const {tree} = parse(`---\nlang: ${lang}\n---\n\n${source}`, {format: 'markdown', typography: true})
  return tree
}

/** Every literal value in the tree (code, inline code, HTML) and every text, with its type. */
function values(tree: Nodes): string[] {
  const out: string[] = []
  const walk = (node: Nodes) => {
    if ('value' in node && typeof node.value === 'string') out.push(`${node.type}:${node.value}`)
    if (node.type === 'link') out.push(`url:${node.url}`)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return out
}

describe('smart typography in a tree', () => {
  it('pairs quotation marks across emphasis and links, as one run', () => {
    const tree = markdown('He called it "*the* [model](https://x.org) minority" -- twice...')
    expect(toString(tree)).toBe('He called it “the model minority” – twice…')
  })

  it('leaves code, inline code, HTML, link targets and addresses as written', () => {
    const tree = markdown(['Run `a --b "c"` and see <https://x.org/a--b> or https://x.org/it\'s--here.', '', '```', 'say "hi" -- ...', '```', '', '<b title="x--y">"bold"</b>'].join('\n'))
    const all = values(tree)
    expect(all).toContain('inlineCode:a --b "c"')
    expect(all).toContain('code:say "hi" -- ...')
    expect(all).toContain('url:https://x.org/a--b')
    expect(all).toContain('text:https://x.org/a--b')
    expect(all.some((value) => value.includes("https://x.org/it's--here"))).toBe(true)
    expect(all).toContain('html:<b title="x--y">')
  })

  it('leaves bare e-mails as written, their local part from where its characters start', () => {
    expect(smartenString('Write to a--b+c@mail.example.org -- or x.y...z@ex-ample.org...', 'en')).toBe('Write to a--b+c@mail.example.org – or x.y...z@ex-ample.org…')
    expect(smartenString('("a--b@x.org")', 'en')).toBe('(“a--b@x.org”)')
  })

  it('reads a paragraph longer than one chunk (2,000 characters) as a whole', () => {
    const tree = markdown('He said "yes" and \'no\'. '.repeat(400))
    const text = toString(tree)
    expect([...text.matchAll(/“yes” and ‘no’/g)].length).toBe(400)
    expect(text).not.toMatch(/["']/)
  })

  it('treats inline code as a word: a quotation mark before it opens, after it closes', () => {
    const tree = markdown('Type "`ls`" then.')
    expect(toString(tree)).toBe('Type “ls” then.')
  })

  it('closes a quotation before a note reference', () => {
    const tree = markdown('It was "illegal."[^1]\n\n[^1]: A note.')
    expect(toString(tree.children[0]!)).toBe('It was “illegal.”')
  })

  it('uses the language of a passage that marks one (data.lang)', () => {
    const {tree} = parse('Il dit "oui".\n\nHe said "yes".', {format: 'markdown'})
    tree.children[1]!.data = {lang: 'en'}
    smartenTree(tree, 'fr')
    expect(toString(tree.children[0]!)).toBe('Il dit «\u202Foui\u202F».')
    expect(toString(tree.children[1]!)).toBe('He said “yes”.')
  })

  it('sets image alt texts and titles, and the title in the metadata', () => {
    const {tree: titled} = parse('---\ntitle: The "Koreans" -- a history\nlang: en\n---\n\n![a "map"](m.png "the \'map\'")', {format: 'markdown', typography: true})
    expect(titled.data?.meta?.title).toBe('The “Koreans” – a history')
    const image = (titled.children[0] as {children: Nodes[]}).children[0]
    expect(image).toMatchObject({type: 'image', alt: 'a “map”', title: 'the ‘map’'})
  })

  it("sets a bibliography's entries (citeproc's text: a title's straight quotes inside the style's curly ones)", () => {
    const entry = {type: 'bibliographyEntry', id: 'x', children: [{type: 'text', value: '“Validity is concerned with "major threats.” Sage\'s book.'}]}
    const tree = {type: 'root', children: [{type: 'bibliography', title: 'Bibliography', children: [entry]}]} as Root
    smartenTree(tree, 'en')
    expect(toString(tree)).toBe('“Validity is concerned with ‘major threats.” Sage’s book.')
  })

  it('guesses the language when the metadata names none, records it, and says so', () => {
    const text = readFileSync(new URL('real/ph-fr-transcription-graphies-non-latines.md', CORPUS))
      .toString()
      .replace(/^lang:.*\n/m, '')
    const {tree, diagnostics} = parse(text, {format: 'markdown', typography: true})
    expect(tree.data?.meta?.lang).toBe('fr')
    expect(diagnostics.some((d) => d.source === 'parser:language')).toBe(true)
  })

  it('is off by default: the tree and its Markdown keep the source characters', () => {
    const source = 'He said "no" -- twice...\n'
    const {tree} = parse(source, {format: 'markdown'})
    expect(toMarkdown(tree)).toBe(source)
  })
})

/** Straight quotes and `--`/`...` left in prose (text nodes outside addresses). */
function leftovers(tree: Root): string[] {
  const found: string[] = []
  const walk = (node: Nodes) => {
    if (node.type === 'text') {
      const prose = node.value.replace(/(?:https?:\/\/|www\.)\S+/g, '')
      for (const match of prose.matchAll(/["']|(?<!-)--(?![->])|(?<!\.)\.\.\.(?!\.)/g)) found.push(prose.slice(Math.max(0, match.index - 20), match.index + 20))
    }
    if ('children' in node && node.type !== 'link') for (const child of node.children) walk(child)
  }
  walk(tree)
  return found
}

describe('the real article and lessons', {tags: ['corpus']}, () => {
  it('the plain-text article: its straight quotes all become curly (116 before)', () => {
    const source = readFileSync(new URL('koreans-1950-1962.txt', CORPUS))
    expect(leftovers(parse(source).tree).length).toBeGreaterThan(100)
    expect(leftovers(parse(source, {typography: true}).tree)).toEqual([])
  })

  const files = readdirSync(new URL('real/', CORPUS)).filter((file) => file.endsWith('.md'))
  it('the four lessons and SOURCES.md', () => expect(files).toHaveLength(5))
  for (const name of files) {
    it(`${name}: no straight quote, -- or ... left in prose`, () => {
      const {tree} = parse(readFileSync(new URL(`real/${name}`, CORPUS)), {format: 'markdown', typography: true})
      expect(leftovers(tree)).toEqual([])
    })
  }
})
