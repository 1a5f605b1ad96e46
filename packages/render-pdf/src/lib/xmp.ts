import {PDFName, type PDFDocument} from 'pdf-lib'

/** XML's five escapes: title and names go into XMP as text. */
function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;'})[c]!)
}

/**
 * The document's XMP metadata packet (ISO 16684-1), as PDF/UA and PDF/A ask
 * for it beside the Info dictionary: dc:title (the title a reader shows),
 * dc:creator, dc:language, the dates and the tools; and, when the document is
 * tagged (`ua`: the layout gave a structure), the PDF/UA-1 claim
 * (ISO 14289-1 §5: `pdfuaid:part` 1). A layout without a structure (made by
 * hand) prints everything as an artifact and claims nothing.
 * Deterministic: the date is the build's.
 */
export function xmpPacket(info: {title: string; author: string; lang: string}, date: Date, ua = false): string {
  const when = date.toISOString().replace(/\.\d{3}Z$/, 'Z')
  const creator = info.author ? `\n   <dc:creator><rdf:Seq><rdf:li>${xml(info.author)}</rdf:li></rdf:Seq></dc:creator>` : ''
  const claim = ua ? `\n  <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">\n   <pdfuaid:part>1</pdfuaid:part>\n  </rdf:Description>` : ''
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(info.title || 'Untitled')}</rdf:li></rdf:Alt></dc:title>${creator}
   <dc:language><rdf:Bag><rdf:li>${xml(info.lang)}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>${when}</xmp:CreateDate>
   <xmp:ModifyDate>${when}</xmp:ModifyDate>
   <xmp:MetadataDate>${when}</xmp:MetadataDate>
   <xmp:CreatorTool>Octavo</xmp:CreatorTool>
   <pdf:Producer>Octavo render-pdf (pdf-lib)</pdf:Producer>
  </rdf:Description>${claim}
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>`
}

/** The packet as the catalog's /Metadata stream (uncompressed, as XMP readers expect). */
export function writeXmp(doc: PDFDocument, info: {title: string; author: string; lang: string}, date: Date, ua = false): void {
  const bytes = new TextEncoder().encode(xmpPacket(info, date, ua))
  const stream = doc.context.stream(bytes, {Type: 'Metadata', Subtype: 'XML'})
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream))
}
