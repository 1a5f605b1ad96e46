import {describe, expect, it} from 'vitest'
import {BACKREF_WORDS, backrefOf, cleanValue, FIELD_RULES, FIXED_FORMS, NUMBERING, readCitation, readNumbering, TYPE_RULES} from '../src/lib/read-citation.js'
import type {FieldSpan} from '../src/lib/model/spans.js'

/**
 * A citation as the model would label it, written with tags:
 * `<author>Hans Müller</author>, <title>Die Stadt</title>` → its text and spans.
 */
function marked(source: string): {text: string; fields: FieldSpan[]} {
  let text = ''
  const fields: FieldSpan[] = []
  const re = /<([\w-]+)>(.*?)<\/\1>/gu
  let last = 0
  for (const m of source.matchAll(re)) {
    text += source.slice(last, m.index)
    fields.push({field: m[1] as FieldSpan['field'], start: text.length, end: text.length + m[2]!.length, text: m[2]!})
    text += m[2]
    last = m.index + m[0].length
  }
  text += source.slice(last)
  return {text, fields}
}

const read = (source: string) => {
  const {text, fields} = marked(source)
  return readCitation(text, {start: 0, end: text.length, fields, confidence: 1})
}

describe('a quoted title run on past its closing mark', () => {
  it('ends there; a periodical, its volume, issue and year in brackets after it are the container’s (not a version after a name)', () => {
    const r = read('<author>John Milbank</author>, “<title>Catholic Social Teaching as Political Theology.” New Polity 3.2 [2022</title>], <page>40</page>')
    expect(r.item).toMatchObject({
      type: 'article-journal',
      title: 'Catholic Social Teaching as Political Theology',
      'container-title': 'New Polity',
      volume: '3',
      issue: '2',
      issued: {'date-parts': [[2022]]}
    })
    const docs = read('<author>Lucía Ferrer Aranda</author>, «<title>Guía de uso de vecindario», Documentación de vecindario 2.3</title>')
    expect(docs.item.volume).toBeUndefined()
    expect(docs.item.title).toBe('Guía de uso de vecindario')
  })
})

describe('URL', () => {
  it('of two links joined by a word, the first; a URL broken by spaces stays whole', () => {
    expect(read('<title>Les volumes</title>, <URL>https://patristica.net/graeca et https://example.org/pg</URL>').item.URL).toBe('https://patristica.net/graeca')
    expect(read('<title>Doc</title>, <URL><https://example.org/a></URL>').item.URL).toBe('https://example.org/a')
    expect(read('<title>Doc</title>, <URL>http://www. example.org/ a/b</URL>').item.URL).toBe('http://www. example.org/ a/b')
  })
  it('ends at a parenthesis it opens and never closes; one closed in it stays', () => {
    expect(read('<title>Guidance</title>, <URL>https://www.dfg.de/nfdi120_en.pdf(abgerufen am</URL> 04.12.2019)').item.URL).toBe('https://www.dfg.de/nfdi120_en.pdf')
    expect(read('<title>Mercury</title>, <URL>https://en.wikipedia.org/wiki/Mercury_(planet)</URL>').item.URL).toBe('https://en.wikipedia.org/wiki/Mercury_(planet)')
  })
})

describe('cleanValue', () => {
  it.each([
    ['“On Things,”', 'On Things'],
    ['„Die Stadt“,', 'Die Stadt'],
    ['« Titre »', 'Titre'],
    ['Journal of History.', 'Journal of History'],
    ['Smith & Co.', 'Smith & Co.'],
    ['(Oxford', '(Oxford'],
    ['‘You Have No Political Line of Your Own:’ Kim Il Sung', '‘You Have No Political Line of Your Own:’ Kim Il Sung'],
    ['Title: A Study', 'Title: A Study']
  ])('%s → %s', (raw, clean) => {
    expect(cleanValue(raw)).toBe(clean)
  })
})

describe('NUMBERING: volume, issue and number labels', () => {
  it.each(NUMBERING)('$variable: $example', ({variable, example}) => {
    for (const written of example.split('; ')) {
      const got = readNumbering(written, variable === 'issue' ? 'volume' : 'issue')
      expect(got[variable], written).toMatch(/^[\dIVXLC][\w/–-]*$/u)
    }
  })

  it('splits a volume and an issue written together', () => {
    expect(readNumbering('Vol. 16, No. 1', 'volume')).toEqual({volume: '16', issue: '1'})
    expect(readNumbering('16(2)', 'volume')).toEqual({volume: '16', issue: '2'})
    expect(readNumbering('12', 'issue')).toEqual({issue: '12'})
    expect(readNumbering('No. 4', 'number')).toEqual({number: '4'})
    expect(readNumbering('80 (2', 'volume')).toEqual({volume: '80', issue: '2'})
    expect(readNumbering('61. Jg.', 'volume')).toEqual({volume: '61'})
    expect(readNumbering('47, no. 2', 'volume')).toEqual({volume: '47', issue: '2'})
    expect(readNumbering('XVII, no. 3', 'volume')).toEqual({volume: 'XVII', issue: '3'})
    expect(readNumbering('2 vols.', 'volume')).toEqual({'number-of-volumes': '2'})
    expect(readNumbering('10 Bde.', 'volume')).toEqual({'number-of-volumes': '10'})
    expect(readNumbering('Heft 5, 61. Jg.', 'issue')).toEqual({issue: '5', volume: '61'})
    // `Journal of Genocide Research (8, 4), 2006`: the volume and issue in brackets, read as the issue.
    expect(readNumbering('8, 4', 'issue')).toEqual({volume: '8', issue: '4'})
    expect(readNumbering('(8, 4)', 'volume')).toEqual({volume: '8', issue: '4'})
  })
})

describe('BACKREF_WORDS', () => {
  it.each(BACKREF_WORDS)('$kind: $example', ({kind, written}) => {
    for (const word of written) expect(backrefOf(word)?.kind, word).toBe(kind)
  })

  // `CITED_AT_END` is the opcit row's written forms: each, read into the end of a short title, is taken out of it.
  it.each(BACKREF_WORDS.find((b) => b.kind === 'opcit')!.written)('%s at the end of a short title is the back-reference', (word) => {
    const r = read(`<author>Dupont</author>, <title>Histoire de Lyon, ${word}</title>, p. <page>9</page>`)
    expect(r).toMatchObject({form: 'short', shortTitle: 'Histoire de Lyon', backref: {kind: 'opcit'}})
  })

  it('an opcit form read loosely (`op.cit`, `ouv. cite`), not a word or letters that only look like one', () => {
    for (const word of ['op.cit', 'op cit', 'ouv. cite', 'a. a. O.', 'o.c.']) expect(read(`<title>Histoire de Lyon ${word}</title>`).shortTitle, word).toBe('Histoire de Lyon')
    for (const title of ['Histoire de Lyon, aaO', 'Le pays d’ oc', 'Les cités', 'Opera citata nel testo']) expect(read(`<title>${title}</title>`).item.title, title).toBe(title)
  })

  it('reads the note of a supra', () => {
    expect(backrefOf('supra note 12')).toEqual({kind: 'supra', word: 'supra note 12', note: 12})
    expect(backrefOf('Smith')).toBeUndefined()
  })
})

describe('TYPE_RULES', () => {
  /** Each rule's example as the model labels it, in the table's order. */
  const marked: readonly string[] = [
    '<author>Paul B. Anderson</author>, letter to his mother, <issued>October 10, 1920</issued>, <page>1–3</page> (<archive>PBAFP KFYA</archive>)',
    '<author>Paul B. Anderson</author>, “<title>YMCA Russian Work</title>,” interview with Donald E. Davis, <issued>September 9, 1971</issued>, <archive>KFYA</archive>',
    '“<title>Report on the Border</title>,” <issued>23 March 1953</issued>, <archive>CFMA</archive>, <archive_location>No. 118-00175-01</archive_location>',
    '<author>R. Fielding, M. Nottingham, and J. Reschke</author>, “<title>HTTP Semantics</title>,” <number>RFC 9110</number>, <issued>June 2022</issued>, <URL>https://www.rfc-editor.org/rfc/rfc9110</URL>',
    '<author>Anna Berg</author>, “<title>Die Stadt</title>” (<genre>PhD diss.</genre>, <publisher>Universität Wien</publisher>, <issued>2001</issued>)',
    '<author>Moo Jin Kim</author> et al. <title>OpenVLA: An Open-Source Vision-Language-Action Model</title>. arXiv:2406.09246, <issued>2024</issued>. <URL>https://arxiv.org/abs/2406.09246</URL>',
    '<author>Jane Doe</author>, <title>Border Trade</title>, <genre>Working Paper</genre> <number>No. 12</number> (<publisher-place>Washington, DC</publisher-place>: <publisher>Wilson Center</publisher>, <issued>2004</issued>)',
    '<author>R Core Team</author>, <title>R: A Language and Environment for Statistical Computing</title>, version 4.3 (<publisher-place>Vienna</publisher-place>: <publisher>R Foundation</publisher>, <issued>2023</issued>)',
    '<author>Rada Mihalcea and Paul Tarau</author>, “<title>TextRank: Bringing Order into Text</title>,” in <container-title>Proceedings of the 2004 Conference on Empirical Methods in Natural Language Processing</container-title> (<publisher-place>Barcelona</publisher-place>: <publisher>ACL</publisher>, <issued>2004</issued>), <page>404–11</page>',
    '<author>Paul Scharre and Michael C. Horowitz</author>, <title>Artificial Intelligence</title> (<publisher-place>Washington, DC</publisher-place>: <publisher>Center for a New American Security</publisher>, <issued>2018</issued>), <URL>https://example.org/ai.pdf</URL>',
    '<author>Deutsche Forschungsgemeinschaft</author>, <title>Einschätzungen zur Planung von Konsortien</title>, Bonn <issued>2019</issued>, <URL>https://www.dfg.de/nfdi_eg.pdf</URL>',
    '<container-title>Schweizerische Zivilprozessordnung</container-title> vom <issued>19. Dezember 2008</issued> (ZPO; <issue>SR 272</issue>)',
    '<title>Treaty on Friendship, Cooperation and Partnership between Ukraine and the Russian Federation, Concluded in Kiev May 31</title>, <issued>1997</issued>, <container-title>United Nations Treaty Series</container-title> <volume>Vol. 3007</volume>',
    '“<title>Stylometry</title>,” <container-title>Wikipedia</container-title>, accessed <accessed>4 March 2020</accessed>, <URL>https://en.wikipedia.org/wiki/Stylometry</URL>',
    '<author>Jeffrey Bigham</author>, “<title>Bias and Fairness</title>,” <container-title>Jeff’s Blog</container-title>, <issued>May 2, 2019</issued>, <URL>https://example.org/blog/2019/bias</URL>',
    '<author>Tom Simonite</author>, “<title>The Wired Guide to Quantum Computing</title>,” <container-title>Wired</container-title>, <issued>August 24, 2018</issued>, <URL>https://www.wired.com/story/wired-guide-to-quantum-computing/</URL>',
    '<author>Stephen Chen</author>, “<title>China Builds a Quantum Satellite</title>,” <container-title>South China Morning Post</container-title>, <issued>August 16, 2016</issued>, <URL>https://www.scmp.com/news/china</URL>',
    '<editor>Xinhua News Agency</editor> ed., <container-title>Neibu cankao</container-title>, <number>No. 2233</number> (<issued>18 June 1957</issued>), pp. <page>34–35</page>',
    '<container-title>New York Times</container-title>, <issued>17 May 1976</issued>, <page>43</page>',
    '“<title>Willa Cather Dies; Noted Novelist, 70</title>,” <container-title>The New York Times</container-title>, <issued>April 25, 1947</issued>, <page>21</page>, <URL>https://www.nytimes.com</URL> (a paper online, cited by its page)',
    '“<title>About the Project</title>,” <container-title>Mapping Letters</container-title>, accessed <accessed>4 March 2020</accessed>, <URL>https://example.org/mapping-letters/about</URL>',
    '<author>Dong Kunyi</author>, “<title>New Year Message</title>,” <issued>1 January 1946</issued>, in <container-title>Zhonggong Yanbian zhongyao wenjian huibian</container-title>, <volume>Vol. 1</volume>, p. <page>8</page>',
    '<author>Jeremy Atack</author>, “<title>Title</title>,” <container-title>Journal of History</container-title> <volume>34</volume>, no. <issue>2</issue> (<issued>2010</issued>): <page>171–97</page>',
    '<author>Irene Tinker</author>, “<title>Gender</title>,” in <container-title>Persistent Inequalities</container-title>, ed. <editor>Irene Tinker</editor> (<publisher-place>New York</publisher-place>: <publisher>Oxford University Press</publisher>, <issued>1990</issued>), <page>123–49</page>',
    '<author>Anna Berg</author>, „<title>Titel</title>“, <container-title>Zeitschrift für Geschichte</container-title>, <issued>1998</issued>',
    '<author>Chae-Jin Lee</author>, <title>China’s Korean Minority</title> (<publisher-place>Boulder</publisher-place>: <publisher>Westview Press</publisher>, <issued>1986</issued>)'
  ]
  const examples = Object.fromEntries(TYPE_RULES.map((r, i) => [r.type, marked[i]!]).reverse())

  it.each(TYPE_RULES.map((r, i) => ({...r, source: marked[i]})))('$type: $example', ({type, source, example}) => {
    expect(source, 'an example for every rule').toBeDefined()
    expect(source!.replace(/<[^>]+>/g, ''), 'the marked example is the rule’s').toBe(example)
    expect(read(source!).item.type).toBe(type)
  })

  it('keeps a book or an article about a treaty by its author', () => {
    expect(
      read('<author>Margaret MacMillan</author>, <title>Treaty of Versailles and Its Legacy</title> (<publisher-place>London</publisher-place>: <publisher>Murray</publisher>, <issued>2001</issued>)')
        .item.type
    ).toBe('book')
  })

  it('keeps an article whose title says it is an interview an article', () => {
    expect(read('“<title>A conversation: interview with Noam Chomsky</title>,” <container-title>The Nation</container-title>, <issued>May 2, 2019</issued>').item.type).not.toBe('interview')
  })

  it('keeps a work titled with a letter (Kafka’s `Brief an den Vater`, a letter named inside a quoted title) from being one; a letter described as its title is one', () => {
    expect(
      read('<author>Franz Kafka</author>, <title>Brief an den Vater</title> (<publisher-place>Frankfurt</publisher-place>: <publisher>Fischer</publisher>, <issued>1975</issued>)').item.type
    ).toBe('book')
    expect(
      read(
        '<author>Fulin, Rinaldo</author>. “<title>Aneddoti storici e litterari: I. Una lettera di Alessandro VI</title>.” <container-title>Archivio Veneto</container-title> I (<issued>1871</issued>), <page>156-60</page>'
      ).item.type
    ).toBe('article-journal')
    expect(read('<author>Paul B. Anderson</author>, <title>letter to Berta</title>, <issued>August 17, 1920</issued>, <archive>KFYA</archive>').item.type).toBe('personal_communication')
  })

  it('keeps a book from a press, a journal named Review cited by its year, and a work titled Encyclopedia', () => {
    expect(
      read(
        '<author>Ann Lee</author>, <title>Data</title> (<publisher-place>Cambridge, MA</publisher-place>: <publisher>MIT Press for the Institute of Data</publisher>, <issued>2018</issued>), <URL>https://example.org/d.pdf</URL>'
      ).item.type
    ).toBe('book')
    expect(read('<author>Ann Lee</author>, “<title>Prices</title>,” <container-title>Review of Economic Studies</container-title> (<issued>1990</issued>)').item.type).toBe('article-journal')
    expect(read('<author>Ann Lee</author>, <title>Encyclopedia of Birds</title> (<publisher-place>London</publisher-place>: <publisher>Collins</publisher>, <issued>1990</issued>)').item.type).toBe(
      'book'
    )
  })

  it('reads a statute named as a container as its title, its official number as its number; not a code of conduct with no official reference', () => {
    const r = read('<container-title>Schweizerische Zivilprozessordnung</container-title> vom <issued>19. Dezember 2008</issued> (ZPO; <issue>SR 272</issue>)')
    expect(r.item).toMatchObject({type: 'legislation', title: 'Schweizerische Zivilprozessordnung', number: 'SR 272'})
    expect(r.item['container-title']).toBeUndefined()
    expect(read('<title>Bürgerliches Gesetzbuch</title> (BGB) vom <issued>18. August 1896</issued>').item.type).toBe('legislation')
    expect(read('<author>Ann Lee</author>, <title>The Code of the Street</title> (<publisher-place>New York</publisher-place>: <publisher>Norton</publisher>, <issued>1999</issued>)').item.type).toBe(
      'book'
    )
  })

  it('reads a journal named Proceedings as a journal', () => {
    expect(
      read(
        '<author>Frederick Mosteller</author>, “<title>A Statistical Study of the Writing Styles of the Authors of the Federalist Papers</title>,” <container-title>Proceedings of the American Philosophical Society</container-title> <volume>131</volume>, no. <issue>2</issue> (<issued>1987</issued>): <page>132–40</page>'
      ).item.type
    ).toBe('article-journal')
  })

  it('reads a title that says it is a report as a report', () => {
    expect(
      read(
        '<author>Humber Conservancy Commissioners</author>, <title>First Report of the Commissioners Appointed to Inquire into the Humber Ferries</title> (<publisher-place>Hull</publisher-place>: <publisher>Conservancy Office</publisher>, <issued>1839</issued>)'
      ).item.type
    ).toBe('report')
    expect(read('<author>Anna Berg</author>, <title>Jahresbericht 1998</title> (<publisher-place>Wien</publisher-place>: <publisher>Böhlau</publisher>, <issued>1999</issued>)').item.type).toBe(
      'report'
    )
    expect(read('<author>Jane Doe</author>, <title>Reporting the War</title> (<publisher-place>London</publisher-place>: <publisher>Verso</publisher>, <issued>2004</issued>)').item.type).toBe('book')
  })

  it('reads a dated document in a journal issue dated by its year as a journal article, not a newspaper’s', () => {
    expect(
      read('“<title>Cable from Peng Dehuai to Mao Zedong</title>,” <issued>9 October 1950</issued>, <container-title>Dangshi wenxian</container-title>, <issue>No. 5</issue> (2000), p. <page>4</page>')
        .item.type
    ).toBe('article-journal')
    expect(read('<container-title>Neibu cankao</container-title>, <issue>No. 2233</issue> (<issued>18 June 1957</issued>), pp. <page>34–35</page>').item.type).toBe('article-newspaper')
  })

  it('reads a periodical’s number as its issue', () => {
    expect(
      read('<editor>Xinhua News Agency</editor> ed., <container-title>Neibu cankao</container-title>, <number>No. 2233</number> (<issued>18 June 1957</issued>), pp. <page>34–35</page>').item
    ).toMatchObject({type: 'article-newspaper', issue: '2233'})
  })

  it('keeps a journal introduced by `in` with a bare volume an article', () => {
    expect(
      read('<author>Anna Berg</author>, „<title>Titel</title>“, in: <container-title>Zeitschrift für Geschichte</container-title> <volume>12</volume> (<issued>1998</issued>), S. <page>3–20</page>')
        .item.type
    ).toBe('article-journal')
  })

  it('puts the pages of a document dated to the day in a collection in the locator', () => {
    const r = read(
      '<author>Yanbian diwei</author>, “<title>On Nationality Issue in Yanbian</title>,” <issued>15 August 1948</issued>, in <container-title>Zhonggong Yanbian zhongyao wenjian huibian</container-title>, <volume>Vol. 1</volume>, pp. <page>383–386</page>'
    )
    expect(r.item.type).toBe('chapter')
    expect(r.item.page).toBeUndefined()
    expect(r.locator).toBe('383–386')
  })

  it('puts an article’s range on the item and a book’s page in the locator', () => {
    const article = read(examples['article-journal']!)
    expect(article.item.page).toBe('171–97')
    expect(article.locator).toBeNull()
    const book = read(
      '<author>Chae-Jin Lee</author>, <title>China’s Korean Minority</title> (<publisher-place>Boulder</publisher-place>: <publisher>Westview Press</publisher>, <issued>1986</issued>), pp. <page>15–17</page>'
    )
    expect(book.item.page).toBeUndefined()
    expect(book.locator).toBe('15–17')
    const esp = read(
      '<author>Chong-Sik Lee</author>, “<title>Witch Hunt</title>,” <container-title>The China Quarterly</container-title>, <issue>No. 26</issue> (<issued>April–June 1966</issued>), esp. pp. <page>113–114</page>'
    )
    expect(esp.item).toMatchObject({
      issue: '26',
      issued: {
        'date-parts': [
          [1966, 4],
          [1966, 6]
        ]
      }
    })
    expect(esp.locator).toBe('113–114')
  })
})

