export const name = '@octavo/render-pdf'
