import path from 'node:path'
import {isMap, isScalar, type Node as YamlNode, type Pair} from 'yaml'
import type {Diagnostic} from '@octavo/parser'
import {readText, whyNot} from './input.js'
import {InputError} from './errors.js'
import {parseYaml} from './yaml.js'
import {didYouMean} from './suggest.js'
import {parsePdfStandards} from './pdf-standard.js'

/** Defaults for every command, from `octavo.yaml`. Paths are resolved against the file's folder. */
export interface Config {
  output?: string
  to?: string
  'page-size'?: string
  notes?: string
  /** Checked and in order (`ua,a-2u`). */
  'pdf-standard'?: string
  csl?: string
  'restyle-notes'?: string
}

const KEYS = ['output', 'to', 'page-size', 'notes', 'pdf-standard', 'csl', 'restyle-notes'] as const
const CHOICES: Partial<Record<(typeof KEYS)[number], readonly string[]>> = {
  'page-size': ['a4', 'letter', '6x9'],
  notes: ['footnotes', 'endnotes'],
  'restyle-notes': ['cmos17', 'cmos18']
}
const PATHS = new Set(['output', 'csl'])

export const CONFIG_FILE = 'octavo.yaml'

/**
 * Read `octavo.yaml`: the file given with `--config`, else the one in the
 * current folder when present. Problems are diagnostics naming their line.
 */
export async function loadConfig(explicit: string | undefined, cwd: string): Promise<{file?: string; config: Config; diagnostics: Diagnostic[]}> {
  const file = explicit ?? path.join(cwd, CONFIG_FILE)
  let text: string
  try {
    text = await readText(file, 'config')
  } catch (error) {
    if (explicit === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return {config: {}, diagnostics: []}
    throw new InputError(`cannot read configuration '${file}': ${await whyNot(file, error)}`)
  }
  return {file, ...parseConfig(text, path.dirname(path.resolve(file)))}
}

export function parseConfig(text: string, folder: string): {config: Config; diagnostics: Diagnostic[]} {
  const {document, at, diagnostics} = parseYaml(text, 'cli:config')
  const config: Config = {}
  if (diagnostics.length > 0 || document.contents === null) return {config, diagnostics}
  if (!isMap(document.contents)) {
    diagnostics.push({severity: 'error', message: 'octavo.yaml is a YAML mapping of option: value', position: at(0), source: 'cli:config'})
    return {config, diagnostics}
  }
  for (const pair of document.contents.items as Array<Pair<YamlNode, YamlNode | null>>) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    const where = at(pair.key?.range?.[0])
    if (!(KEYS as readonly string[]).includes(key)) {
      const close = didYouMean(key, KEYS)
      diagnostics.push({
        severity: 'error',
        message: `unknown key '${key}' (${close === undefined ? '' : `did you mean '${close}'? `}expected one of ${KEYS.join(', ')})`,
        position: where,
        source: 'cli:config'
      })
      continue
    }
    const value = isScalar(pair.value) ? pair.value.value : undefined
    const valueAt = at(pair.value?.range?.[0] ?? pair.key?.range?.[0])
    if (typeof value !== 'string') {
      diagnostics.push({severity: 'error', message: `'${key}' must be text`, position: valueAt, source: 'cli:config'})
      continue
    }
    if (key === 'pdf-standard') {
      try {
        config[key] = parsePdfStandards(value).join(',')
      } catch (error) {
        diagnostics.push({severity: 'error', message: `'${key}': ${(error as Error).message}`, position: valueAt, source: 'cli:config'})
      }
      continue
    }
    const choices = CHOICES[key as keyof typeof CHOICES]
    if (choices && !choices.includes(value.toLowerCase())) {
      diagnostics.push({severity: 'error', message: `'${key}' must be one of ${choices.join(', ')}`, position: valueAt, source: 'cli:config'})
      continue
    }
    config[key as keyof Config] = PATHS.has(key) ? path.resolve(folder, value) : choices ? value.toLowerCase() : value
  }
  return {config, diagnostics}
}
