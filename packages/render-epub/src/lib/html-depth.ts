/** Elements with no end tag: they open nothing. */
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'])

/** A node as it may come (after `normalizeTree`): html nodes carry their source as `value`. */
interface Node {
  type?: unknown
  value?: unknown
  children?: unknown
}

/**
 * Drop the raw HTML tags that would open elements more than `max` deep, and their end tags,
 * counting start and end tags across the document's `html` nodes in order (an upper bound of
 * what the HTML parser builds). Text is kept. Linear; returns how many tags were dropped.
 */
export function boundHtmlDepth(tree: Node, max: number): number {
  const state = {depth: 0, excess: 0, dropped: 0}
  const stack: unknown[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()
    if (typeof node !== 'object' || node === null) continue
    const n = node as Node
    if (n.type === 'html' && typeof n.value === 'string' && n.value.includes('<')) n.value = rewrite(n.value, state, max)
    if (Array.isArray(n.children)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i])
  }
  return state.dropped
}

function rewrite(html: string, state: {depth: number; excess: number; dropped: number}, max: number): string {
  let out = ''
  let at = 0
  let close = -1
  for (let open = html.indexOf('<'); open >= 0; open = html.indexOf('<', open + 1)) {
    if (close < open) close = html.indexOf('>', open + 1)
    if (close < 0) break
    const tag = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(html.slice(open, Math.min(close, open + 80)))
    if (!tag) continue
    // The next tag starts after this one (a `<` inside its attributes is not a tag).
    const [start, end] = [open, close]
    open = end
    if (!keepTag(tag[1] === '/', tag[2]!.toLowerCase(), html[end - 1] === '/', state, max)) {
      out += html.slice(at, start)
      at = end + 1
      state.dropped++
    }
  }
  return out + html.slice(at)
}

/** Whether a tag stays; counts what it opens or closes. */
function keepTag(end: boolean, name: string, selfClosing: boolean, state: {depth: number; excess: number}, max: number): boolean {
  if (voidElements.has(name) || (selfClosing && !end)) return true
  if (end) {
    if (state.excess > 0) {
      state.excess--
      return false
    }
    state.depth = Math.max(0, state.depth - 1)
    return true
  }
  if (state.depth >= max) {
    state.excess++
    return false
  }
  state.depth++
  return true
}
