export {run} from './lib/cli.js'
export type {Io} from './lib/cli.js'