describe('readCitation', () => {
  it('reads a year in parentheses after a volume as the date, and pages run on after a volume as pages', () => {
    const year = read('<author>David Lawton</author>, “<title>Verdi’s Revision</title>,” <container-title>Studi Verdiani</container-title>, <volume>3 (1985)</volume>, <page>79–119</page>')
    expect(year.item).toMatchObject({type: 'article-journal', volume: '3', issued: {'date-parts': [[1985]]}, page: '79–119'})
    expect(year.item.issue).toBeUndefined()
    const issue = read('<container-title>Journal of History</container-title> <volume>40 (4)</volume>')
    expect(issue.item).toMatchObject({volume: '40', issue: '4'})
    const pages = read(
      '<author>I. Meilijson</author>, "<title>On optimal right-of-way policies</title>," <container-title>Stoch. Proc. and their Appl.</container-title> <volume>6, 25-32</volume>, <issued>1977</issued>'
    )
    expect(pages.item).toMatchObject({volume: '6', page: '25–32'})
  })

  it('reads a lone word before a colon and a subtitle as the title’s first word, after an initial only', () => {
    const r = read(
      '<author>Parker, R., Miasma</author>: <title>Pollution and Purification in Early Greek Religion</title> (<publisher-place>Oxford</publisher-place>: <publisher>Oxford University Press</publisher>, <issued>1983</issued>)'
    )
    expect(r.item).toMatchObject({author: [{family: 'Parker', given: 'R.'}], title: 'Miasma: Pollution and Purification in Early Greek Religion'})
    const german = read('<author>Schmitz, Heinrich</author>: <title>Das Kellstädter Klärwerk</title>. <publisher-place>Kellstadt</publisher-place> <issued>1996</issued>')
    expect(german.item).toMatchObject({author: [{family: 'Schmitz', given: 'Heinrich'}], title: 'Das Kellstädter Klärwerk'})
  })

  it('reads the words after `Family, Given,` as the title when no title was read (titleAfterName)', () => {
    const r = read(
      '<author>Wagner, Richard, Mein Leben</author>, <editor>Eike Middell</editor> (ed.), 2 vols. (<publisher-place>Bremen</publisher-place>: <publisher>Carl Schünemann Verlag</publisher>, <issued>1986</issued>)'
    )
    expect(r.item).toMatchObject({author: [{family: 'Wagner', given: 'Richard'}], title: 'Mein Leben', editor: [{family: 'Middell', given: 'Eike'}]})
    // A list of names stays a list of names.
    const list = read('<author>Janev, R. K., Belić, D. S., & Bransden, B. H.</author> <issued>1983</issued>, <container-title>PhRvA</container-title>, <volume>28</volume>, <page>1293</page>')
    expect(list.item.author).toHaveLength(3)
    expect(list.item.title).toBeUndefined()
  })

  it('keeps no empty name list: `N. N.` is noted as written', () => {
    const r = read(
      '<author>N. N.</author>: <title>Die Schwemmkanalisation</title>. In: <container-title>Kellstädter Anzeiger</container-title>, Nr. <issue>61</issue> vom <issued>14.03.1879</issued>, S. <page>2</page>'
    )
    expect(r.item.author).toBeUndefined()
    expect(r.item.note).toBe('Author given as: N. N.')
  })

  it('gives the family name back its given name and particle read into the title (givenInTitle)', () => {
    const r = read('<author>Aschau</author>, <title>Friederike von: Der Magistrat als Unternehmer</title>. <publisher-place>Münster</publisher-place> <issued>2012</issued>')
    expect(r.item).toMatchObject({author: [{family: 'Aschau', given: 'Friederike', 'dropping-particle': 'von'}], title: 'Der Magistrat als Unternehmer'})
    // Without a particle the words may be a short title: they stay.
    expect(read('<author>Smith</author>, <title>Economics: A Study</title>, <page>4</page>').item.title).toBe('Economics: A Study')
  })

  it('reads a title with its subtitle run on into a name written first name first (subtitledAfterName)', () => {
    const r = read(
      '<author>Kate Eichhorn, Adjusted Margin</author>: <container-title>Xerography, Art, and Activism in the Late Twentieth Century</container-title> (<publisher-place>Cambridge, MA</publisher-place>: <publisher>MIT Press</publisher>, <issued>2016</issued>), p. <page>47</page>'
    )
    expect(r.item).toMatchObject({type: 'book', author: [{family: 'Eichhorn', given: 'Kate'}], title: 'Adjusted Margin: Xerography, Art, and Activism in the Late Twentieth Century'})
    expect(r.item['container-title']).toBeUndefined()
    // Inverted (`Family, Given:`), the words after the comma are the given name.
    expect(read('<author>Eichhorn, Kate</author>: <container-title>Adjusted Margin</container-title>, <issued>2016</issued>').item.author).toEqual([{family: 'Eichhorn', given: 'Kate'}])
  })

  it('reads a report series named before its number in a volume', () => {
    const r = read('<author>Hazel Smith</author>, “<title>Explaining Migration</title>,” <volume>NKIDP e-Dossier No. 11</volume>, p. <page>1</page>')
    expect(r.item).toMatchObject({type: 'report', 'collection-title': 'NKIDP e-Dossier', number: '11'})
    // Words that name no series stay out.
    expect(read('<author>Anna Berg</author>, „<title>Titel</title>“, <container-title>Zeitschrift</container-title> <volume>Jahrgang 3 Nr. 4</volume>').item['collection-title']).toBeUndefined()
  })

  it('reads an editor read as the first part of a container as the editor (editorBeforeContainer)', () => {
    const r = read(
      '<author>Xu Mingxun</author>, “<title>Korean People Democratic League</title>,” in <container-title>Zhongguo Chaoxianzu lishi zuji bianji weiyuanhui</container-title>, ed., <container-title>Shengli: Zhongguo Chaoxianzu lishi zuji congshu</container-title>, <volume>Vol. 5</volume> (<publisher-place>Beijing</publisher-place>: <publisher>Minzu Chubanshe</publisher>, <issued>1992</issued>), p. <page>135</page>'
    )
    expect(r.item).toMatchObject({type: 'chapter', editor: [{literal: 'Zhongguo Chaoxianzu lishi zuji bianji weiyuanhui'}], 'container-title': 'Shengli: Zhongguo Chaoxianzu lishi zuji congshu'})
  })

  it('reads the number of a collection of documents as its volume, and a document dated to the month in it cited by its pages (collectionVolume)', () => {
    const r = read(
      '<author>Zhou Baozhong</author>, “<title>On Korean Nationals in Yanbian</title>,” <issued>December 1946</issued>, in <editor>Yanbian dang’anju</editor>, ed., <container-title>Zhonggong Yanbian zhongyao wenjian huibian</container-title>, <issue>No. 1</issue> (<medium>typescript</medium>, <issued>1985</issued>), pp. <page>332–333</page>'
    )
    expect(r.item).toMatchObject({type: 'chapter', volume: '1', 'container-title': 'Zhonggong Yanbian zhongyao wenjian huibian'})
    expect(r.item.issue).toBeUndefined()
    expect(r.item.page).toBeUndefined()
    expect(r.locator).toBe('332–333')
    // A chapter dated by its year keeps its page range; a journal's number stays its issue.
    const chapter = read(
      '<author>Irene Tinker</author>, “<title>Gender</title>,” in <container-title>Persistent Inequalities</container-title>, ed. <editor>Irene Tinker</editor> (<publisher-place>New York</publisher-place>: <publisher>Oxford University Press</publisher>, <issued>1990</issued>), <page>123–49</page>'
    )
    expect([chapter.item.page, chapter.locator]).toEqual(['123–49', null])
    // Dated to the month after the container: the periodical's date, and its page range the item's.
    const dated = read(
      '<author>Hans Baron</author>, <title>The Anti-Florentine Discourses</title>, in «<container-title>Speculum</container-title>», <issued>July 1952</issued>, <volume>vol. XXVII</volume>, pp. <page>323-342</page>'
    )
    expect([dated.item.page, dated.locator]).toEqual(['323–342', null])
    const article = read(
      '<author>Li Danhui</author>, “<title>An Historical Investigation</title>,” <container-title>Zhonggong dangshi ziliao</container-title>, <issue>No. 4</issue> (<issued>1999</issued>), pp. <page>1–8</page>'
    )
    expect(article.item).toMatchObject({type: 'article-journal', issue: '4'})
    // With no editor, no collection of documents: the number stays the issue, whatever the type.
    const edited = read(
      '<author>M. Dabène</author>, « <title>Un modèle didactique</title> », <container-title>Repères</container-title>, <issue>n° 4</issue>, <publisher>INRP</publisher>, <issued>1991</issued>, p. <page>9-22</page>'
    )
    expect([edited.item.issue, edited.item.volume]).toEqual(['4', undefined])
  })

  it('ends a title at the guillemet that closes it, past the French space, and reads the book it is in after it', () => {
    const r = read('Id., « <title>Entre mémoire et histoire », dans Les lieux de mémoire</title>, op. cit., p. <page>XVII</page>')
    expect(r.item).toMatchObject({title: 'Entre mémoire et histoire', 'container-title': 'Les lieux de mémoire'})
  })

  it('reads an archive read as the author or title before its call number as the archive (archiveNamedFirst)', () => {
    expect(read('<author>AD Rhône</author>, <archive_location>4 M 283</archive_location>, <title>procès-verbal de la gendarmerie</title>, <issued>3 mars 1831</issued>').item).toMatchObject({
      type: 'manuscript',
      archive: 'AD Rhône',
      archive_location: '4 M 283',
      title: 'procès-verbal de la gendarmerie'
    })
    expect(
      read('<title>Archives nationales (désormais AN</title>), <archive_location>F/7/12345, dossier 3</archive_location>, <title>rapport du préfet</title>, <issued>12 mai 1805</issued>').item
    ).toMatchObject({archive: 'AN', title: 'rapport du préfet', note: 'Archive given as: Archives nationales (désormais AN)'})
    // A person before a call number stays the author.
    expect(read('<author>Anna Berg</author>, <title>Letters</title>, <archive_location>MS 12</archive_location>').item.author).toEqual([{family: 'Berg', given: 'Anna'}])
  })

  it('reads the French back-references ouvr. cité and thèse citée', () => {
    for (const w of ['ouvr. cité', 'thèse citée', 'art. cité'])
      expect(read(`<author>Garnier</author>, <title>Naviguer et commercer, ${w}</title>, p. <page>230</page>`)).toMatchObject({
        form: 'short',
        shortTitle: 'Naviguer et commercer',
        backref: {kind: 'opcit'}
      })
  })

  it('reads an Italian article whose title ran on into its journal in guillemets', () => {
    const r = read(
      '<author>Luca Serafini</author>, <title>Il sale della laguna. Produzione e fisco, «Rivista di storia adriatica</title>», <volume>XII</volume> (<issued>1986</issued>), <issue>2</issue>, pp. <page>145-180</page>'
    )
    expect(r.item).toMatchObject({
      type: 'article-journal',
      title: 'Il sale della laguna. Produzione e fisco',
      'container-title': 'Rivista di storia adriatica',
      volume: 'XII',
      issue: '2',
      page: '145–180'
    })
  })

  it('reads a one-word title read into the names before an imprint', () => {
    expect(read('<author>Jane Doe, Water</author> (<publisher-place>London</publisher-place>: <publisher>Penguin</publisher>, <issued>2001</issued>)').item).toMatchObject({
      author: [{family: 'Doe', given: 'Jane'}],
      title: 'Water'
    })
    // With no imprint, an inverted name stays a name.
    expect(read('<author>Morcillo Sanz, Elena</author>, p. <page>5</page>').item.title).toBeUndefined()
  })

  it('reads `Id., Title cit.` as a short form of the author’s work', () => {
    const r = read('<abbrev>Id.</abbrev>, <title>Dazi e gabelle cit.</title>, p. <page>50</page>')
    expect(r).toMatchObject({form: 'short', shortTitle: 'Dazi e gabelle', backref: {kind: 'idem'}})
  })

  it('reads a title after a series word as the series (coll. «…», Reihe, collana)', () => {
    const r = read(
      '<author>G. Duby</author>, <title>Guerriers et paysans</title>, <publisher-place>Paris</publisher-place>, <publisher>Gallimard</publisher>, <issued>1973</issued> (coll. « <title>Bibliothèque des histoires</title> »)'
    )
    expect(r.item).toMatchObject({type: 'book', title: 'Guerriers et paysans', 'collection-title': 'Bibliothèque des histoires'})
    expect(r.item['container-title']).toBeUndefined()
    // A second title with no series word is the container, as before.
    expect(read('<author>Anna Berg</author>, „<title>Titel</title>“, in: <title>Sammelband</title>, <publisher-place>Wien</publisher-place> <issued>2001</issued>').item['container-title']).toBe(
      'Sammelband'
    )
  })

  it('reads a page written after a day’s date as the page, not part of the date', () => {
    const r = read('“<title>The Hessle Ferry Once More</title>,” <container-title>Beverley Chronicle and Humber Intelligencer</container-title>, <issued>2 September 1848, 2</issued>')
    expect(r.item).toMatchObject({type: 'article-newspaper', issued: {'date-parts': [[1848, 9, 2]]}})
    expect(r.locator).toBe('2')
    // A year and a number are no day and page (`1848, 2` is a volume's year and its number, read as a date).
    expect(read('<title>Annals</title>, <issued>1848, 2</issued>').locator).toBeNull()
  })

  it('reads a date span that ran on past its date: pages after a day, the rest a note (dateRunOn)', () => {
    expect(read('“<title>Mrs. Brookfield</title>,” <container-title>The New York Times Book Review</container-title>, <issued>18 November 1905. 779</issued>')).toMatchObject({
      item: {issued: {'date-parts': [[1905, 11, 18]]}},
      locator: '779'
    })
    expect(read('“<title>Upton Sinclair, Author, Dead</title>” <container-title>The New York Times</container-title>, <issued>November 26, 1968, 1, 34</issued>').locator).toBe('1, 34')
    expect(read('“<title>PEP 8</title>.” <issued>July 5, 2001. Updated July 2013</issued>').item).toMatchObject({issued: {'date-parts': [[2001, 7, 5]]}, note: 'Updated July 2013'})
    expect(read('“<title>Iraq War Logs</title>,” <issued>December 10, 2010 (Update April 2012)</issued>').item).toMatchObject({issued: {'date-parts': [[2010, 12, 10]]}, note: 'Update April 2012'})
    // A page range after a year is the pages; `n.d.` after a date says nothing more.
    expect(
      read('“<title>The US Current Account Deficit</title>”, <container-title>Journal of Monetary Economics</container-title>, <volume>53</volume>, <issued>2006, 1063-1093</issued>').item
    ).toMatchObject({
      issued: {'date-parts': [[2006]]},
      page: '1063–1093'
    })
    expect(read('<title>Truman Inaugural Address</title>. <issued>January 20, 1949. n.d</issued>').item.note).toBeUndefined()
  })

  it('reads the names of an author–date reference labeled as its date (namesBeforeYear)', () => {
    expect(read('<issued>Gould 1966</issued>, S. <page>6</page>')).toMatchObject({item: {author: [{family: 'Gould'}], issued: {'date-parts': [[1966]]}}, locator: '6'})
    expect(read('<issued>Müller / Pfisterer 2011</issued>, S. <page>3</page>').item.author).toEqual([{family: 'Müller'}, {family: 'Pfisterer'}])
    // A date that reads as one stays a date; a citation with names keeps its date as it is.
    expect(read('<title>Border Trade</title>, <issued>April 1966</issued>').item).toMatchObject({issued: {'date-parts': [[1966, 4]]}})
    expect(read('<title>Border Trade</title>, <issued>April 1966</issued>').item.author).toBeUndefined()
    expect(read('<author>Smith</author>, <issued>Gould 1966</issued>').item.author).toEqual([{family: 'Smith'}])
  })

  it('reads a number in brackets inside the page range before it as the page cited (pinpointInBrackets)', () => {
    const r = read(
      '“<title>Centrality and Network Flow</title>”, <container-title>Social Networks</container-title> <volume>27</volume> (<issued>2005</issued>): <page>55-71</page> (<issue>61</issue>)'
    )
    expect(r.item).toMatchObject({page: '55–71', volume: '27'})
    expect(r.item.issue).toBeUndefined()
    expect(r.locator).toBe('61')
    expect(
      read('“<title>Women</title>”, <container-title>Journal of British Studies</container-title> <volume>39</volume> (<issued>2000</issued>): <page>8-33</page> (<issue>8</issue>)').locator
    ).toBe('8')
    // Outside the range it stays what it was read as.
    expect(read('“<title>Flow</title>”, <container-title>Social Networks</container-title> <volume>27</volume>: <page>55-71</page> (<issue>3</issue>)').item.issue).toBe('3')
  })

  it('reads a German law journal citation: journal, year, first page, the page cited in brackets (lawJournal)', () => {
    // as the model reads it: the title running on into the journal, the pages as dates
    const r = read('<author>Hacker</author>, <title>Schutz von KI-Trainingsdaten, GRUR 2020</title>, <issued>1025</issued> (<issued>1028</issued>)')
    expect(r.item).toMatchObject({type: 'article-journal', title: 'Schutz von KI-Trainingsdaten', 'container-title': 'GRUR', page: '1025', issued: {'date-parts': [[2020]]}})
    expect(r.locator).toBe('1028')
    expect(read('<author>Müller</author>, <title>Die Haftung</title>, NJW <issued>2010</issued>, <page>77</page>').item['container-title']).toBe('NJW')
    // a title in capitals with a year and pages is no journal once a container is read
    expect(read('<author>Lee</author>, <title>Data</title>, <container-title>Nature</container-title> <volume>5</volume> (<issued>2010</issued>), <page>77</page>').item['container-title']).toBe(
      'Nature'
    )
  })

  it('reads a part of the work read as the title of an Ibid. as its locator (partAfterIbid)', () => {
    const r = read('<abbrev>Ibid.</abbrev>, <title>Section 1.5.1 (Encapsulation)</title>')
    expect(r.form).toBe('ibid')
    expect({locator: r.locator, label: r.label}).toEqual({locator: '1.5.1', label: 'section'})
    expect(read('<abbrev>Ebd.</abbrev>, <title>Kap. 3</title>').locator).toBe('3')
    const paged = read('<abbrev>Ibid.</abbrev>, <title>Section 1.2 (The Network Edge)</title>, pp. <page>18–42</page>')
    expect({form: paged.form, locator: paged.locator, label: paged.label}).toEqual({form: 'ibid', locator: '18–42', label: 'page'})
    // a title after Ibid. that names no part stays (a short form of another work)
    expect(read('<abbrev>Ibid.</abbrev>, <title>Sections of Society</title>').item.title).toBe('Sections of Society')
  })

  it('reads numbers read as the volume or as nothing before pages, after a title or an Ibid., as the first pages of the list (pageListedFirst)', () => {
    expect(read('<abbrev>Ibid.</abbrev>, <volume>6</volume>, <page>10</page>').locator).toBe('6, 10')
    expect(read('<author>Freeman</author>, “<title>The Good Ministrye</title>”, <volume>13</volume>, <page>15-17</page>, <page>24</page>').locator).toBe('13, 15–17, 24')
    // A volume named as one, in roman numerals, or of a journal stays the volume.
    expect(read('<abbrev>Ibid.</abbrev>, vol. <volume>6</volume>, <page>10</page>').locator).toBe('10')
    expect(read('<abbrev>Ibid.</abbrev>, <volume>II</volume>, <page>45</page>').locator).toBe('45')
    expect(read('“<title>Flow</title>”, <container-title>Social Networks</container-title>, <volume>27</volume>, <page>55-71</page>').item.volume).toBe('27')
    expect(read('<title>Learning. Machine Learning</title>, <volume>6</volume>, <page>37-66</page>, <issued>1991</issued>').item.volume).toBe('6')
    expect(read('Pellegrini, “<title>Giornale</title>”, <volume>22</volume>, <page>pp. 206-11</page>').item.volume).toBe('22')
    // with their label, after an Ibid. with no comma (`ebd. Rn. 18, 20`)
    expect(read('<author>Schulze</author>, <abbrev>ebd.</abbrev> Rn. 18, <page>20</page>')).toMatchObject({locator: '18, 20', label: 'paragraph'})
    // Read as nothing before the page (a note whose italics are known): the same list.
    expect(read('<abbrev>Ibid.</abbrev>, 6, <page>10</page>').locator).toBe('6, 10')
    expect(read('<author>Freeman</author>, “<title>The Good Ministrye</title>”, <volume>13</volume>, 15-17, <page>24</page>').locator).toBe('13, 15–17, 24')
    // Bluebook's `at` before the list.
    expect(read('<abbrev>Id.</abbrev> at 2, 5, <page>12</page>').locator).toBe('2, 5, 12')
  })

  it('reads pages joined by commas after an imprint in brackets as one list (pagesAfterImprint)', () => {
    const r = read(
      '<author>Aleksandr Solzhenitsyn</author>, <title>The Gulag Archipelago</title>, vol. <volume>1</volume> (<publisher-place>New York</publisher-place>: <publisher>Harper Perennial</publisher>, <issued>2007</issued>), 13, 15, <page>130</page>'
    )
    expect(r.locator).toBe('13, 15, 130')
    expect(r.item.volume).toBe('1')
    // Numbers with no bracket before them are not taken (`Journal 12, 3, 45`: an issue perhaps).
    expect(read('<container-title>Journal</container-title> <volume>12</volume>, 3, <page>45</page>').locator).toBe('45')
    // A journal's year in brackets is no imprint: its volume stays out of the pages.
    expect(read('<container-title>Journal of General Virology</container-title> (<issued>2002</issued>), 83, <page>2475–2483</page>').item.page).toBe('2475–2483')
  })

  it('reads `et seq.` after a page as the page’s, as `ff.` (followingPages)', () => {
    expect(
      read(
        '<author>R. Chapus</author>, <title>Droit du contentieux administratif</title>, <publisher-place>Paris</publisher-place>: <publisher>Montchrestien</publisher> <issued>2001</issued>, <page>p. 187</page> et seq.'
      ).locator
    ).toBe('187 et seq.')
    expect(read('<author>Müller</author>, <title>Die Stadt</title>, <publisher-place>Berlin</publisher-place> <issued>1990</issued>, <page>S. 12</page> ff.').locator).toBe('12 ff.')
  })

  it('reads a title and its container joined by `in:` in one span as both (titleInColon)', () => {
    const r = read('<author>Paul A. David</author>: <container-title>Common Agency Contracting, in: The American Economic Review</container-title> <volume>88</volume> (<issued>1998</issued>)')
    expect(r.item).toMatchObject({title: 'Common Agency Contracting', 'container-title': 'The American Economic Review', volume: '88'})
    // A span with a container of its own beside it stays as read.
    const two = read('<title>Nacktheit, in: Der Göttliche</title>, <container-title>Katalog</container-title>')
    expect(two.item.title).toBe('Nacktheit, in: Der Göttliche')
    // `, in` with no colon, `, en`, `, dans` before a capital or a quotation mark join the same way …
    expect(read('<author>Boni G.</author>, <title>Sostruzioni e macerie, in Il campanile di San Marco</title>, <publisher-place>Venezia</publisher-place> <issued>1912</issued>').item).toMatchObject({
      title: 'Sostruzioni e macerie',
      'container-title': 'Il campanile di San Marco'
    })
    expect(read('<author>Ana García</author>, <title>La villa, en «Revista de Historia»</title>, <issued>1990</issued>').item).toMatchObject({
      title: 'La villa',
      'container-title': 'Revista de Historia'
    })
    // … but `in` before a word in lower case is the title's own.
    expect(read('<author>Ana Berg</author>, <title>Women, in particular widows</title>, <issued>1990</issued>').item.title).toBe('Women, in particular widows')
  })

  it('reads the last name of a list written first name first, read into the title, as an author (lastNameInTitle)', () => {
    const r = read('<author>Jeremy Freese</author>, <title>David Peterson: Replication in Social Science, in: Annual Review of Sociology</title> <volume>43</volume> (<issued>2017</issued>)')
    expect(r.item.author).toEqual([
      {family: 'Freese', given: 'Jeremy'},
      {family: 'Peterson', given: 'David'}
    ])
    expect(r.item).toMatchObject({title: 'Replication in Social Science', 'container-title': 'Annual Review of Sociology'})
    // A title whose subtitle starts in lower case, or a title with a subtitle and no `in:`: the title's.
    expect(read('<author>Philippe Moreau Defarges</author>, <title>Après Nice: vers un gouvernement fédéral?, in: Politique Etrangère</title>').item.author).toHaveLength(1)
    expect(read('<author>Colin Turner, Hasan Horkuc</author>, <title>Said Nursi : Makers of Islamic Civilization</title>, <publisher-place>Oxford</publisher-place>').item.author).toHaveLength(2)
    expect(
      read('<author>John Smith</author>, <title>Digital History: A Guide</title> (<publisher-place>London</publisher-place>: <publisher>Penguin</publisher>, <issued>2001</issued>)').item.title
    ).toBe('Digital History: A Guide')
  })

  it('reads a name before a colon opened by a given name a reader knows as the last author, with no `in:` (lastNameInTitle)', () => {
    const r = read('<author>Benedikt Fecher</author>, <title>Sönke Friesike: Open Science. One Term, Five Schools of Thought</title>, <publisher>Springer</publisher>, <issued>2014</issued>')
    expect(r.item.author).toEqual([
      {family: 'Fecher', given: 'Benedikt'},
      {family: 'Friesike', given: 'Sönke'}
    ])
    expect(r.item.title).toBe('Open Science. One Term, Five Schools of Thought')
    // A place or a word before the colon stays the title's.
    expect(read('<author>Anna Berg</author>, <title>Venice Again: A City and Its Lagoon</title>, <issued>2014</issued>').item.author).toHaveLength(1)
  })

  it('reads given names a reader knows and a colon after one family name as the author’s (givenBeforeColon)', () => {
    const r = read('<author>Wilde</author>, <title>Johannes: Michelangelo. Six Lectures</title>, <publisher-place>Oxford</publisher-place> <issued>1978</issued>')
    expect(r.item.author).toEqual([{family: 'Wilde', given: 'Johannes'}])
    expect(r.item.title).toBe('Michelangelo. Six Lectures')
    // A title that opens with a word and a colon stays whole.
    expect(read('<author>Berg</author>, <title>Berlin: Eine Stadt</title>, <issued>1978</issued>').item.title).toBe('Berlin: Eine Stadt')
  })

  it('reads names ended by a possessive before a title as the authors (possessiveNames)', () => {
    expect(
      read("See <title>Charles Taylor's A Secular Age</title> (<publisher-place>Cambridge, MA</publisher-place>: <publisher>Harvard University Press</publisher>, <issued>2007</issued>)").item
    ).toMatchObject({
      author: [{family: 'Taylor', given: 'Charles'}],
      title: 'A Secular Age'
    })
    // The rest of a list whose first name was read as the author; OCR's spaced initials.
    expect(read("<author>Craig Calhoun</author>, <title>Mark Juergensmeyer, and Jonathan VanAntwerpen's Rethinking Secularism</title> (<issued>2011</issued>)").item).toMatchObject({
      author: [
        {family: 'Calhoun', given: 'Craig'},
        {family: 'Juergensmeyer', given: 'Mark'},
        {family: 'VanAntwerpen', given: 'Jonathan'}
      ],
      title: 'Rethinking Secularism'
    })
    expect(read("<title>G . Soliday's History of the Family</title> (<issued>1980</issued>)").item).toMatchObject({author: [{family: 'Soliday', given: 'G.'}], title: 'History of the Family'})
    // A title with a possessive stays whole: one word, no given name a reader knows, or names before it.
    expect(read("<title>Foucault's Pendulum</title> (<issued>1988</issued>)").item.title).toBe("Foucault's Pendulum")
    expect(read("<title>Nobody Owens's Graveyard Book</title> (<issued>2008</issued>)").item.title).toBe("Nobody Owens's Graveyard Book")
    expect(read("<author>Umberto Eco</author>, <title>Charles Darwin's Beagle</title> (<issued>1990</issued>)").item).toMatchObject({
      author: [{family: 'Eco', given: 'Umberto'}],
      title: "Charles Darwin's Beagle"
    })
  })

  it('reads names with a spaced dash in a web citation with no title as the page’s title and its site (dashedPageTitle)', () => {
    const r = read('<author>Deutscher Bundestag - Gastredner, Deutscher Bundestag</author>, o. D., <URL>https://www.bundestag.de/gastredner</URL>')
    expect(r.item).toMatchObject({type: 'webpage', title: 'Deutscher Bundestag - Gastredner', 'container-title': 'Deutscher Bundestag'})
    expect(r.item.author).toBeUndefined()
    // Persons on both sides of the dash, or a citation with no URL or with a title, keep their names.
    expect(read('<author>Hans Müller - Anna Berg</author>, <URL>https://example.org/x</URL>').item.author).toHaveLength(2)
    expect(read('<author>Deutscher Bundestag - Gastredner</author>, <issued>2020</issued>').item.title).toBeUndefined()
  })

  it('reads a name after a quoted title’s closing mark, in its span, as the container', () => {
    const r = read(
      '<author>S. Ankit</author>, “<title>How to simulate Verilog models on macOS”, Medium</title>, <issued>el 18 de septiembre de 2020</issued>. <URL>https://saiankit.medium.com/x</URL>'
    )
    expect(r.item).toMatchObject({title: 'How to simulate Verilog models on macOS', 'container-title': 'Medium'})
    // Words with a number, or a sentence, after the mark are not a container.
    expect(read('<author>S. Ankit</author>, “<title>How to simulate”, Vol. 3</title>, <issued>2020</issued>').item['container-title']).toBeUndefined()
  })

  it('keeps a place inside a quoted title the title’s', () => {
    const r = read(
      '<author>Eleanor Robson</author>, “<title>Tablets in the Ashmolean Museum, Oxford</title>,” <container-title>SCIAMVS</container-title> <volume>5</volume> (<issued>2004</issued>): <page>2–65</page>'
    )
    expect(r.item).toMatchObject({type: 'article-journal', title: 'Tablets in the Ashmolean Museum, Oxford'})
    expect(r.item['publisher-place']).toBeUndefined()
    // Not quoted, a known place after the title is the imprint's.
    expect(read('<author>Ugo Foscolo</author>, <title>Epistolario, Firenze</title>, <publisher>Le Monnier</publisher>, <issued>1949</issued>').item['publisher-place']).toBe('Firenze')
  })

  it('reads a document named by its kind, read as a person, as its title (kindAsTitle)', () => {
    const r = read('<author>Fact-Finding Report</author>, <issued>09 June 2021</issued>, at <page>1</page>')
    expect(r.item.title).toBe('Fact-Finding Report')
    expect(r.item.author).toBeUndefined()
    expect(read('<author>Abschlussbericht</author>, <issued>2019</issued>').item.title).toBe('Abschlussbericht')
    // A person, or names with a title, stay names.
    expect(read('<author>Anna Berg</author>, <issued>2019</issued>').item.author).toEqual([{family: 'Berg', given: 'Anna'}])
    expect(read('<author>Jane Report</author>, <title>Minutes</title>, <issued>2019</issued>').item.author).toEqual([{family: 'Report', given: 'Jane'}])
  })

  it('reads an editor’s mark after a name’s suffix (`John Witte, Jr., ed.`)', () => {
    const r = read(
      '<author>John Witte, Jr.</author>, ed., “<title>Pluralism and Proselytism</title>,” <container-title>Journal of Ecumenical Studies</container-title> <volume>36</volume> (<issued>1999</issued>)'
    )
    expect(r.item.editor).toEqual([{family: 'Witte', given: 'John', suffix: 'Jr'}])
    expect(r.item.author).toBeUndefined()
    expect(read('<author>Martin Luther King, Jr.</author>, “<title>Letter from Birmingham Jail</title>,” <issued>1963</issued>').item.author).toEqual([
      {family: 'King', given: 'Martin Luther', suffix: 'Jr'}
    ])
  })

  it('reads a piece written unlike a first name with initials as the title’s start (titleAfterInitialledName)', () => {
    expect(read('<author>A. Bolaffi, Cuore Tedesco</author>. <title>Il modello Germania</title>, <publisher-place>Roma</publisher-place>, <issued>2013</issued>').item).toMatchObject({
      author: [{family: 'Bolaffi', given: 'A.'}],
      title: 'Cuore Tedesco. Il modello Germania'
    })
    // Names written alike, a given name a reader knows, or a family name whose initials follow stay names.
    expect(read('<author>J. Smith, K. Jones</author>, <title>Histories</title>').item.author).toHaveLength(2)
    expect(read('<author>A. Berg, Hans Ott</author>, <title>Histories</title>').item.author).toHaveLength(2)
    expect(read('<author>T. Mitchell, Utgoff, P.</author>, <title>Learning</title>').item.author).toHaveLength(2)
  })

  it('reads the second name of a list written family name first, read into the title, as an author (invertedNameInTitle)', () => {
    const r = read(
      '<author>Müller, Jan Dirk</author>, <title>Pfisterer, Ulrich, Vorrede</title>, in: <editor>Dies./Bleuler, Anna Kathrin</editor> (Hrsg.), <container-title>Aemulatio</container-title>, <publisher-place>Berlin</publisher-place> <issued>2011</issued>'
    )
    expect(r.item.author).toEqual([
      {family: 'Müller', given: 'Jan Dirk'},
      {family: 'Pfisterer', given: 'Ulrich'}
    ])
    expect(r.item.title).toBe('Vorrede')
    expect(r.item.editor).toHaveLength(3)
    // No `in:` after it: the title's (`Paris, Texas, a film`).
    expect(read('<author>Wenders, Wim</author>, <title>Paris, Texas, ein Film</title>, <publisher-place>Berlin</publisher-place> <issued>1984</issued>').item.title).toBe('Paris, Texas, ein Film')
  })

  it('reads a year in square brackets before the date of the edition cited as the original date (firstPublished)', () => {
    const r = read(
      '<author>Gilles Deleuze</author>, "<title>Postskriptum</title>" [<issued>1990</issued>], in: <container-title>Unterhandlungen</container-title> (<publisher-place>Frankfurt a. M.</publisher-place>: <publisher>Suhrkamp</publisher>, <issued>1993</issued>)'
    )
    expect(r.item).toMatchObject({issued: {'date-parts': [[1993]]}, 'original-date': {'date-parts': [[1990]]}})
    // Alone, a year in brackets is the date.
    expect(read('<author>Gilles Deleuze</author>, <title>Postskriptum</title> [<issued>1990</issued>]').item.issued).toEqual({'date-parts': [[1990]]})
  })

  it('reads two family names of a Spanish name when the note around the citation is Spanish', () => {
    const note = 'Sobre los primeros años de Franco, véase Carlos Blanco Escolá, La incompetencia militar de Franco, pp. 80-103.'
    const start = note.indexOf('Carlos')
    const fields: FieldSpan[] = [
      {field: 'author', start, end: start + 'Carlos Blanco Escolá'.length, text: 'Carlos Blanco Escolá'},
      {field: 'title', start: note.indexOf('La incompetencia'), end: note.indexOf(', pp.'), text: 'La incompetencia militar de Franco'}
    ]
    const r = readCitation(note, {start, end: note.length - 1, fields, confidence: 0.9})
    expect(r.item.author).toEqual([{family: 'Blanco Escolá', given: 'Carlos'}])
  })

  it('reads the editors written before a book’s title in the container, without their mark (editorsOpenContainer)', () => {
    const r = read('<author>Gerd Ueberschär</author>, «<title>Hitlers Entschluß</title>», en <container-title>Ueberschär y Wette, Der deutsche Überfall</container-title>, págs. <page>28-29</page>')
    expect(r.item).toMatchObject({type: 'chapter', editor: [{family: 'Ueberschär'}, {family: 'Wette'}], 'container-title': 'Der deutsche Überfall'})
    const etAl = read(
      '<author>Jürgen Förster</author>, «<title>Hitlers Entscheidung</title>», en <container-title>Boog et al</container-title>., <container-title>Der Angriff auf die Sowjetunion</container-title>'
    )
    expect(etAl.item).toMatchObject({editor: [{family: 'Boog'}], 'container-title': 'Der Angriff auf die Sowjetunion'})
    // Nouns joined by `und` are a title's (`Technik und Gesellschaft, Jahrbuch 10`); one name alone may be a journal's: the container stays.
    expect(read('<author>Knie, Andreas</author>: <title>Plan</title>, in: <container-title>Technik und Gesellschaft, Jahrbuch 10</container-title>').item.editor).toBeUndefined()
    expect(read('<author>Anna Berg</author>, “<title>Ports</title>,” in <container-title>Speculum, Journal of Medieval Studies</container-title> <volume>12</volume>').item['container-title']).toBe(
      'Speculum, Journal of Medieval Studies'
    )
  })

  it('reads a name before a title as the author, not a container (nameBeforeTitle)', () => {
    const r = read(
      '<container-title>An Longzhen</container-title>, <title>Yanbian Chaoxianzu zizhizhou zhouzhi</title> (<publisher-place>Beijing</publisher-place>: <publisher>Zhonghua Shuju</publisher>, <issued>1996</issued>), pp. <page>254–256, 277</page>'
    )
    expect(r.item).toMatchObject({type: 'book', author: [{family: 'An', given: 'Longzhen'}], title: 'Yanbian Chaoxianzu zizhizhou zhouzhi'})
    expect(r.item['container-title']).toBeUndefined()
    expect(r.locator).toBe('254–256, 277')
    // A journal's name is no name: it stays the container.
    const journal = read('<container-title>Journal of Asian Studies</container-title>, <title>Border Trade</title>, <issued>1998</issued>')
    expect(journal.item['container-title']).toBe('Journal of Asian Studies')
  })

  it('reads names, roles, translated titles and archives into CSL', () => {
    const r = read(
      '<author>Sun Chunri</author>, <title>Zhongguo Chaoxianzu yiminshi [A History of Migration]</title> (<publisher-place>Beijing</publisher-place>: <publisher>Zhonghua Shuju</publisher>, <issued>2009</issued>), pp. <page>1–39</page>'
    )
    expect(r.item).toEqual({
      type: 'book',
      author: [{family: 'Sun', given: 'Chunri'}],
      title: 'Zhongguo Chaoxianzu yiminshi',
      note: 'Translated title: A History of Migration',
      'publisher-place': 'Beijing',
      publisher: 'Zhonghua Shuju',
      issued: {'date-parts': [[2009]]}
    })
    expect(r.form).toBe('full')
    const editors = read(
      '<author>Tsuneo Akaha and Anna Vassilieva</author>, eds., <title>Crossing National Borders</title> (<publisher-place>Tokyo</publisher-place>: <publisher>UN Press</publisher>, <issued>2005</issued>)'
    )
    expect(editors.item.editor).toEqual([
      {family: 'Akaha', given: 'Tsuneo'},
      {family: 'Vassilieva', given: 'Anna'}
    ])
    expect(editors.item.author).toBeUndefined()
    const archive = read(
      '“<title>Cable</title>,” <issued>11 October 1950</issued>, in <archive>RGASPI (Russian State Archive of Socio-Political History)</archive>, <archive_location>F. 558, Op. 11, D. 334</archive_location>'
    )
    expect(archive.item).toMatchObject({
      type: 'manuscript',
      archive: 'RGASPI',
      archive_location: 'F. 558, Op. 11, D. 334',
      note: 'Archive given as: RGASPI (Russian State Archive of Socio-Political History)'
    })
    // The abbreviation an author announces at the name, in any language, is the archive (two capitals at least).
    for (const [written, short] of [
      ['Archivo Municipal de Valdemora (en adelante, AMV)', 'AMV'],
      ['Archivo Histórico Provincial de Almedina (AHPAl)', 'AHPAl'],
      ['Stadtarchiv Kellheim (im Folgenden: StAK)', 'StAK'],
      ['The National Archives (hereafter TNA)', 'TNA'],
      ['Archives nationales (ci-après AN)', 'AN'],
      ['Archivio di Stato di Venezia (d’ora in poi ASV)', 'ASV']
    ]) {
      const read1 = read(`“<title>Padrón</title>,” <issued>1752</issued>, <archive>${written}</archive>, <archive_location>legajo 123</archive_location>`)
      expect(read1.item, written).toMatchObject({archive: short, note: `Archive given as: ${written}`})
    }
    expect(
      read(
        '<title>Bericht</title>, <issued>12.03.1879</issued>, <archive>Stadtarchiv Kellstadt</archive> (im Folgenden: <archive>StAK</archive>), <archive_location>Best. 10 Nr. 75</archive_location>'
      ).item
    ).toMatchObject({archive: 'StAK', note: 'Archive given as: Stadtarchiv Kellstadt (StAK)'})
    expect(read('“<title>Padrón</title>,” <archive>Stadtarchiv Kellheim (Bestand)</archive>, <archive_location>Nr. 4</archive_location>').item.archive).toBe('Stadtarchiv Kellheim (Bestand)')
  })

  it('keeps et al. as a fact about the list', () => {
    const r = read('<author>Xu Mingxun et al.</author>, “<title>League</title>,” <container-title>Minzu</container-title>, <issue>No. 5</issue> (<issued>1988</issued>)')
    expect(r.item.author).toEqual([{family: 'Xu', given: 'Mingxun'}])
    expect(r.item.note).toBe('et al.')
  })

  it('tells full, short and ibid forms apart', () => {
    expect(read('<abbrev>Ibid.</abbrev>, p. <page>20</page>')).toMatchObject({form: 'ibid', locator: '20'})
    expect(read('<abbrev>Ebd.</abbrev>, S. <page>12</page>')).toMatchObject({form: 'ibid', locator: '12'})
    expect(read('<author>Lee</author>, <title>China’s Korean Minority</title>, pp. <page>15–17</page>')).toMatchObject({
      form: 'short',
      shortNames: ['Lee'],
      shortTitle: 'China’s Korean Minority',
      locator: '15–17'
    })
    expect(read('<author>Müller</author>, <abbrev>a.a.O.</abbrev>, S. <page>5</page>')).toMatchObject({form: 'short', backref: {kind: 'opcit'}, shortNames: ['Müller']})
    expect(read('<author>Smith</author>, <abbrev>supra note 12</abbrev>, at <page>45</page>')).toMatchObject({form: 'short', backref: {kind: 'supra', note: 12}})
  })
})

