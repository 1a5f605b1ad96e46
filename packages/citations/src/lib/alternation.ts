/** A word or phrase as a regular expression matching it literally (`p.` → `p\.`). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Words or phrases as one regular-expression alternation, longest first (so `vgl. auch` is tried before `vgl.`). */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')
}
