/** A regular expression or string literal with every character beyond ASCII escaped. */
export function asciiLiteral(text: string): string
/** A string literal whose value is `raw` (the text of a `String.raw` template), in ASCII. */
export function asciiString(raw: string): string
/** `code` (a script) with every character beyond ASCII written as ASCII, or an error saying where it cannot be. */
export function asciiOnly(code: string): string
