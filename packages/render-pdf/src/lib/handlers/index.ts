// The handler of each node type, gathered from their files: what the Typesetter dispatches to.
import type {Handlers} from '../typesetter.js'
import {articleHandlers} from './article.js'
import {blockHandlers} from './blocks.js'
import {codeHandlers} from './code.js'
import {inlineHandlers} from './inline.js'
import {listHandlers} from './list.js'
import {tableHandlers} from './table.js'

export const handlers: Handlers = {
  block: {...blockHandlers, ...listHandlers, ...codeHandlers, ...tableHandlers, ...articleHandlers},
  inline: inlineHandlers
}
