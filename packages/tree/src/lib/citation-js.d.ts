// Types for the citation-js name helper (it ships none).
declare module '@citation-js/name' {
  import type {CslName} from './types.js'
  const name: {
    /** `François Dominic Laramée`, `Laramée, François`, `Ludwig van Beethoven` → a CSL name. */
    parse(name: string): CslName
    format(name: CslName, reversed?: boolean): string
  }
  export default name
}
