import {describe, expect, it} from 'vitest'
import {
  accessedLeft,
  kindBeforeDate,
  labeledLocatorInside,
  linkedPage,
  linkedTitle,
  pagesListed,
  publisherBeforeYear,
  romanPages,
  saintInPlace,
  titleWithLocatorAlone,
  trailingArchive,
  trailingDate,
  trailingPages
} from '../src/lib/after-citation.js'
import type {LabeledCitation} from '../src/lib/model/reader.js'
import {cited} from './cited.js'

const shown = (note: string, c: LabeledCitation) => [note.slice(c.start, c.end), ...c.fields.map((f) => `${f.field}: ${f.text}`)]

describe('trailingDate: a periodical’s date and page left after the citation', () => {
  const note = 'As a complaint in the local press shows (“The Hessle Ferry Once More,” Beverley Chronicle, 2 September 1848, 2); the commissioners did not intervene.'
  it('joins the citation when it has a container and no date', () => {
    const c = cited(note, 'The Hessle Ferry Once More,” Beverley Chronicle,', [
      ['title', 'The Hessle Ferry Once More'],
      ['title', 'Beverley Chronicle']
    ])
    expect(shown(note, trailingDate(note, [c])[0]!)).toEqual([
      'The Hessle Ferry Once More,” Beverley Chronicle, 2 September 1848, 2',
      'title: The Hessle Ferry Once More',
      'title: Beverley Chronicle',
      'issued: 2 September 1848',
      'page: 2'
    ])
  })
  it('leaves a citation with a date, or with no container, and words that are no date', () => {
    const dated = cited(note, 'The Hessle Ferry Once More,” Beverley Chronicle,', [
      ['title', 'The Hessle Ferry Once More'],
      ['container-title', 'Beverley Chronicle'],
      ['issued', '1848']
    ])
    expect(trailingDate(note, [dated])).toEqual([dated])
    const book = cited(note, 'The Hessle Ferry Once More,”', [['title', 'The Hessle Ferry Once More']])
    expect(trailingDate(note, [book])).toEqual([book])
    const prose = 'See Anna Berg, Die Stadt, Wien, which was written in 1998.'
    const c = cited(prose, 'Anna Berg, Die Stadt, Wien', [
      ['author', 'Anna Berg'],
      ['title', 'Die Stadt'],
      ['container-title', 'Wien']
    ])
    expect(trailingDate(prose, [c])).toEqual([c])
  })
})

describe('trailingArchive: an archive’s abbreviation and call number left after the citation', () => {
  const note = 'Cf. «Padrón de vecinos de Valdemora de la Sierra», 1752, AMV, legajo 123, exp. 4, donde faltan los vecinos del arrabal.'
  it('joins the citation when the call number is written in units', () => {
    const c = cited(note, '«Padrón de vecinos de Valdemora de la Sierra», 1752,', [
      ['title', 'Padrón de vecinos de Valdemora de la Sierra'],
      ['issued', '1752']
    ])
    expect(shown(note, trailingArchive(note, [c])[0]!)).toEqual([
      '«Padrón de vecinos de Valdemora de la Sierra», 1752, AMV, legajo 123, exp. 4',
      'title: Padrón de vecinos de Valdemora de la Sierra',
      'issued: 1752',
      'archive: AMV',
      'archive_location: legajo 123, exp. 4'
    ])
  })
  it('leaves a word that is no abbreviation, and an abbreviation with no units after it', () => {
    for (const tail of ['Madrid, legajo 123', 'AMV, donde faltan 123']) {
      const text = `«Padrón», 1752, ${tail}.`
      const c = cited(text, '«Padrón», 1752,', [
        ['title', 'Padrón'],
        ['issued', '1752']
      ])
      expect(trailingArchive(text, [c])).toEqual([c])
    }
  })
})

