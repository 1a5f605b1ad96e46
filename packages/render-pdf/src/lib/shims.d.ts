declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype'
    preserveNameIds?: number[]
    keepFeatures?: string[]
    noLayoutClosure?: boolean
    noHinting?: boolean
  }
  function subsetFont(buffer: Uint8Array, text: string, options?: SubsetOptions): Promise<Uint8Array>
  export default subsetFont
}
declare module 'hyphen' {
  function createHyphenator(patterns: unknown, options?: {hyphenChar?: string; minWordLength?: number; exceptions?: string[]}): (text: string) => string
  export default createHyphenator
}
