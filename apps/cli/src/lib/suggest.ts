import {closest, distance} from 'fastest-levenshtein'

/**
 * The candidate closest to what was typed (`titel` → `title`,
 * `artcle.md` → `article.md`), when it is close enough to be what was meant:
 * at most two edits in five characters, three in any word (case aside),
 * and never the word itself.
 */
export function didYouMean(typed: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined
  const lower = typed.toLowerCase()
  const best = closest(
    lower,
    candidates.map((c) => c.toLowerCase())
  )
  const found = candidates.find((c) => c.toLowerCase() === best)
  if (found === undefined || found === typed) return undefined
  const length = Math.max(lower.length, best.length)
  return distance(lower, best) <= Math.min(3, Math.max(1, Math.round(length * 0.4))) ? found : undefined
}

/** ` (did you mean 'title'?)`, or nothing. */
export function suggestion(typed: string, candidates: readonly string[]): string {
  const found = didYouMean(typed, candidates)
  return found === undefined ? '' : ` (did you mean '${found}'?)`
}
