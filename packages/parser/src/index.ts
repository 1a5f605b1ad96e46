export {parse} from './lib/parse.js'
export type {ParseOptions} from './lib/parse.js'
export {toMarkdown} from './lib/import.js'
export type * from './lib/types.js'