describe('linkedPage, accessedLeft, kindBeforeDate', () => {
  it('linkedPage: a linked title read on a day is a citation, the model having read none', () => {
    const note = 'The Programming Historian, accessed 3 March 2021.'
    const [c] = linkedPage(note, [], [{start: 0, end: 25}])
    expect(shown(note, c!)).toEqual(['The Programming Historian, accessed 3 March 2021', 'title: The Programming Historian', 'accessed: accessed 3 March 2021'])
    // A link with no access date after it is left to the model, as one inside a citation.
    expect(linkedPage('The Programming Historian has lessons.', [], [{start: 0, end: 25}])).toEqual([])
  })

  it('linkedTitle: a link’s text that opens a citation, read as names, is its title; a name after a dash its author', () => {
    const note = 'Alan Kay and OO Programming — Curtis "Ovid" Poe, 2019-05-17.'
    const c = cited(note, note.slice(0, -1), [
      ['author', 'Alan Kay and OO Programming'],
      ['title', 'Ovid" Poe'],
      ['issued', '2019-05-17']
    ])
    expect(shown(note, linkedTitle(note, [c], [{start: 0, end: 27}])[0]!)).toEqual([note.slice(0, -1), 'title: Alan Kay and OO Programming', 'author: Curtis "Ovid" Poe', 'issued: 2019-05-17'])
    // `von` and a given name a reader knows; a site's name after the dash is no author.
    const von = 'Obvious Always Wins von Luke Wroblewski'
    const v = cited(von, von, [['author', 'Obvious Always Wins von Luke Wroblewski']])
    expect(shown(von, linkedTitle(von, [v], [{start: 0, end: 19}])[0]!).slice(1)).toEqual(['title: Obvious Always Wins', 'author: Luke Wroblewski'])
    const site = 'Obvious Always Wins — Harvard Business Review'
    const s = cited(site, site, [
      ['author', 'Obvious Always Wins'],
      ['container-title', 'Harvard Business Review']
    ])
    expect(shown(site, linkedTitle(site, [s], [{start: 0, end: 19}])[0]!).slice(1)).toEqual(['title: Obvious Always Wins', 'container-title: Harvard Business Review'])
  })

  it('linkedTitle: citations begun inside a link are one; a title read whole, a citation before the link or a URL as its text are left', () => {
    const note = 'Dr. Alan Kay on the Meaning of OOP, a letter.'
    const c = cited(note, 'Alan Kay on the Meaning of OOP', [['title', 'Alan Kay on the Meaning of OOP']])
    expect(shown(note, linkedTitle(note, [c], [{start: 0, end: 34}])[0]!)).toEqual(['Dr. Alan Kay on the Meaning of OOP', 'title: Dr. Alan Kay on the Meaning of OOP'])
    const whole = cited(note, 'Dr. Alan Kay on the Meaning of OOP', [['title', 'Dr. Alan Kay on the Meaning of OOP']])
    expect(linkedTitle(note, [whole], [{start: 0, end: 34}])).toEqual([whole])
    const named = 'Jane Smith, Lagoons, 2019.'
    const n = cited(named, named.slice(0, -1), [
      ['author', 'Jane Smith'],
      ['author', 'Lagoons'],
      ['issued', '2019']
    ])
    expect(linkedTitle(named, [n], [{start: 12, end: 19}])).toEqual([n])
    const linked = 'Weischenberg, Siegfried: Journalismus in Deutschland, in: Media Perspektiven 7, 2006, S. 359'
    const w = cited(linked, linked, [
      ['author', 'Weischenberg, Siegfried'],
      ['title', 'Journalismus in Deutschland'],
      ['container-title', 'Media Perspektiven'],
      ['volume', '7'],
      ['issued', '2006'],
      ['page', 'S. 359']
    ])
    expect(linkedTitle(linked, [w], [{start: 0, end: linked.length}])).toEqual([w])
    const url = 'https://example.org/Jane-Smith'
    const u = cited(url, url, [['author', url]])
    expect(linkedTitle(url, [u], [{start: 0, end: url.length}])).toEqual([u])
  })

  it('titleWithLocatorAlone: a note that is a title and its locator, read as nothing, is a short form', () => {
    for (const [note, title, page] of [
      ['The New Spirit, p. 232.', 'The New Spirit', 'p. 232'],
      ['Autobiography, ch. xxviii.', 'Autobiography', 'ch. xxviii'],
      ['Letters of Lowell, i. 75.', 'Letters of Lowell', 'i. 75'],
      ["Pensées d'un Solitaire, S. 66 f.", "Pensées d'un Solitaire", 'S. 66 f']
    ] as const) {
      expect(shown(note, titleWithLocatorAlone(note, [])[0]!)).toEqual([`${title}, ${page}`, `title: ${title}`, `page: ${page}`])
    }
    // A cross-reference, a sentence, a note the model read, a title with no locator label: left.
    expect(titleWithLocatorAlone('Above, p. 12.', [])).toEqual([])
    expect(titleWithLocatorAlone('The argument is made at length in his later work, p. 12.', [])).toEqual([])
    expect(titleWithLocatorAlone('The New Spirit, 232.', [])).toEqual([])
    const read = cited('The New Spirit, p. 232.', 'The New Spirit', [['title', 'The New Spirit']])
    expect(titleWithLocatorAlone('The New Spirit, p. 232.', [read])).toEqual([read])
  })

  it('accessedLeft: when the page was read, read as nothing, joins the citation', () => {
    const note = 'The Programming Historian, accessed 3 March 2021.'
    const c = cited(note, 'The Programming Historian', [['container-title', 'The Programming Historian']])
    expect(shown(note, accessedLeft(note, [c])[0]!)).toEqual(['The Programming Historian, accessed 3 March 2021', 'container-title: The Programming Historian', 'accessed: accessed 3 March 2021'])
    const read = cited(note, note.slice(0, -1), [
      ['container-title', 'The Programming Historian'],
      ['accessed', 'accessed 3 March 2021']
    ])
    expect(accessedLeft(note, [read])).toEqual([read])
  })

  it('kindBeforeDate: a document named by its kind before its date has that name as its title', () => {
    const note = 'Vgl. Bericht vom 12.03.1879, StAK, Best. 12 Nr. 345.'
    const c = cited(note, 'Bericht vom 12.03.1879, StAK, Best. 12 Nr. 345', [
      ['issued', '12.03.1879'],
      ['container-title', 'StAK'],
      ['archive_location', 'Best. 12 Nr. 345']
    ])
    expect(shown(note, kindBeforeDate(note, [c])[0]!)[1]).toBe('title: Bericht')
    // Names before the date are an author's: no title is made of them.
    const named = cited(note, 'Bericht vom 12.03.1879', [
      ['author', 'Bericht'],
      ['issued', '12.03.1879']
    ])
    expect(kindBeforeDate(note, [named])).toEqual([named])
  })
})

