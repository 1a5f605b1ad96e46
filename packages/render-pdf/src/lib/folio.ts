// Page numbers as printed: arabic for the text, lower-case roman for a volume's front matter.

/** Lower-case roman numerals for the front matter's folios (1 → i, 4 → iv, 14 → xiv). */
export function roman(n: number): string {
  const digits: Array<[number, string]> = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i']
  ]
  let out = ''
  let rest = n
  for (const [value, mark] of digits) {
    while (rest >= value) {
      out += mark
      rest -= value
    }
  }
  return out
}

/** A page's printed number in its numbering. */
export function folioLabel(style: 'roman' | 'arabic', n: number): string {
  return style === 'roman' ? roman(n) : String(n)
}