describe('spans as fields keep them', () => {
  it('closes a translation, keeps an inner quotation and an abbreviation’s period, ends a title at its quotation mark', () => {
    expect(
      read(
        '<author>Sun Chunri</author>, <title>Zhongguo yiminshi [A History of Migration</title>] (<publisher-place>Beijing</publisher-place>: <publisher>Zhonghua Shuju</publisher>, <issued>2009</issued>)'
      ).item
    ).toMatchObject({
      title: 'Zhongguo yiminshi',
      note: 'Translated title: A History of Migration'
    })
    expect(
      read(
        '<author>Balázs Szalontai</author>, “‘<title>You Have No Political Line of Your Own:’ Kim Il Sung and the Soviets</title>,” <container-title>CWIHP Bulletin</container-title>, <issue>Nos. 14/15</issue> (<issued>Winter 2003–Spring 2004</issued>)'
      ).item.title
    ).toBe('‘You Have No Political Line of Your Own:’ Kim Il Sung and the Soviets')
    expect(read('<author>Xinhua News Agency ed</author>., <container-title>Neibu cankao</container-title>, <issue>No. 2233</issue> (<issued>1 June 1957</issued>)').item.editor).toEqual([
      {literal: 'Xinhua News Agency'}
    ])
    expect(read('<author>Morcillo Sanz</author>, <title>Vecinos y moradores, 50-52</title>.')).toMatchObject({form: 'short', shortTitle: 'Vecinos y moradores', locator: '50–52'})
    expect(
      read('<author>Smith, J</author>. <issued>2010</issued>. “<title>The Role of Institutions</title>.” <container-title>Social Science Research</container-title> <volume>40 (4):1078–90</volume>.')
        .item
    ).toMatchObject({volume: '40', issue: '4', page: '1078–90'})
    // Names after a title, marked as its editors or translators, are theirs.
    expect(
      read(
        '<author>Conati, Marcello</author> (ed.), <title>Encounters with Verdi, Richard Stokes (trans</title>.) (<publisher-place>Ithaca, NY</publisher-place>: <publisher>Cornell University Press</publisher>, <issued>1984</issued>)'
      ).item
    ).toMatchObject({title: 'Encounters with Verdi', translator: [{family: 'Stokes', given: 'Richard'}]})
    expect(
      read(
        '<author>Schelling, F. W. J.</author>, <title>Philosophy of Art, Douglas W. Stott (ed. and trans</title>.) (<publisher-place>Minneapolis</publisher-place>: <publisher>University of Minnesota Press</publisher>, <issued>1989</issued>)'
      ).item
    ).toMatchObject({title: 'Philosophy of Art', editor: [{family: 'Stott'}], translator: [{family: 'Stott'}]})
    expect(read('<author>Smith</author>, <title>Letters to Anna Berg</title>, <issued>1989</issued>').item.title).toBe('Letters to Anna Berg')
    // A folio after the file's number is the pinpoint; a first location that looks like one stays the file.
    expect(
      read(
        '<title>Minutes of the Committee</title>, <issued>3 May 1821</issued>, <archive_location>HCC/1/2</archive_location>, <archive_location>fol. 44</archive_location>, <archive>Kingston Corporation Archives</archive>'
      )
    ).toMatchObject({locator: '44', label: 'folio', item: {archive_location: 'HCC/1/2'}})
    expect(read('<title>Minutes</title>, <archive>Kingston Archives</archive>, <archive_location>fol. 44</archive_location>').item.archive_location).toBe('fol. 44')
    // A short form's last bare number is its pinpoint, even read as a volume; a labeled volume stays.
    expect(read('<author>Salcedo Iriarte</author>, <title>Demografía histórica</title>, <volume>120</volume>')).toMatchObject({form: 'short', locator: '120'})
    expect(read('<author>Salcedo Iriarte</author>, <title>Demografía histórica</title>, <volume>120</volume>').item.volume).toBeUndefined()
    expect(read('<author>Salcedo Iriarte</author>, <title>Demografía histórica</title>, vol. <volume>2</volume>').item.volume).toBe('2')
    const draft = read('<author>Liu Junxiu</author>, “<title>Several Issues in Nationality Policy” (draft</title>), <issued>9 February 1949</issued>')
    expect(draft.item).toMatchObject({title: 'Several Issues in Nationality Policy', genre: 'draft'})
  })
})