describe('trailingPages: pages with their label left after the last field', () => {
  it('reads pages the model took into the citation as no field (`(New Haven, 1999), págs. 23-114.`)', () => {
    const note = 'Gabriel Gorodetsky, Grand Delusion (New Haven, 1999), págs. 23-114.'
    const c = cited(note, note, [
      ['author', 'Gabriel Gorodetsky'],
      ['title', 'Grand Delusion'],
      ['publisher-place', 'New Haven'],
      ['issued', '1999']
    ])
    expect(shown(note, trailingPages(note, [c])[0]!)).toEqual([note, 'author: Gabriel Gorodetsky', 'title: Grand Delusion', 'publisher-place: New Haven', 'issued: 1999', 'page: págs. 23-114'])
  })
  it('reads paragraphs with their label and the pages following (`Bern 2025, Rz. 602 ff.`)', () => {
    const note = 'Bundesamt für Justiz, Gesetzgebungsleitfaden, 5. Aufl., Bern 2025, Rz. 602 ff.'
    const c = cited(note, note, [
      ['author', 'Bundesamt für Justiz'],
      ['title', 'Gesetzgebungsleitfaden'],
      ['publisher-place', 'Bern'],
      ['issued', '2025']
    ])
    expect(shown(note, trailingPages(note, [c])[0]!).at(-1)).toBe('page: Rz. 602 ff.')
  })
  it('reads pages after `esp.`, and lines in a list', () => {
    const esp = 'Corey E. Andrews, The Genius of Scotland (Amsterdam: Rodopi, 2015), esp. pp. 94-103.'
    const c = cited(esp, 'Corey E. Andrews, The Genius of Scotland (Amsterdam: Rodopi, 2015)', [
      ['author', 'Corey E. Andrews'],
      ['title', 'The Genius of Scotland'],
      ['publisher-place', 'Amsterdam'],
      ['publisher', 'Rodopi'],
      ['issued', '2015']
    ])
    expect(shown(esp, trailingPages(esp, [c])[0]!).at(-1)).toBe('page: esp. pp. 94-103')
    const lines = 'Turnbull, "Ode to a Friend," Columbia Herald, May 23, 1796, ll. 1-2, 5-6, 57-60.'
    const l = cited(lines, 'Turnbull, "Ode to a Friend," Columbia Herald, May 23, 1796', [
      ['author', 'Turnbull'],
      ['title', 'Ode to a Friend'],
      ['container-title', 'Columbia Herald'],
      ['issued', 'May 23, 1796']
    ])
    expect(shown(lines, trailingPages(lines, [l])[0]!).at(-1)).toBe('page: ll. 1-2, 5-6, 57-60')
  })
  it('leaves a citation whose pages were read, or a number with no label', () => {
    const note = 'Gabriel Gorodetsky, Grand Delusion (New Haven, 1999), 23-114.'
    const c = cited(note, note, [
      ['author', 'Gabriel Gorodetsky'],
      ['title', 'Grand Delusion'],
      ['issued', '1999']
    ])
    expect(trailingPages(note, [c])).toEqual([c])
  })
})

