export interface AnystyleRecord {
  id: string
  text: string
  fields: Record<string, string>
  segments: Array<[string, string]>
  source: string
}
export function chicagoLike(record: AnystyleRecord): boolean
export function scoreAnystyle(
  records: AnystyleRecord[],
  parseReference: (text: string) => {item: Record<string, unknown>; locator: string | null} | undefined
): {references: number; read: number; fields: Record<string, [number, number]>; accuracy: number; total: number}