describe('FIELD_RULES', () => {
  it('a version is no part of the title: a regnal numeral or a year stays', () => {
    const rule = FIELD_RULES.find((r) => r.name === 'a version is no part of the title')!
    for (const title of ['Papst Pius V 1566', 'Henry V', 'Windows 10']) {
      const item: Record<string, unknown> = {title}
      rule.apply(item as never, title)
      expect(item).toEqual({title})
    }
  })

  const examples: Record<string, [string, Record<string, unknown>]> = {
    'a reference work named as the author': [
      'Vgl. <author>Wikipedia</author>, „<title>Programmierschnittstelle</title>“, <URL>https://de.wikipedia.org/wiki/Programmierschnittstelle</URL>',
      {type: 'entry-encyclopedia', 'container-title': 'Wikipedia', title: 'Programmierschnittstelle', author: undefined}
    ],
    'a work with no title of its own, its container published as a book, is that book': [
      '<editor>J. Smith</editor>, ed., <container-title>The Republic of Letters</container-title>, 3 vols. (<publisher-place>New York</publisher-place>, <issued>1995</issued>)',
      {type: 'book', title: 'The Republic of Letters', 'container-title': undefined, editor: [{family: 'Smith', given: 'J.'}]}
    ],
    'a work with no title of its own, its container published as a book, is that book (not a contribution after In)': [
      '<author>Reinhart Koselleck</author>. <issued>1994</issued>. <container-title>Einleitung. In Der politische Totenkult</container-title>, ed. <editor>Michael Jeismann</editor>. <publisher-place>München</publisher-place>: <publisher>Fink</publisher>',
      {title: undefined, 'container-title': 'Einleitung. In Der politische Totenkult'}
    ],
    'names before the title of the book a part is in are its editors': [
      '<author>H. E. Barnes</author>, <title>The Social and Political Philosophy of Auguste Comte</title>, in: <container-title>H. E. Barnes, An Introduction to the History of Sociology</container-title>, <publisher-place>Chicago</publisher-place> <issued>1948</issued>',
      {type: 'chapter', editor: [{family: 'Barnes', given: 'H. E.'}], 'container-title': 'An Introduction to the History of Sociology'}
    ],
    'names before the title of the book a part is in are its editors (joined by slashes)': [
      '<author>Steinhauer</author>, <title>Regelwerke</title>, in: <container-title>Danneberg/Gilbert/Spoerhase, Das Werk: Zum Verschwinden eines Grundbegriffs</container-title>, <issued>2019</issued>, S. <page>281</page>',
      {editor: [{family: 'Danneberg'}, {family: 'Gilbert'}, {family: 'Spoerhase'}], 'container-title': 'Das Werk: Zum Verschwinden eines Grundbegriffs'}
    ],
    'names before the title of the book a part is in are its editors (one name after in: with its colon)': [
      '<author>Leskien</author>, <title>Dienstleistungen der Bibliothek</title>, in: <container-title>Neubauer, Elektronisches Publizieren und Bibliotheken</container-title>, <issued>1996</issued>',
      {type: 'chapter', editor: [{family: 'Neubauer'}], 'container-title': 'Elektronisches Publizieren und Bibliotheken'}
    ],
    'names before the title of the book a part is in are its editors (not a place)': [
      '<author>Müller</author>, <title>Die Stadt</title>, in: <container-title>Berlin, Geschichte einer Stadt</container-title>, <issued>2001</issued>',
      {editor: undefined, 'container-title': 'Berlin, Geschichte einer Stadt'}
    ],
    'a work with no title of its own, its container published as a book, is that book (edited and dated)': [
      '<editor>Markus Hartung/Micha-Manuel Bues/Gernot Halbleib (Hg.)</editor>, <container-title>Legal Tech. Die Digitalisierung des Rechtsmarkts</container-title>, <issued>2018</issued>',
      {type: 'book', title: 'Legal Tech. Die Digitalisierung des Rechtsmarkts', 'container-title': undefined}
    ],
    'names before the title of the book a part is in are its editors (not without a join)': [
      '<author>Anna Berg</author>, <title>Die Stadt</title>, <container-title>H. Meier, Geschichte der Städte</container-title>, <issued>2001</issued>',
      {editor: undefined, 'container-title': 'H. Meier, Geschichte der Städte'}
    ],
    'a statute’s name read as an author is its title': [
      '<author>Buchpreisbindungsgesetz</author>, <abbrev>a.a.O.</abbrev>, S. <page>3449</page>',
      {type: 'legislation', title: 'Buchpreisbindungsgesetz', author: undefined}
    ],
    'a statute’s name read as an author is its title (not a person)': [
      '<author>Gesetzmann</author>, <abbrev>a.a.O.</abbrev>, S. <page>12</page>',
      {author: [{family: 'Gesetzmann'}], title: undefined}
    ],
    'a publisher named by its press word at the title’s end is the publisher': [
      '<author>Platón</author>, <title>La república o el estado. Editorial Iberia S.A.</title>, <publisher-place>Barcelona</publisher-place>, <issued>1970</issued>',
      {title: 'La república o el estado', publisher: 'Editorial Iberia S.A.'}
    ],
    'a publisher named by its press word at the title’s end is the publisher (the press word last)': [
      '<author>Ann Lee</author>, <title>Rivers of the North, Oxford University Press</title>, <issued>2001</issued>',
      {title: 'Rivers of the North', publisher: 'Oxford University Press'}
    ],
    'a publisher named by its press word at the title’s end is the publisher (not a title about a press)': [
      '<author>Ann Lee</author>, <title>The History of the Verlag</title>, <issued>2001</issued>',
      {title: 'The History of the Verlag', publisher: undefined}
    ],
    'a title’s rest read into the place is the title’s': [
      '<editor>Ludwig Hierl</editor>, Hrsg. (<issued>2017</issued>). <title>Mobile Payment – Grundlagen</title>, <publisher-place>Strategien, Praxis. Heilbronn, Deutschland</publisher-place>: <publisher>Springer Gabler Verlag</publisher>',
      {title: 'Mobile Payment – Grundlagen, Strategien, Praxis', 'publisher-place': 'Heilbronn, Deutschland'}
    ],
    'a title’s rest read into the place is the title’s (an abbreviated place stays)': [
      '<title>Geschichte der Stadt</title>, <publisher-place>Frankfurt a. M.</publisher-place>: <publisher>Suhrkamp</publisher>',
      {title: 'Geschichte der Stadt', 'publisher-place': 'Frankfurt a. M.'}
    ],
    'an inverted name with no title is a name and a short title (not a name in Western order)': [
      '<author>Víctor Ruiz Albéniz</author>, <abbrev>op. cit.</abbrev>, p. <page>221</page>',
      {author: [{family: 'Albéniz', given: 'Víctor Ruiz'}], title: undefined}
    ],
    'Ders. among the editors is the author': [
      '<author>Schütze, Sebastian</author>: <title>Nacktheit in großen Tableaus</title>, in: <editor>Ders./Satzinger, Georg</editor> (Hrsg.), <container-title>Der Göttliche</container-title>, <publisher-place>München</publisher-place> <issued>2015</issued>',
      {
        editor: [
          {family: 'Schütze', given: 'Sebastian'},
          {family: 'Satzinger', given: 'Georg'}
        ],
        'container-title': 'Der Göttliche'
      }
    ],
    'a Spanish name has two family names': [
      '<author>Carlos Garriga Acosta</author>, “<title>Los límites del reformismo</title>”, en <container-title>Derecho y administración pública en las Indias</container-title> (<publisher-place>México</publisher-place>: <publisher>Universidad Nacional</publisher>, <issued>1998</issued>)',
      {author: [{family: 'Garriga Acosta', given: 'Carlos'}], 'container-title': 'Derecho y administración pública en las Indias'}
    ],
    'a Spanish name has two family names (a second given name stays)': [
      '<author>Juan Carlos Pérez</author>, <title>Historia del derecho y de las instituciones</title> (<publisher-place>Madrid</publisher-place>: <publisher>Editorial Tecnos</publisher>, <issued>1998</issued>)',
      {author: [{family: 'Pérez', given: 'Juan Carlos'}]}
    ],
    'a Spanish name has two family names (not in an English note)': [
      '<author>John Maynard Keynes</author>, <title>The General Theory of Employment, Interest and Money</title> (<publisher-place>London</publisher-place>: <publisher>Macmillan</publisher>, <issued>1936</issued>)',
      {author: [{family: 'Keynes', given: 'John Maynard'}]}
    ],
    'a file number is no issue': [
      '“<title>Instruction</title>,” <issued>17 August 1953</issued>, in <container-title>CFMA</container-title>, <issue>No. 108-00018-02</issue>, pp. <page>13–15</page>',
      {type: 'manuscript', archive: 'CFMA', archive_location: '108-00018-02'}
    ],
    'a version is no part of the title': ['<author>Ferrer Aranda</author>, <title>vecindario, versión 2.3.1</title>', {title: 'vecindario', version: '2.3.1'}],
    'a version is no part of the title (read as an edition without its word)': [
      '<author>R Core Team</author>, <title>R: A Language and Environment for Statistical Computing</title>, version <edition>4.3.1</edition> (<publisher-place>Vienna</publisher-place>: <publisher>R Foundation</publisher>, <issued>2023</issued>)',
      {version: '4.3.1', edition: undefined}
    ],
    'a version is no part of the title (a version, then what the software is)': [
      '<author>Lucía Ferrer Aranda</author>, <title>vecindario: lectura de padrones históricos</title>, <edition>versión 2.3.1, biblioteca de Python</edition> (<issued>2019</issued>), <URL>https://pypi.org/project/vecindario/</URL>',
      {type: 'software', version: '2.3.1', genre: 'biblioteca de Python', edition: undefined}
    ],
    'a version is no part of the title (v. with a dotted number)': ['<author>R Core Team</author>, <title>R: A Language v4.3.1</title>', {title: 'R: A Language', version: '4.3.1'}],
    'an abbreviation before a call number is an archive': [
      '<title>Protokoll der Stadtverordnetenversammlung</title> vom <issued>04.11.1880</issued>, <container-title>StAK</container-title>, <archive_location>Best. 10 Nr. 77</archive_location>, Bl. <page>112v–114r</page>',
      {type: 'manuscript', archive: 'StAK', archive_location: 'Best. 10 Nr. 77'}
    ],
    'an abbreviation before a call number is an archive (with its full name)': [
      '“<title>Cable</title>,” <issued>11 October 1950</issued>, in <container-title>RGASPI (Russian State Archive of Socio-Political History)</container-title>, <archive_location>Fond (F.) 558, Opis’ (Op.) 11</archive_location>',
      {type: 'manuscript', archive: 'RGASPI', archive_location: 'Fond (F.) 558, Opis’ (Op.) 11', note: 'Archive given as: RGASPI (Russian State Archive of Socio-Political History)'}
    ],
    'a call number is no container': [
      '<title>Minutes of the Humber Crossings Committee</title>, <issued>9 August 1821</issued>, <container-title>HCC/1/2</container-title>, fols. <page>61–62</page>, <archive>Kingston Corporation Archives</archive>',
      {type: 'manuscript', archive: 'Kingston Corporation Archives', archive_location: 'HCC/1/2'}
    ],
    'an archive is named, not introduced': [
      '“<title>Instructions on Travel Rules</title>,” <issued>27 March 1955</issued>, <archive>in Dalian Municipal Archives</archive>, <archive_location>2-2-794</archive_location>, p. <page>26</page>',
      {type: 'manuscript', archive: 'Dalian Municipal Archives', archive_location: '2-2-794'}
    ],
    'a container or publisher with nothing of its own is a short title': [
      '<author>Gitelman</author>, <container-title>Paper Knowledge</container-title>, p. <page>90</page>',
      {form: undefined, author: [{family: 'Gitelman'}], title: 'Paper Knowledge'}
    ],
    'a container or publisher with nothing of its own, read as a publisher': [
      '<author>Gitelman</author>, <publisher>Paper Knowledge</publisher>, p. <page>90</page>',
      {form: undefined, author: [{family: 'Gitelman'}], title: 'Paper Knowledge'}
    ],
    'a publisher dated to the month is a periodical': [
      '<author>Steven M. Zeitchik</author>, “<title>Virtual Bookselling</title>,” <publisher>Publishers Weekly</publisher>, <issued>December 15, 1997</issued>, <page>23</page>',
      {'container-title': 'Publishers Weekly', publisher: undefined}
    ],
    'a count of volumes is no part of a title': [
      '<author>Johann Gottfried Herder</author>, <title>Die kritischen Wälder</title>, in <editor>Martin Bollacher</editor> (ed.), <container-title>Werke, 10 vols.</container-title> (<publisher-place>Frankfurt am Main</publisher-place>: <publisher>Deutscher Klassiker Verlag</publisher>, <issued>1985</issued>)',
      {type: 'chapter', 'container-title': 'Werke', 'number-of-volumes': '10'}
    ],
    'a journal after the title’s last period is the container': [
      '<author>D. W. Aha, D. Kibler, and M. K. Albert</author>. <title>Instance-based learning algorithms. Machine Learning</title>, <volume>6</volume>, <page>37-66</page>, <issued>1991</issued>',
      {type: 'article-journal', title: 'Instance-based learning algorithms', 'container-title': 'Machine Learning', volume: '6'}
    ],
    'a container with no work in it is the work': [
      '<author>John K. Fairbank</author>, <container-title>The United States and China</container-title>, <edition>4th ed.</edition> (<publisher-place>Cambridge, MA</publisher-place>: <publisher>Harvard University Press</publisher>, <issued>1983</issued>), <page>45–47</page>',
      {type: 'book', title: 'The United States and China', edition: '4'}
    ],
    'an inverted name with no title is a name and a short title': [
      '<author>Hartley, Parish of Barton</author>, <volume>2</volume>:<page>150</page>',
      {form: undefined, author: [{family: 'Hartley'}], title: 'Parish of Barton', volume: '2'}
    ],
    'an inverted name with no title, read as one name': ['<author>Pennock, Estuary Towns</author>, <page>61</page>', {form: undefined, author: [{family: 'Pennock'}], title: 'Estuary Towns'}],
    'a date range has ends alike': [
      '“<title>Minutes</title>,” <issued>6 November 1959 – December 1959</issued>, <archive>AVPRF</archive>, <archive_location>F. 0102</archive_location>',
      {
        issued: {
          'date-parts': [
            [1959, 11],
            [1959, 12]
          ]
        }
      }
    ],
    'a season is no publisher': [
      '<author>Balázs Szalontai</author>, “<title>No Line</title>,” <container-title>CWIHP Bulletin</container-title>, <issue>Nos. 14/15</issue> (<publisher>Winter</publisher> <issued>2003–2004</issued>), p. <page>96</page>',
      {type: 'article-journal', issue: '14/15', issued: {'date-parts': [[2003], [2004]]}}
    ],
    'an issue with no archive is no archive location': [
      '<author>Balázs Szalontai</author>, “<title>No Line</title>,” <container-title>CWIHP Bulletin</container-title>, <archive_location>Nos. 14/15</archive_location> (<issued>Winter 2003–Spring 2004</issued>), p. <page>96</page>',
      {type: 'article-journal', issue: '14/15'}
    ],
    'an edition is its number': [
      '<author>Anna Berg</author>, <title>Die Stadt</title>, <edition>2. Aufl.</edition> (<publisher-place>Wien</publisher-place>: <publisher>Böhlau</publisher>, <issued>2001</issued>)',
      {type: 'book', edition: '2'}
    ],
    'a numbered series is a report’s': [
      '<author>Hazel Smith</author>, “<title>Explaining Migration</title>,” <container-title>NKIDP e-Dossier</container-title> <issue>No. 11</issue>, p. <page>1</page>',
      {type: 'report', 'collection-title': 'NKIDP e-Dossier', number: '11'}
    ],
    'a numbered series is a report’s (the series read as a genre)': [
      '<author>Zhihua Shen and Yafeng Xia</author>, “<title>China and North Korea</title>,” <genre>North Korea International Documentation Project Working Paper</genre> <issue>No. 4</issue> (<publisher-place>Washington DC</publisher-place>: <publisher>Wilson Center</publisher>, <issued>May 2012</issued>)',
      {type: 'report', 'collection-title': 'North Korea International Documentation Project Working Paper', number: '4', genre: undefined}
    ],
    'a numbered series is a report’s (a genre that is only the kind stays)': [
      '<author>Jane Doe</author>, <title>Border Trade</title>, <genre>Working Paper</genre> <issue>No. 4</issue> (<publisher-place>Washington DC</publisher-place>: <publisher>Wilson Center</publisher>, <issued>2004</issued>)',
      {type: 'report', genre: 'Working Paper', 'collection-title': undefined, number: '4'}
    ],
    'a volume numeral after the title': [
      '<author>F. Zanotto</author>, <title>Pinacoteca della I. R. Accademia Veneta di Belle Arti, II</title>, <publisher-place>Venezia</publisher-place> <issued>1844</issued>',
      {type: 'book', title: 'Pinacoteca della I. R. Accademia Veneta di Belle Arti', volume: 'II'}
    ],
    'a volume numeral after the title (a numeral in the title stays)': [
      '<author>Anna Berg</author>, <title>Die Briefe Heinrichs IV</title>, <publisher-place>Wien</publisher-place> <issued>2001</issued>',
      {type: 'book', title: 'Die Briefe Heinrichs IV', volume: undefined}
    ],
    'an edition after the title or container': [
      '<author>Flick, U.</author> (<issued>1998</issued>). <title>Qualitative Forschung, 3. Auflage</title>. <publisher-place>Reinbek</publisher-place>: <publisher>Rowohlt</publisher>.',
      {title: 'Qualitative Forschung', edition: '3'}
    ],
    'an edition after the title or container (of a chapter’s book)': [
      '<author>Walter Pater</author>, “<title>Conclusion</title>,” in <container-title>Norton Anthology of English Literature, 5th edn</container-title> (<publisher-place>New York</publisher-place>: <publisher>Norton</publisher>, <issued>1986</issued>)',
      {'container-title': 'Norton Anthology of English Literature', edition: '5'}
    ],
    'a place after the title’s last period, then the year,': [
      '<author>Kessler, Ernst</author>: <title>Denkschrift über die Entwässerung der Stadt Kellstadt. Kellstadt</title> <issued>1878</issued>, S. <page>4</page>',
      {title: 'Denkschrift über die Entwässerung der Stadt Kellstadt', 'publisher-place': 'Kellstadt'}
    ],
    'a place after the title’s last period, then the year, (read as a journal)': [
      '<author>Ders.</author>: <title>Hundert Jahre Stadtwerke Kellstadt</title>. <container-title>Kellstadt</container-title> <issued>1998</issued>, S. <page>8</page>',
      {type: 'book', 'publisher-place': 'Kellstadt', 'container-title': undefined}
    ],
    'a place after the title’s last period, then the year, (a subtitle stays)': [
      '<author>Schmitz, Heinrich</author>: <title>Das Klärwerk. Chronik</title>, <issued>1996</issued>',
      {title: 'Das Klärwerk. Chronik', 'publisher-place': undefined}
    ],
    'a series’ number': [
      '<author>Aschau, Friederike von</author>: <title>Der Magistrat als Unternehmer</title> (= <collection-title>Schriften zur Stadtgeschichte</collection-title>, Bd. <number>14</number>). <publisher-place>Münster</publisher-place> <issued>2009</issued>',
      {'collection-title': 'Schriften zur Stadtgeschichte', 'collection-number': '14', number: undefined}
    ],
    'an archive or container is named (a container introduced by In:)': [
      '<author>Frank, Lisa</author>: <title>Typhus</title>. <container-title>In: Beiträge zur Hygienegeschichte</container-title> <volume>12</volume> (<issued>2004</issued>), S. <page>5–9</page>',
      {'container-title': 'Beiträge zur Hygienegeschichte'}
    ],
    'a statute named by its kind and number': [
      'Ley 31814, <container-title>El Peruano</container-title>, <issued>5 de julio de 2023</issued>',
      {type: 'legislation', title: 'Ley 31814', 'container-title': 'El Peruano'}
    ],
    'a statute named by its kind and number (its year dates it; a book on the law is none)': [
      '<title>Decreto Ley 2663 de 1950 — Código Sustantivo del Trabajo</title>',
      {type: 'legislation', title: 'Decreto Ley 2663 de 1950 — Código Sustantivo del Trabajo', issued: {'date-parts': [[1950]]}}
    ],
    'a team or institution named before the title’s first period is the author (a body before a colon, a web page)': [
      '<title>Pallets Projects: Flask Documentation</title>, online verfügbar unter: <URL>https://flask.palletsprojects.com/</URL>',
      {author: [{literal: 'Pallets Projects'}], title: 'Flask Documentation'}
    ],
    'a team or institution named before the title’s first period is the author (a title with a subtitle stays)': [
      '<title>Digital History: A Guide to Gathering</title>, <URL>https://chnm.gmu.edu/digitalhistory/</URL>',
      {author: undefined, title: 'Digital History: A Guide to Gathering'}
    ],
    'a container or publisher with nothing of its own is a short title (after editors alone)': [
      '<editor>Witte and Bourdeaux</editor>, eds., <container-title>Proselytism and Orthodoxy</container-title>, <page>22–23</page>',
      {title: 'Proselytism and Orthodoxy', 'container-title': undefined}
    ],
    'a container or publisher with nothing of its own is a short title (editors beside authors: a part)': [
      '<author>Anna Berg</author>, in <editor>Witte and Bourdeaux</editor>, eds., <container-title>Proselytism and Orthodoxy</container-title>, <page>22–23</page>',
      {title: undefined, 'container-title': 'Proselytism and Orthodoxy'}
    ],
    'a name read with a title’s small words is the short title': ['<author>Letters of Lowell</author>, i. <page>75</page>', {title: 'Letters of Lowell', author: undefined}],
    'a name read with a title’s small words is the short title (a body’s name stays)': [
      '<author>Ministry of Defence</author>, p. <page>75</page>',
      {title: undefined, author: [{literal: 'Ministry of Defence'}]}
    ],
    'a place and a publisher after the title are the imprint': [
      '<author>Veronica Franco</author>, <title>Lettere, Napoli, Ricciardi</title>, <issued>1949</issued>',
      {title: 'Lettere', 'publisher-place': 'Napoli', publisher: 'Ricciardi'}
    ],
    'a place and a publisher after the title are the imprint (two places are no publisher)': [
      '<author>Jane Doe</author>, <title>Essays, London, Paris</title>, <issued>1949</issued>',
      {title: 'Essays, London', 'publisher-place': 'Paris', publisher: undefined}
    ],
    'a place after the title or container': [
      '<author>Ugo Foscolo</author>, <title>Epistolario, Firenze</title>, <publisher>Le Monnier</publisher>, <issued>1949</issued>',
      {title: 'Epistolario', 'publisher-place': 'Firenze'}
    ],
    'a place after the title or container (of a chapter’s book)': [
      '<author>Hettlage, Robert</author>, <title>Identitäten im Umbruch</title>, in: <container-title>Identitäten in der modernen Welt, Frankfurt am Main</container-title>, S. <page>9–51</page>',
      {'container-title': 'Identitäten in der modernen Welt', 'publisher-place': 'Frankfurt am Main'}
    ],
    'a place after the title or container (words that only start a place stay)': [
      '<author>Jane Doe</author>, <title>Migration in an Interconnected World, New Directions</title>, <issued>2005</issued>',
      {title: 'Migration in an Interconnected World, New Directions', 'publisher-place': undefined}
    ],
    'a web page’s archive with no call number': [
      '“<title>Barton Waterside and the Old Ferry Landing</title>,” <container-title>Humber Heritage Gazetteer</container-title>, <archive>Estuary Records Trust</archive>, accessed <accessed>4 March 2020</accessed>, <URL>https://www.humberheritage-gazetteer.org.uk/sites/barton-waterside</URL>',
      {type: 'webpage', 'container-title': 'Humber Heritage Gazetteer', publisher: 'Estuary Records Trust', archive: undefined}
    ],
    'a web page’s archive with no call number (a catalogue entry with its call number stays)': [
      '“<title>Minutes</title>,” <archive>Hull History Centre</archive>, <archive_location>C DBHT/9/1</archive_location>, accessed <accessed>4 March 2020</accessed>, <URL>https://catalogue.hullhistorycentre.org.uk/catalogue/C-DBHT-9-1</URL>',
      {type: 'manuscript', archive: 'Hull History Centre'}
    ],
    'an editor named before the book’s title in the container': [
      '<author>Xu Mingxun</author>, “<title>Korean People Democratic League</title>,” in <container-title>Zhongguo Chaoxianzu lishi zuji bianji weiyuanhui, ed., Shengli: Zhongguo Chaoxianzu lishi zuji congshu</container-title>, <volume>Vol. 5</volume> (<publisher-place>Beijing</publisher-place>: <publisher>Minzu Chubanshe</publisher>, <issued>1992</issued>), p. <page>135</page>',
      {type: 'chapter', 'container-title': 'Shengli: Zhongguo Chaoxianzu lishi zuji congshu', editor: [{literal: 'Zhongguo Chaoxianzu lishi zuji bianji weiyuanhui'}]}
    ],
    'a lone name before a title': [
      '<archive_location>An</archive_location>, <title>Yanbian Chaoxianzu zizhizhou zhouzhi</title>, p. <page>276</page>',
      {author: [{family: 'An'}], archive_location: undefined, type: 'book'}
    ],
    'a lone name before a title (a call number with an archive stays)': [
      '<archive>ASV</archive>, <archive_location>Senato</archive_location>, <title>Deliberazioni</title>',
      {archive_location: 'Senato', author: undefined}
    ],
    'a document described by its kind': [
      '<author>Report from Asian Department to Zhang Hanfu</author>, <issued>21 November 1951</issued>, in <archive>CFMA</archive>, <archive_location>no. 106-00026-03</archive_location>',
      {title: 'Report from Asian Department to Zhang Hanfu', author: undefined, type: 'manuscript'}
    ],
    'a document described by its kind (an author named Report stays)': [
      '<author>Reporters Without Borders</author>, <title>World Press Freedom Index</title>, <issued>2020</issued>',
      {title: 'World Press Freedom Index', type: 'book'}
    ],
    'a count of volumes (written between the fields, read as neither)': [
      '<author>Joseph Hartley</author>, <title>A History of the Parish of Barton-upon-Humber</title>, 2 vols. (<publisher-place>Lincoln</publisher-place>: <publisher>Wold Press</publisher>, <issued>1911</issued>), <volume>2</volume>:<page>143</page>',
      {type: 'book', 'number-of-volumes': '2', title: 'A History of the Parish of Barton-upon-Humber'}
    ],
    'a publisher’s initials after the place are the publisher': [
      '<author>Fernand Braudel</author>, <title>El Mediterráneo y el mundo mediterráneo</title>, 2 vols., <publisher-place>México, FCE</publisher-place>, <issued>1953</issued>',
      {type: 'book', 'publisher-place': 'México', publisher: 'FCE'}
    ],
    'a publisher’s initials after the place are the publisher (a country’s code stays the place’s)': [
      '<author>Hans Müller</author>, <title>Die Stadt</title>, <publisher-place>Berlin, DDR</publisher-place>, <issued>1953</issued>',
      {'publisher-place': 'Berlin, DDR', publisher: undefined}
    ],
    'a place and publisher after the container’s last period are the imprint': [
      '<author>Schmitz, Heinrich</author>: <title>Das Kellstädter Klärwerk 1896–1996</title>. <container-title>Eine Chronik. Kellstadt: Stadtwerke Kellstadt</container-title> <issued>1996</issued>, S. <page>17–19</page>',
      {type: 'book', title: 'Das Kellstädter Klärwerk 1896–1996. Eine Chronik', 'publisher-place': 'Kellstadt', publisher: 'Stadtwerke Kellstadt'}
    ],
    'a place and publisher after the container’s last period are the imprint (a book the part is in keeps its title)': [
      '<author>Anna Berg</author>: <title>Die Stadt</title>. In: <container-title>Handbuch der Stadtgeschichte. Wien: Böhlau</container-title> <issued>2001</issued>, S. <page>17–19</page>',
      {'container-title': 'Handbuch der Stadtgeschichte', 'publisher-place': 'Wien', publisher: 'Böhlau'}
    ],
    'a place and publisher after the container’s last period are the imprint (not a series and its number)': [
      '<author>Svetlana Aleksandrovna Inikova</author>, “<title>Tambovskie dukhobortsy v 60-e gody XVIII veka</title>,” <container-title>Vestnik Tambovskogo universiteta. Series: Gumanitarnye nauki 2</container-title>, no. <issue>1</issue> (<issued>1997</issued>): <page>39–53</page>',
      {type: 'article-journal', title: 'Tambovskie dukhobortsy v 60-e gody XVIII veka', 'container-title': 'Vestnik Tambovskogo universiteta. Series: Gumanitarnye nauki 2', publisher: undefined}
    ],
    'a container with no work in it is the work (names, a title and a year)': [
      '<author>Neumann, M.</author> et al., <container-title>GenAI Adoption</container-title>, <issued>2026</issued>, S. <page>297</page>',
      {type: 'book', title: 'GenAI Adoption', 'container-title': undefined}
    ],
    'a container with no work in it is the work (not a misread one: a quotation mark, an issue’s number)': [
      '<author>Balázs Szalontai</author>, <container-title>‘No Line of Your Own,’ CWIHP Bulletin, Nos. 14/15</container-title> (<issued>2004</issued>)',
      {title: undefined, 'container-title': '‘No Line of Your Own,’ CWIHP Bulletin, Nos. 14/15'}
    ],
    'a container with no work in it is the work (a site read on a day)': [
      '<container-title>The Programming Historian</container-title>, <accessed>accessed 3 March 2021</accessed>, <URL>https://programminghistorian.org/en/lessons/</URL>',
      {type: 'webpage', title: 'The Programming Historian', 'container-title': undefined}
    ],
    'a series and its number in parentheses after the imprint are the collection': [
      '<author>Anna Rinaldi</author>, <title>Contrabbandieri e doganieri</title>, <publisher-place>Roma</publisher-place>, <publisher>Edizioni dell’Orso Nero</publisher>, <issued>2002</issued> (Biblioteca di storia sociale, 27), pp. <page>77-80</page>',
      {type: 'book', 'collection-title': 'Biblioteca di storia sociale', 'collection-number': '27'}
    ],
    'a series and its number in parentheses after the imprint are the collection (a place and a year are no series)': [
      '<author>Anna Rinaldi</author>, <title>Contrabbandieri</title> (<publisher-place>Roma</publisher-place>, <issued>2002</issued>), cited in <publisher>Orso Nero</publisher> (Venezia, 1999)',
      {'collection-title': undefined}
    ],
    'a document described after its call number is the title': [
      '<archive>ASV</archive>, <archive_location>Senato Mar, reg. 14, c. 102r, ducale al podestà di Cervara</archive_location>, <issued>20 gennaio 1511</issued>',
      {type: 'manuscript', archive_location: 'Senato Mar, reg. 14, c. 102r', title: 'ducale al podestà di Cervara'}
    ],
    'an archive read as the publisher after a call number': [
      '<title>Petition of the Ferrymen of Hessle</title>, <issued>12 January 1803</issued>, <container-title>Quarter Sessions Bundles</container-title>, <archive_location>QSB/4/117</archive_location>, <publisher>Holderness Record Office</publisher>, <publisher-place>Beverley</publisher-place>',
      {
        type: 'manuscript',
        archive: 'Holderness Record Office',
        'archive-place': 'Beverley',
        archive_location: 'QSB/4/117',
        'container-title': 'Quarter Sessions Bundles',
        publisher: undefined,
        'publisher-place': undefined
      }
    ],
    'an archive read as the publisher after a call number (a publisher that names no archive stays)': [
      '<author>Jane Roe</author>, <title>Harbour Dues</title>, <archive_location>MS 12</archive_location>, <publisher>Wold Press</publisher>',
      {publisher: 'Wold Press', archive: undefined}
    ],
    'the town after an archive’s name': [
      '<title>Minutes of the Humber Crossings Committee</title>, <issued>3 May 1821</issued>, <archive_location>HCC/1/2</archive_location>, <archive>Kingston Corporation Archives, Hull</archive>',
      {type: 'manuscript', archive: 'Kingston Corporation Archives', 'archive-place': 'Hull'}
    ],
    'the town after an archive’s name (a name that is no archive’s stays whole)': [
      '<title>Letter to the Board</title>, <issued>3 May 1821</issued>, <archive_location>B/12</archive_location>, <archive>Hessle Ferry Company, Hessle Records</archive>',
      {archive: 'Hessle Ferry Company, Hessle Records', 'archive-place': undefined}
    ],
    'a volume.issue after the journal': [
      '<author>Murthy, Dhiraj</author>. "<title>Evaluating platform accountability</title>." <container-title>New media & society 21.1</container-title> (<issued>2019</issued>): <page>191-213</page>.',
      {type: 'article-journal', 'container-title': 'New media & society', volume: '21', issue: '1'}
    ],
    'a volume.issue after the journal (Web 2.0 is a name)': [
      '<author>Doe, Jane</author>. "<title>Tags</title>." <container-title>Journal of Web 2.0</container-title> (<issued>2019</issued>): <page>1-13</page>.',
      {type: 'article-journal', 'container-title': 'Journal of Web 2.0', volume: undefined}
    ],
    'a team or institution named before the title’s first period': [
      'See <title>The Scikit-Learn Development Team. sklearn.metrics.precision_recall_curve</title>, <URL>https://scikit-learn.org/stable/</URL>',
      {author: [{literal: 'The Scikit-Learn Development Team'}], title: 'sklearn.metrics.precision_recall_curve'}
    ],
    'a team or institution named before the title’s first period (words read into the link are no part of it)': [
      'See <title>The Scikit-Learn Development Team. sklearn.metrics</title>.<URL>precision_recall_curve, https://scikit-learn.org/stable/</URL>',
      {author: [{literal: 'The Scikit-Learn Development Team'}], title: 'sklearn.metrics', URL: 'https://scikit-learn.org/stable/'}
    ],
    'a team or institution named before the title’s first period (an institution before a web page)': [
      '<title>University of Southern California Libraries. Research Guides: Independent and Dependent Variables</title>, <URL>https://libguides.usc.edu/writingguide/variables</URL>',
      {author: [{literal: 'University of Southern California Libraries'}], title: 'Research Guides: Independent and Dependent Variables'}
    ],
    'a team or institution named before the title’s first period (a subtitle stays)': [
      '<title>Digital History. Methods and Sources</title>, <URL>https://example.org/dh</URL>',
      {title: 'Digital History. Methods and Sources', author: undefined}
    ],
    'a team or institution named before the title’s first period (a link in brackets)': [
      '<author>The R Project</author>. <title>Manuals</title>. Available from: <URL>[https://cran.r-project.org/manuals.html]</URL>',
      {author: [{literal: 'The R Project'}], URL: 'https://cran.r-project.org/manuals.html'}
    ],
    'a team or institution named before the title’s first period (the title read into the team)': [
      'see <author>The Pandas Development Team. pandas.qcut</author>, <URL>https://pandas.pydata.org/</URL>',
      {author: [{literal: 'The Pandas Development Team'}], title: 'pandas.qcut'}
    ],
    'a preprint’s identifier is its number, its repository the publisher': [
      '<author>Nathan Halko, Per-Gunnar Martinsson, and Joel A. Tropp</author>, “<title>Finding Structure with Randomness</title>,” arXiv:0909.4061 [Math], <issued>September 22, 2009</issued>',
      {type: 'article', number: 'arXiv:0909.4061 [Math]', publisher: 'arXiv', genre: undefined}
    ],
    'a preprint’s identifier is its number, its repository the publisher (the repository read as the container, the word as the genre)': [
      '<author>Jane Doe</author>, “<title>Protein Folding at Scale</title>,” <genre>Preprint</genre>, <container-title>bioRxiv</container-title>, <issued>2023</issued>, <URL>https://doi.org/10.1101/2023.01.01.522222</URL>',
      {type: 'article', publisher: 'bioRxiv', genre: 'Preprint', number: undefined}
    ],
    'a preprint’s identifier is its number, its repository the publisher (the identifier read as the publisher)': [
      '<author>Ashish Vaswani</author> et al., “<title>Attention Is All You Need</title>,” <publisher>arXiv preprint arXiv:1706.03762</publisher> [cs.CL], <issued>2017</issued>',
      {type: 'article', publisher: 'arXiv', number: 'arXiv:1706.03762 [cs.CL]'}
    ],
    'a preprint’s identifier is its number, its repository the publisher (not a journal’s article with its arXiv identifier)': [
      '<author>Ann Lee</author>, “<title>Prices</title>,” <container-title>Journal of Economic History</container-title> <volume>12</volume>, no. <issue>3</issue> (<issued>2020</issued>): <page>45–67</page>, arXiv:2001.01234',
      {type: 'article-journal', number: undefined}
    ],
    'a standard’s designation is its number, its revision the version': [
      '<author>R. Fielding, M. Nottingham, and J. Reschke</author>, “<title>HTTP Semantics</title>,” <number>RFC 9110</number>, <issued>June 2022</issued>, <URL>https://www.rfc-editor.org/rfc/rfc9110</URL>',
      {type: 'standard', number: 'RFC 9110', title: 'HTTP Semantics'}
    ],
    'a standard’s designation is its number, its revision the version (a body as the author, the designation read as no field)': [
      '<author>National Institute of Standards and Technology</author>, <title>Protecting Controlled Unclassified Information in Nonfederal Systems</title>, NIST SP 800-171 Rev. 2 (<publisher-place>Gaithersburg, MD</publisher-place>, <issued>2020</issued>)',
      {type: 'standard', number: 'NIST SP 800-171', version: 'Rev. 2', authority: 'National Institute of Standards and Technology', author: undefined}
    ],
    'a standard’s designation is its number, its revision the version (the designation read as the title, the title as the container)': [
      '<title>IEEE Std 802.11-2020</title>, <container-title>IEEE Standard for Information Technology – Telecommunications and Information Exchange between Systems</container-title>',
      {
        type: 'standard',
        number: 'IEEE Std 802.11-2020',
        title: 'IEEE Standard for Information Technology – Telecommunications and Information Exchange between Systems',
        issued: {'date-parts': [[2020]]}
      }
    ],
    'a standard’s designation is its number, its revision the version (read as a container and its issue; the publisher named in it too)': [
      '<author>National Institute of Standards and Technology</author>, <title>Protecting Controlled Unclassified Information</title>, <container-title>NIST SP 800-171 Rev</container-title>. <issue>2</issue> (<publisher-place>Gaithersburg, MD</publisher-place>: <publisher>NIST</publisher>, <issued>2020</issued>)',
      {type: 'standard', number: 'NIST SP 800-171', version: 'Rev. 2', publisher: 'NIST', authority: 'National Institute of Standards and Technology', issue: undefined, 'container-title': undefined}
    ],
    'a standard’s designation is its number, its revision the version (its letters read as an author, its numbers as a date: EXCITE)': [
      '<author>ANSI</author>/<author>IEEE Std</author> <issued>1596-1992</issued> <title>Scalable Coherent Interface</title>, 1992',
      {type: 'standard', number: 'IEEE Std 1596-1992', authority: 'ANSI', author: undefined, issued: {'date-parts': [[1992]]}, title: 'Scalable Coherent Interface'}
    ],
    'a standard’s designation is its number, its revision the version (an RFC in its series, the RFC Editor’s form; the number read as a call number)': [
      '<author>S. Bradner</author>, "<title>Key words for use in RFCs to Indicate Requirement Levels</title>," <volume>BCP 14</volume>, <archive_location>RFC 2119</archive_location>, <issued>March 1997</issued>',
      {type: 'standard', number: 'RFC 2119', 'collection-title': 'BCP', 'collection-number': '14', volume: undefined, archive_location: undefined}
    ],
    'a standard’s designation is its number, its revision the version (the title read as the author)': [
      '<author>IEEE Standard for Floating-Point Arithmetic</author>, IEEE Std 754-2019 (<publisher-place>New York</publisher-place>: <publisher>IEEE</publisher>, <issued>2019</issued>)',
      {type: 'standard', number: 'IEEE Std 754-2019', title: 'IEEE Standard for Floating-Point Arithmetic', author: undefined, publisher: 'IEEE'}
    ],
    'a standard’s designation is its number, its revision the version (not a book about the standard)': [
      '<author>Anna Berg</author>, <title>Qualitätsmanagement nach ISO 9001</title> (<publisher-place>München</publisher-place>: <publisher>Hanser</publisher>, <issued>2016</issued>)',
      {type: 'book', number: undefined, title: 'Qualitätsmanagement nach ISO 9001'}
    ],
    'a series name ends before its number’s label': [
      '<author>Hazel Smith</author>, “<title>Explaining Migration</title>,” <container-title>NKIDP e-Dossier No</container-title>. <issue>11</issue>, p. <page>1</page>',
      {type: 'report', 'collection-title': 'NKIDP e-Dossier', number: '11'}
    ],
    'a title read as the first of its authors': [
      '<author>The Pandoc User’s Guide, John MacFarlane</author>, <issued>2024</issued>, <URL>https://pandoc.org/MANUAL.html</URL>',
      {title: 'The Pandoc User’s Guide', author: [{family: 'MacFarlane', given: 'John'}]}
    ],
    'a title read as the first of its authors (names in prose, published nowhere, stay)': [
      "<author>Acknowledgments: Thanks to Charles Capper, Michael O'Brien, Mark Peterson</author>",
      {title: undefined}
    ],
    'a title read as the first of its authors (not initials, a given name or Han characters)': [
      '<author>Gemin M. Pedrocco E; Cai Vendramin Calerg</author>, <publisher-place>Milano</publisher-place> <issued>1990</issued>',
      {title: undefined}
    ],
    'a program’s name read as its only author': [
      '<author>Zotero</author>, <edition>version 6.0.30</edition> (<publisher>Corporation for Digital Scholarship</publisher>, <issued>2023</issued>), <URL>https://www.zotero.org</URL>',
      {type: 'software', title: 'Zotero', version: '6.0.30', author: undefined}
    ],
    'a program’s name read as its only author (a person stays the author)': [
      '<author>Hadley Wickham</author>, <edition>version 3.4.4</edition> (<issued>2023</issued>), <URL>https://ggplot2.tidyverse.org</URL>',
      {title: undefined, author: [{family: 'Wickham', given: 'Hadley'}]}
    ]
  }
  it.each(FIELD_RULES)('$name: $example', ({name}) => {
    const cases = Object.entries(examples).filter(([k]) => k.startsWith(name.split(' is ')[0]!))
    expect(cases.length, `an example for “${name}”`).toBeGreaterThan(0)
    for (const [, [source, expected]] of cases) check(source, expected)
  })
  const check = (source: string, expected: Record<string, unknown>) => {
    const r = read(source)
    const {form: _form, ...fields} = expected
    // A field expected `undefined` must be absent.
    for (const [k, v] of Object.entries(fields)) if (v === undefined) expect(r.item, k).not.toHaveProperty(k)
    expect(r.item).toMatchObject(Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)))
    if (expected.type === 'article-journal') {
      expect(r.item.publisher).toBeUndefined()
      expect(r.item.archive_location).toBeUndefined()
    } else if (!('container-title' in expected)) {
      expect(r.item['container-title']).toBeUndefined()
      expect(r.item.issue).toBeUndefined()
    }
  }
})