describe('romanPages: front-matter pages after the imprint', () => {
  it('joins the citation; an arabic number is not one', () => {
    const note = 'L. W. B. Brockliss, Calvet’s Web (New York, 2002), vii-viii.'
    const c = cited(note, 'L. W. B. Brockliss, Calvet’s Web (New York, 2002', [
      ['author', 'L. W. B. Brockliss'],
      ['title', 'Calvet’s Web'],
      ['issued', '2002']
    ])
    expect(shown(note, romanPages(note, [c])[0]!).at(-1)).toBe('page: vii-viii')
    const arabic = 'L. W. B. Brockliss, Calvet’s Web (New York, 2002), 12.'
    const d = cited(arabic, 'L. W. B. Brockliss, Calvet’s Web (New York, 2002', [['issued', '2002']])
    expect(romanPages(arabic, [d])).toEqual([d])
  })

  it('joins a short form or an Ibid. with no date; not a dated citation whose last field is no date', () => {
    const short = 'Shattock and Wolff, Victorian Periodical Press, xvi.'
    const c = cited(short, 'Shattock and Wolff, Victorian Periodical Press, xvi.', [
      ['author', 'Shattock and Wolff'],
      ['publisher', 'Victorian Periodical Press']
    ])
    expect(shown(short, romanPages(short, [c])[0]!).at(-1)).toBe('page: xvi')
    const ibid = 'Ibid., viii.'
    const i = cited(ibid, 'Ibid', [['abbrev', 'Ibid']])
    expect(shown(ibid, romanPages(ibid, [i])[0]!)).toEqual(['Ibid., viii', 'abbrev: Ibid', 'page: viii'])
    const verso = 'A. C. V. R., Cause, b. 11, cc. 117-120, v.'
    const v = cited(verso, 'A. C. V. R., Cause, b. 11, cc. 117-120', [['archive_location', 'b. 11, cc. 117-120']])
    expect(romanPages(verso, [v])).toEqual([v])
    const dated = 'Smith, History (London, 1990), Appendix, iv.'
    const d = cited(dated, 'Smith, History (London, 1990), Appendix', [
      ['title', 'History'],
      ['issued', '1990'],
      ['title', 'Appendix']
    ])
    expect(romanPages(dated, [d])).toEqual([d])
  })

  it('takes them out of a short form’s title that ran on over its comma (`*Being Reconciled,* ix`); not a title of one roman word', () => {
    const note = 'Milbank, Being Reconciled, ix.'
    const c = cited(note, 'Milbank, Being Reconciled, ix', [
      ['author', 'Milbank'],
      ['title', 'Being Reconciled, ix']
    ])
    expect(shown(note, romanPages(note, [c])[0]!)).toEqual(['Milbank, Being Reconciled, ix', 'author: Milbank', 'title: Being Reconciled', 'page: ix'])
    const arabic = 'Milbank, Being Reconciled, 128.'
    const a = cited(arabic, 'Milbank, Being Reconciled, 128', [
      ['author', 'Milbank'],
      ['title', 'Being Reconciled, 128']
    ])
    expect(romanPages(arabic, [a])).toEqual([a])
  })
})

