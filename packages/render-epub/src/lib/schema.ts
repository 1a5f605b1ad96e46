import type {Schema} from 'hast-util-sanitize'

/**
 * What survives in the content document once raw HTML from the source has
 * been parsed: HTML 5 elements valid in EPUB 3 XHTML, the attributes our own
 * renderer writes, nothing that loads or runs anything. Obsolete presentational
 * attributes (`width`, `border`, `align` except on table cells, which become
 * classes) are dropped, so that EPUBCheck's schema accepts what is left.
 */
export const contentSchema: Schema = {
  allowComments: false,
  allowDoctypes: false,
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style', 'template', 'title', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'textarea', 'select', 'button', 'head'],
  ancestors: {
    tbody: ['table'],
    td: ['table'],
    th: ['table'],
    thead: ['table'],
    tfoot: ['table'],
    tr: ['table'],
    caption: ['table'],
    colgroup: ['table'],
    col: ['table'],
    li: ['ol', 'ul'],
    dt: ['dl'],
    dd: ['dl'],
    figcaption: ['figure']
  },
  tagNames: [
    'a', 'abbr', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup',
    'dd', 'del', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5',
    'h6', 'header', 'hr', 'i', 'img', 'input', 'ins', 'kbd', 'li', 'mark', 'nav', 'ol', 'p', 'pre', 'q', 'rp', 'rt',
    'ruby', 's', 'samp', 'section', 'small', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th',
    'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr'
  ],
  attributes: {
    a: ['href', 'hrefLang'],
    abbr: ['title'],
    blockquote: ['cite'],
    col: ['span'],
    colgroup: ['span'],
    del: ['cite', 'dateTime'],
    img: ['alt', 'src'],
    input: [['type', 'checkbox'], 'checked', 'disabled'],
    ins: ['cite', 'dateTime'],
    li: ['value'],
    ol: ['start', 'type'],
    q: ['cite'],
    span: ['dataCites'],
    td: ['align', 'colSpan', 'rowSpan', 'headers'],
    th: ['align', 'colSpan', 'rowSpan', 'headers', 'scope', 'abbr'],
    time: ['dateTime'],
    '*': ['id', 'className', 'lang', 'xmlLang', 'dir', 'title', 'role', 'epub:type', 'ariaLabel', 'ariaLabelledBy', 'ariaDescribedBy', 'ariaHidden']
  },
  protocols: {
    href: ['http', 'https', 'mailto'],
    cite: ['http', 'https'],
    src: ['http', 'https']
  },
  required: {}
}