describe('FIXED_FORMS', () => {
  const expected: Record<string, Record<string, unknown>> = {
    'a standard cited by its designation': {
      type: 'standard',
      authority: 'International Organization for Standardization',
      number: 'ISO/IEC 14443-3:2011',
      title: 'Identification cards – Contactless integrated circuit cards – Proximity cards',
      issued: {'date-parts': [[2011]]}
    },
    'a reported court case (Bluebook)': {
      type: 'legal_case',
      title: 'Basic Books, Inc. v. Kinko’s Graphics Corp.',
      volume: '758',
      'container-title': 'F. Supp.',
      page: '1522',
      authority: 'S.D.N.Y.',
      issued: {'date-parts': [[1991]]}
    },
    'a statute in a code (Bluebook)': {type: 'legislation', title: 'Copyright Act of 1976', volume: '17', 'container-title': 'U.S.C.', section: '107', issued: {'date-parts': [[2018]]}},
    'an article in a law review (Bluebook)': {
      type: 'article-journal',
      author: [{family: 'McKnight', given: 'Joseph W.'}],
      title: 'Blackstone: Quasi-Jurisprudent',
      volume: '13',
      'container-title': 'SW L.J.',
      page: '399',
      issued: {'date-parts': [[1959]]}
    },
    'a book, its title in capitals (Bluebook)': {
      type: 'book',
      author: [{family: 'BOORSTIN', given: 'DANIEL J.'}],
      title: 'THE MYSTERIOUS SCIENCE OF THE LAW',
      publisher: 'Peter Smith',
      issued: {'date-parts': [[1973]]},
      'original-date': {'date-parts': [[1941]]}
    }
  }
  const pinpoints: Record<string, string | null> = {'an article in a law review (Bluebook)': '411', 'a book, its title in capitals (Bluebook)': 'vii'}
  const readWhole = (text: string) => readCitation(text, {start: 0, end: text.length, fields: [], confidence: 0.5})
  it.each(FIXED_FORMS)('$name: $example', ({name, example}) => {
    expect(expected[name], `the reading expected of “${name}”`).toBeDefined()
    expect(readWhole(example)).toMatchObject({form: 'full', item: expected[name], locator: pinpoints[name] ?? null})
  })
  it('reads a standard by its designation alone, with its revision, a draft, a dated designation; not a book that names one', () => {
    expect(readWhole('NIST SP 800-171 Rev. 2').item).toEqual({type: 'standard', number: 'NIST SP 800-171', version: 'Rev. 2'})
    expect(readWhole('DIN EN ISO 9001:2015-11, Qualitätsmanagementsysteme – Anforderungen').item).toEqual({
      type: 'standard',
      number: 'DIN EN ISO 9001:2015-11',
      title: 'Qualitätsmanagementsysteme – Anforderungen',
      issued: {'date-parts': [[2015, 11]]}
    })
    expect(readWhole('E DIN EN 1090-2:2017, Ausführung von Stahltragwerken').item).toMatchObject({number: 'DIN EN 1090-2:2017', status: 'Entwurf'})
    expect(readWhole('ISO 690:2010, Information and documentation — Guidelines for bibliographic references (Geneva: ISO, 2010)').item).toEqual({
      type: 'standard',
      number: 'ISO 690:2010',
      title: 'Information and documentation — Guidelines for bibliographic references',
      'publisher-place': 'Geneva',
      publisher: 'ISO',
      issued: {'date-parts': [[2010]]}
    })
    // Two designations are two standards, not one titled with the other.
    expect(readWhole('DIN EN ISO 9001:2015-11 sowie ISO/IEC 27001:2013').item.title).toBeUndefined()
    expect(readWhole('Anna Berg, Qualitätsmanagement nach ISO 9001 (München: Hanser, 2016)').item.type).not.toBe('standard')
    expect(readWhole('ISO 9001, in: Handbuch Qualität, S. 12–20').item.type).not.toBe('standard')
  })
  it('reads no other citation by these grammars', () => {
    for (const text of ['Smith, Title, 758 pp.', 'Smith, Title, 17 vols.', 'Jones, The Code, 12 Stat. of Anne']) expect(['legal_case', 'legislation']).not.toContain(readWhole(text).item.type)
    // A title not in capitals, an imprint with a comma or a colon: no Bluebook book.
    for (const text of ['Jane Doe, Water (London, 2001)', 'Jane Doe, The Water Cycle 12 (Penguin 2001)', 'JANE DOE, WATER (London: Penguin, 2001)'])
      expect(readWhole(text).item.publisher).toBeUndefined()
  })
})