describe('the rules of a citation’s own fields, where they stop', () => {
  it('labeledLocatorInside: not `note 12` (`supra note 12` is a back-reference), nor a citation with a page', () => {
    const supra = 'Smith, supra note 12, https://example.org/smith.'
    const s = cited(supra, 'Smith, supra note 12, https://example.org/smith', [
      ['author', 'Smith'],
      ['URL', 'https://example.org/smith']
    ])
    expect(labeledLocatorInside(supra, s)).toBe(s)
    const paged = 'Church, Teaching (2008), section I.5, p. 4. https://example.org/t'
    const p = cited(paged, paged, [
      ['title', 'Teaching'],
      ['issued', '2008'],
      ['page', '4'],
      ['URL', 'https://example.org/t']
    ])
    expect(labeledLocatorInside(paged, p)).toBe(p)
  })

  it('pagesListed: a volume before the pages stays a volume', () => {
    const note = 'Joan Kelly, “Did Women Have a Renaissance?,” Signs 3, 45–67.'
    const c = cited(note, note.slice(0, -1), [
      ['author', 'Joan Kelly'],
      ['title', 'Did Women Have a Renaissance?'],
      ['container-title', 'Signs'],
      ['volume', '3'],
      ['page', '45–67']
    ])
    expect(pagesListed(note, c)).toBe(c)
  })

  it('saintInPlace: a bracket in the title before another place stays the title’s', () => {
    const note = 'Storia di Venezia (secoli XV-XVI), Venezia: Marsilio, 1990.'
    const c = cited(note, note.slice(0, -1), [
      ['title', 'Storia di Venezia (secoli XV-XVI)'],
      ['publisher-place', 'Venezia'],
      ['publisher', 'Marsilio'],
      ['issued', '1990']
    ])
    expect(saintInPlace(note, c)).toBe(c)
  })

  it('publisherBeforeYear: not a bracket closed before the year, nor a place and publisher', () => {
    const closed = 'Jane Smith, The Reading Room (Penguin) 2019.'
    const c = cited(closed, closed.slice(0, -1), [
      ['author', 'Jane Smith'],
      ['title', 'The Reading Room (Penguin)'],
      ['issued', '2019']
    ])
    expect(publisherBeforeYear(closed, c)).toBe(c)
    const placed = 'Jane Smith, The Reading Room (London: Penguin, 2019).'
    const p = cited(placed, placed.slice(0, -1), [
      ['author', 'Jane Smith'],
      ['title', 'The Reading Room (London: Penguin'],
      ['issued', '2019']
    ])
    expect(publisherBeforeYear(placed, p)).toBe(p)
    const titled = "Antonio Planellì (Dell'opra in musica. Trattato, 1772)."
    const t = cited(titled, titled.slice(0, -1), [
      ['title', "Antonio Planellì (Dell'opra in musica. Trattato"],
      ['issued', '1772']
    ])
    expect(publisherBeforeYear(titled, t)).toBe(t)
    const periodical = 'Friedländer, Die italienischen Schaumünzen (Jahrbuch der Kunstsammlungen I, 1880).'
    const j = cited(periodical, periodical.slice(0, -1), [
      ['author', 'Friedländer'],
      ['title', 'Die italienischen Schaumünzen (Jahrbuch der Kunstsammlungen I'],
      ['issued', '1880']
    ])
    expect(publisherBeforeYear(periodical, j)).toBe(j)
  })
})
