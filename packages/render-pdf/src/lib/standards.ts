import {PDFName, PDFString, type PDFDocument} from 'pdf-lib'
import {deflate} from './content.js'
import {SRGB_CONDITION, SRGB_PROFILE_BASE64} from './srgb-profile.js'

/** A standard a PDF can claim in its XMP metadata (`--pdf-standard`). */
export type PdfStandard = 'ua' | 'a-2u'

/** The standards, each with the ISO standard it is and what the XMP says to claim it. */
export const PDF_STANDARDS: Record<PdfStandard, {name: string; iso: string; claim: string}> = {
  ua: {name: 'PDF/UA-1', iso: 'ISO 14289-1:2014', claim: 'pdfuaid:part 1 (only for a tagged layout)'},
  'a-2u': {name: 'PDF/A-2u', iso: 'ISO 19005-2:2011, conformance level U', claim: 'pdfaid:part 2, pdfaid:conformance U'}
}

/** What a PDF claims when not told: tagged PDF/UA-1. */
export const DEFAULT_STANDARDS: readonly PdfStandard[] = ['ua']

/**
 * What PDF/A-2u (ISO 19005-2) asks of the objects Octavo writes, clause by clause: the rule, how
 * the writer meets it, and an example of what it writes. `test/standards.test.ts` checks each
 * rule on a written PDF (a rule added here without its check fails that test).
 */
export const PDFA_RULES = [
  {rule: 'header', clause: '6.1.2', requirement: '%PDF-1.n, then a comment of at least four bytes above 127', how: "pdf-lib's header", example: '%PDF-1.7 %\\x81\\x81\\x81\\x81'},
  {
    rule: 'trailer',
    clause: '6.1.3',
    requirement: 'an /ID in the trailer; no /Encrypt',
    how: 'the ID is a hash of the content, the date and the standards: the same input gives the same bytes',
    example: '/ID [<a945a737…> <a945a737…>]'
  },
  {
    rule: 'output intent',
    clause: '6.2.3',
    requirement: 'a GTS_PDFA1 output intent whose profile is an ICC monitor or printer profile, version < 5',
    how: 'sRGB (icc-profiles-free, ICC 2.3, mntr, RGB) as /DestOutputProfile, /N 3',
    example: '/OutputIntents [<< /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) … >>]'
  },
  {
    rule: 'device colour',
    clause: '6.2.4.3',
    requirement: 'DeviceRGB and DeviceGray only under an RGB output intent; DeviceCMYK only under a CMYK one',
    how: 'text and rules are DeviceGray black, PNG figures DeviceRGB or DeviceGray; a CMYK JPEG is a warning (it breaks the claim)',
    example: 'a CMYK JPEG figure → warning'
  },
  {
    rule: 'fonts embedded',
    clause: '6.2.11.4',
    requirement: 'every font program embedded, with every glyph drawn',
    how: 'each face subset with HarfBuzz to what it prints and embedded (FontFile2, or FontFile3 /OpenType)',
    example: '/FontFile2 in each FontDescriptor'
  },
  {
    rule: 'glyph widths',
    clause: '6.2.11.5',
    requirement: "the font dictionary's widths agree with the font program's",
    how: "/W from the subset's own advances (HarfBuzz), rounded to the unit",
    example: '/W [3 [250 500 …]]'
  },
  {
    rule: 'unicode',
    clause: '6.2.11.7',
    requirement: 'every glyph drawn maps to Unicode (not U+0000, U+FEFF or U+FFFE) through ToUnicode',
    how: "ToUnicode from HarfBuzz's clusters (ligatures to their letters); a glyph standing for no character of its own is a warning",
    example: '<0234> <00660069> (fi)'
  },
  {
    rule: 'no .notdef',
    clause: '6.2.11.8',
    requirement: 'no text operator draws the .notdef glyph',
    how: 'a character no face has (already a warning of the layout) is left out, its width kept',
    example: '🦜 with no face that has it: a blank'
  },
  {
    rule: 'annotation flags',
    clause: '6.3.2',
    requirement: 'every annotation has /F with Print set and Hidden, Invisible, NoView, ToggleNoView clear',
    how: 'link annotations get /F 4 (in every PDF)',
    example: '<< /Subtype /Link /F 4 … >>'
  },
  {
    rule: 'actions',
    clause: '6.5.1',
    requirement: 'no JavaScript, Launch or other forbidden action; no additional actions',
    how: 'links are /Dest or URI actions only',
    example: '/A << /S /URI /URI (https://…) >>'
  },
  {
    rule: 'metadata',
    clause: '6.6.2.1',
    requirement: 'the catalog has an XMP /Metadata stream; the packet header has no bytes or encoding attribute',
    how: 'an uncompressed XMP packet',
    example: '<?xpacket begin="\\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>'
  },
  {
    rule: 'extension schema',
    clause: '6.6.2.3',
    requirement: 'every XMP property from the XMP 2005 schemas or one described by a PDF/A extension schema',
    how: 'dc, xmp and pdf properties only, and pdfuaid described by a pdfaExtension:schemas entry',
    example: '<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>'
  },
  {
    rule: 'identification',
    clause: '6.6.4',
    requirement: 'pdfaid:part 2 and pdfaid:conformance U in the XMP',
    how: 'the claim',
    example: '<pdfaid:part>2</pdfaid:part> <pdfaid:conformance>U</pdfaid:conformance>'
  },
  {
    rule: 'info agrees',
    clause: 'ISO 19005-1 6.7.3',
    requirement: "the Info dictionary's entries equal their XMP counterparts (PDF/A-1's rule; PDF/A-2 readers still compare them)",
    how: 'one source for both: Title = dc:title, Author = dc:creator, Subject = dc:description, Creator = xmp:CreatorTool, Producer = pdf:Producer, the dates = xmp:CreateDate and xmp:ModifyDate',
    example: '/Author (Zhihua Shen and Yafeng Xia) = <rdf:li>Zhihua Shen and Yafeng Xia</rdf:li>'
  }
] as const

/** The vendored sRGB profile's bytes (decoded once). */
let srgb: Uint8Array | undefined
export function srgbProfile(): Uint8Array {
  srgb ??= Uint8Array.from(atob(SRGB_PROFILE_BASE64.replace(/\s/g, '')), (c) => c.charCodeAt(0))
  return srgb
}

/**
 * The PDF/A output intent (ISO 19005-2 §6.2.3): sRGB, its ICC profile embedded as a stream with
 * /N 3, in the catalog's /OutputIntents.
 */
export function writeOutputIntent(doc: PDFDocument): void {
  const context = doc.context
  const profile = context.register(context.stream(deflate(srgbProfile()), {N: 3, Filter: 'FlateDecode'}))
  const intent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of(SRGB_CONDITION),
    RegistryName: PDFString.of('http://www.color.org'),
    Info: PDFString.of(SRGB_CONDITION),
    DestOutputProfile: profile
  })
  doc.catalog.set(PDFName.of('OutputIntents'), context.obj([intent]))
}