describe('titleBeforeIn', () => {
  it('reads the words between the authors and `in:` as the title the model left unread', () => {
    expect(
      read('<author>Rosi Braidotti</author>: Interview, in: <editor>Dolphijn u. van der Tuin</editor> (Hg.): <container-title>New Materialism</container-title>, S. <page>21</page>').item
    ).toMatchObject({type: 'chapter', title: 'Interview', 'container-title': 'New Materialism'})
    // Not when a title was read, nor words that are no title (lower case).
    expect(read('<author>Anna Berg</author>, <title>Die Stadt</title>, in: <container-title>Jahrbuch</container-title>').item.title).toBe('Die Stadt')
    expect(read('<author>Anna Berg</author>: hier besonders, in: <container-title>Jahrbuch</container-title>').item.title).not.toBe('hier besonders')
  })
})

describe('namesAfterJoin', () => {
  it('reads names after `[in:]` or `in` following a title as the book’s editors, not as more authors', () => {
    const r = read(
      '<author>H. E. Barnes</author>, <title>The Social and Political Philosophy of Auguste Comte</title>, [in:] <author>H. E. Barnes</author>, <container-title>An Introduction to the History of Sociology</container-title>, <publisher-place>Chicago</publisher-place> <issued>1948</issued>'
    )
    expect(r.item).toMatchObject({author: [{family: 'Barnes', given: 'H. E.'}], editor: [{family: 'Barnes', given: 'H. E.'}]})
    // Two authors joined by `and` stay authors.
    expect(read('<author>Ann Lee</author> and <author>Bo Kim</author>, <title>Rivers</title> (<publisher-place>Boston</publisher-place>, <issued>2001</issued>)').item.editor).toBeUndefined()
  })
})

