import {PDFName, type PDFDocument} from 'pdf-lib'

/** XML's five escapes: title and names go into XMP as text. */
function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;'})[c]!)
}

/** What the packet claims: PDF/UA-1 (`ua`, only for a tagged document), PDF/A-2u (`a2u`). */
export interface XmpClaims {
  ua: boolean
  a2u: boolean
}

/** The document's metadata as the Info dictionary has it too (the same values in both: PDF/A compares them). */
export interface XmpInfo {
  title: string
  author: string
  lang: string
  subject?: string | undefined
}

export const CREATOR_TOOL = 'Octavo'
export const PRODUCER = 'Octavo render-pdf (pdf-lib)'

/**
 * PDF/A (ISO 19005-2 §6.6.2.3) allows only the XMP 2005 schemas and those a PDF/A extension
 * schema describes: pdfuaid is not among the first, so a file claiming both describes it.
 */
const PDFUAID_EXTENSION = `
  <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
   <pdfaExtension:schemas>
    <rdf:Bag>
     <rdf:li rdf:parseType="Resource">
      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
      <pdfaSchema:property>
       <rdf:Seq>
        <rdf:li rdf:parseType="Resource">
         <pdfaProperty:name>part</pdfaProperty:name>
         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
         <pdfaProperty:category>internal</pdfaProperty:category>
         <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
        </rdf:li>
       </rdf:Seq>
      </pdfaSchema:property>
     </rdf:li>
    </rdf:Bag>
   </pdfaExtension:schemas>
  </rdf:Description>`

/**
 * The document's XMP metadata packet (ISO 16684-1), as PDF/UA and PDF/A ask
 * for it beside the Info dictionary: dc:title (the title a reader shows),
 * dc:creator, dc:description (the subject), dc:language, the dates and the
 * tools; the PDF/UA-1 claim (ISO 14289-1 §5: `pdfuaid:part` 1) when `ua`; the
 * PDF/A-2u claim (ISO 19005-2 §6.6.4: `pdfaid:part` 2, `pdfaid:conformance` U)
 * when `a2u`, with the extension schema describing pdfuaid when both.
 * Deterministic: the date is the build's.
 */
export function xmpPacket(info: XmpInfo, date: Date, claims: XmpClaims = {ua: false, a2u: false}): string {
  const when = date.toISOString().replace(/\.\d{3}Z$/, 'Z')
  const creator = info.author ? `\n   <dc:creator><rdf:Seq><rdf:li>${xml(info.author)}</rdf:li></rdf:Seq></dc:creator>` : ''
  const description = info.subject ? `\n   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(info.subject)}</rdf:li></rdf:Alt></dc:description>` : ''
  const ua = claims.ua ? `\n  <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">\n   <pdfuaid:part>1</pdfuaid:part>\n  </rdf:Description>` : ''
  const a2u = claims.a2u
    ? `\n  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">\n   <pdfaid:part>2</pdfaid:part>\n   <pdfaid:conformance>U</pdfaid:conformance>\n  </rdf:Description>`
    : ''
  const extension = claims.ua && claims.a2u ? PDFUAID_EXTENSION : ''
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(info.title || 'Untitled')}</rdf:li></rdf:Alt></dc:title>${creator}${description}
   <dc:language><rdf:Bag><rdf:li>${xml(info.lang)}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>${when}</xmp:CreateDate>
   <xmp:ModifyDate>${when}</xmp:ModifyDate>
   <xmp:MetadataDate>${when}</xmp:MetadataDate>
   <xmp:CreatorTool>${CREATOR_TOOL}</xmp:CreatorTool>
   <pdf:Producer>${PRODUCER}</pdf:Producer>
  </rdf:Description>${ua}${a2u}${extension}
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>`
}

/** The packet as the catalog's /Metadata stream (uncompressed, as XMP readers expect and PDF/A asks). */
export function writeXmp(doc: PDFDocument, info: XmpInfo, date: Date, claims: XmpClaims): void {
  const bytes = new TextEncoder().encode(xmpPacket(info, date, claims))
  const stream = doc.context.stream(bytes, {Type: 'Metadata', Subtype: 'XML'})
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream))
}
