/**
 * Minimal typings for the parts of citation-js 0.8 we use (the packages ship
 * no TypeScript declarations). Only `cite-js.ts` imports these modules.
 */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>)
    data: Array<Record<string, unknown>>
    format(format: string, options?: Record<string, unknown>): unknown
  }
  export const plugins: {
    config: {get(name: string): unknown}
    input: unknown
    output: {format(name: string, data: unknown, ...options: unknown[]): unknown}
  }
  export const util: unknown
}
declare module '@citation-js/plugin-csl' {}
declare module '@citation-js/plugin-ris' {}
declare module '@citation-js/plugin-bibtex' {}