describe('splitNamesFromTitle', () => {
  it('ends a name list before title words, and joins them to the title', () => {
    expect(
      read(
        '<author>Chae-Jin Lee, China’s Korean Minority</author>: <title>The Politics of Ethnic Education</title> (<publisher-place>Boulder</publisher-place>: <publisher>Westview Press</publisher>, <issued>1986</issued>)'
      ).item
    ).toMatchObject({
      author: [{family: 'Lee', given: 'Chae-Jin'}],
      title: 'China’s Korean Minority: The Politics of Ethnic Education'
    })
    expect(read('<author>Hartley, Parish of Barton</author>, <page>150</page>').item).toMatchObject({author: [{family: 'Hartley'}], title: 'Parish of Barton'})
    expect(read('<author>Müller, Hans; Schmidt, Anna</author>: <title>Die Stadt</title>. <publisher-place>Berlin</publisher-place> <issued>2001</issued>').item.author).toHaveLength(2)
    expect(
      read('<author>Atack, Jeremy, and Douglas A. Boyd</author>, “<title>Rivers</title>,” <container-title>Journal</container-title> <volume>3</volume> (<issued>2001</issued>)').item.author
    ).toHaveLength(2)
  })
})

describe('a date after the words that say when a page was read', () => {
  it('is the access date, whatever field the model gave it', () => {
    const r = read('<title>Flask Documentation</title>, <URL>https://flask.palletsprojects.com/</URL>, abgerufen am <issued>30.07.2026</issued>')
    expect(r.item.accessed).toEqual({'date-parts': [[2026, 7, 30]]})
    expect(r.item.issued).toBeUndefined()
    expect(read('<title>Flask Documentation</title>, <issued>30.07.2026</issued>').item.issued).toEqual({'date-parts': [[2026, 7, 30]]})
  })
})
