// Types for the two small citation-js helpers we use (they ship none).
declare module '@citation-js/name' {
  import type {CslName} from './types.js'
  const name: {
    /** `François Dominic Laramée`, `Laramée, François`, `Ludwig van Beethoven` → a CSL name. */
    parse(name: string): CslName
    format(name: CslName, reversed?: boolean): string
  }
  export default name
}

declare module '@citation-js/date' {
  import type {CslDate} from './types.js'
  const date: {
    /** `2023-01-30`, `2022-07`, `2018` → CSL date-parts; anything else → `{raw}`. */
    parse(value: string): CslDate
    format(date: CslDate, delimiter?: string): string
  }
  export default date
}
