export {layout} from './lib/layout.js'
export {writePdf} from './lib/write.js'
export {renderPdf} from './lib/render.js'
export {breakLines, breakGreedy} from './lib/linebreak.js'
export {PAGE_SCALES, geometries} from './lib/geometry.js'
export type {Item as LineBreakItem, Line as LineBreak, BreakOptions} from './lib/linebreak.js'
export type {Geometry, PageScale} from './lib/geometry.js'
export type {
  AnchorItem,
  FaceKey,
  FontFiles,
  HyphenationPatterns,
  ImageItem,
  ImageSources,
  Layout,
  LayoutImage,
  LayoutItem,
  LayoutOptions,
  LayoutPage,
  LayoutResult,
  LinkItem,
  NoteArea,
  OutlineEntry,
  PageLabelRange,
  PageSizeName,
  RenderOptions,
  RuleItem,
  StructElement,
  StructType,
  TextItem,
  WriteOptions
} from './lib/types.js'
export {BLOCK_TAGS, headingShift, headingTag} from './lib/structure.js'
export {DEFAULT_STANDARDS, PDF_STANDARDS, PDFA_RULES} from './lib/standards.js'
export type {PdfStandard} from './lib/standards.js'
export {STORE_KINDS} from './lib/store.js'
export type {RenderStore, StoreKind, StoredShape, StoredSubset, WordPart} from './lib/store.js'
export {fontFingerprint} from './lib/sfnt.js'
export {deflate} from './lib/content.js'
