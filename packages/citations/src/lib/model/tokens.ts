/** One token of a note: offsets (UTF-16, end exclusive) into the note's text. */
export interface Token {
  start: number
  end: number
  text: string
}

/**
 * How a note is cut into tokens, one rule per alternative of the pattern, in
 * order: the first that matches at a place wins.
 */
export const TOKEN_RULES = [
  {name: 'url', example: 'https://www.zotero.org/support/kb', pattern: String.raw`(?:https?://|www\.)[^\s<>"“”«»]+`},
  {name: 'doi', example: '10.1093/ahr/rhz123', pattern: String.raw`10\.\d{4,9}/[^\s<>"“”«»]+`},
  {name: 'word', example: "Müller, l'histoire, Chae-Jin, fine-tuning, Sino-Soviet", pattern: String.raw`[\p{L}\p{M}]+(?:['’‐-][\p{L}\p{M}]+)*`},
  {name: 'number', example: '1998 in 1998a, 364 in B364, 2 in 2nd', pattern: String.raw`\p{N}+`},
  {name: 'mark', example: '“ , . – ( §', pattern: String.raw`\S`}
] as const

const TOKEN = new RegExp(TOKEN_RULES.map((r) => `(${r.pattern})`).join('|'), 'gu')

/** A URL or DOI does not end with the sentence's punctuation or a closing bracket it did not open. */
function trimLink(text: string): string {
  let t = text.replace(/[.,;:!?'’”"»]+$/u, '')
  for (const [open, close] of [
    ['(', ')'],
    ['[', ']']
  ] as const) {
    while (t.endsWith(close) && t.split(open).length < t.split(close).length) t = t.slice(0, -1).replace(/[.,;:]+$/u, '')
  }
  return t
}

/** The note's tokens, in order; spaces are never part of one. */
export function tokenize(text: string): Token[] {
  const out: Token[] = []
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    let t = m[0]
    if (m[1] !== undefined || m[2] !== undefined) {
      t = trimLink(t)
      if (t.length === 0) t = m[0].slice(0, 1)
      TOKEN.lastIndex = m.index + t.length
    }
    out.push({start: m.index, end: m.index + t.length, text: t})
  }
  return out
}
