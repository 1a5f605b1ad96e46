export {run} from './lib/cli.js'
export type {Io} from './lib/reporter.js'
