import {strFromU8, unzipSync} from 'fflate'
import {expect, test} from 'vitest'
import type {Root} from 'mdast'
import {renderEpub} from '../src/index.js'

// Found by the random-tree property (seed -1946382493): a heading whose `]]` and `>` are
// parted only by a control character. The navigation documents removed the character after
// checking for `]]>`, leaving `]]>` in their character data (not well-formed XML).
test('a heading `]]\\u0007>` gives well-formed navigation documents (the control character removed before `]]>` is escaped)', async () => {
  const tree = {
    type: 'root',
    data: {meta: {title: 'T', lang: 'en'}},
    children: [{type: 'heading', depth: 1, children: [{type: 'text', value: ']]\u0007>a'}]}]
  } as unknown as Root
  const {epub} = await renderEpub(tree, {modified: new Date(0)})
  const files = unzipSync(epub)
  for (const name of ['OEBPS/nav.xhtml', 'OEBPS/toc.ncx', 'OEBPS/content.xhtml']) {
    const text = strFromU8(files[name]!)
    expect(text, name).not.toContain(']]>')
    expect(text, name).toContain(']]&#x3E;a')
  }
})
