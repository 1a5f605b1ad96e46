/**
 * The `octavo review` page (Preact, bundled by esbuild into
 * `dist/bundle/review.js`): every note with its citations highlighted, the
 * fields of each in a form, the least certain notes first. A field is
 * previewed as it is typed (formatted by citeproc on the server) and saved
 * when it is left or Enter is pressed. Keyboard first (`KEYS`), a label on
 * every control, one column at 400 px.
 */
import {Fragment, render} from 'preact'
import {useEffect, useMemo, useRef, useState} from 'preact/hooks'
import type {PreviewResult, ReviewCitation, ReviewKey, ReviewName, ReviewNote, ReviewState, ReviewWarning, ReviewWork, Run, SaveRequest} from '../src/lib/review-api.js'

/** Under this confidence a note is "uncertain": the filter shows only these, `u` goes to the next. */
const UNCERTAIN = 0.8

/** The keys of the page, each with what it does (shown on the page). */
const KEYS: ReadonlyArray<{key: string; does: string}> = [
  {key: 'j', does: 'next note'},
  {key: 'k', does: 'previous note'},
  {key: 'u', does: 'next uncertain note'},
  {key: 'a', does: 'accept the note (mark it reviewed) and go to the next uncertain one'},
  {key: 'e', does: 'edit: the first field of the note'},
  {key: 'f', does: `only notes below ${UNCERTAIN}, or all`},
  {key: 'Esc', does: 'leave a field (back to its note)'}
]

const token = new URLSearchParams(location.search).get('token') ?? ''

async function call<T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: {authorization: `token ${token}`, ...(body === undefined ? {} : {'content-type': 'application/json'})},
    ...(body === undefined ? {} : {body: JSON.stringify(body)})
  })
  const value = (await response.json()) as T & {error?: string; problems?: string[]}
  if (!response.ok) throw new Error([value.error ?? response.statusText, ...(value.problems ?? [])].join(': '))
  return value
}

/** The id of the page's one list of works (a datalist: each work's id, its name as label), for every choice of a work. */
const WORKS_LIST = 'works'

/** A confidence as shown: two decimals, cut (not rounded: 0.795 is below 0.8, and shows 0.79). */
const shownConfidence = (confidence: number) => (Math.floor(confidence * 100) / 100).toFixed(2)

const keyId = (key: ReviewKey) => `${key.note}-${key.citation}-${key.index ?? ''}`

// ---- Field values: as the CSL item holds them, as the form shows them, as a correction sets them.

function namesText(names: unknown): string {
  if (!Array.isArray(names)) return ''
  return (names as ReviewName[]).map((n) => (n.literal !== undefined ? n.literal : [n.family, n.given].filter((x) => x).join(', '))).join('; ')
}

/** `An, Longzhen; Foreign Ministry`: each name `Family, Given`, or as written (an institution) without a comma. */
function namesValue(text: string): ReviewName[] {
  return text
    .split(';')
    .map((one) => one.trim())
    .filter((one) => one !== '')
    .map((one) => {
      const comma = one.indexOf(',')
      if (comma === -1) return {literal: one}
      const given = one.slice(comma + 1).trim()
      return {family: one.slice(0, comma).trim(), ...(given === '' ? {} : {given})}
    })
}

function dateText(date: unknown): string {
  const parts = (date as {'date-parts'?: number[][]} | undefined)?.['date-parts']
  if (!Array.isArray(parts)) return typeof (date as {raw?: unknown})?.raw === 'string' ? (date as {raw: string}).raw : ''
  return parts.map(([year, ...rest]) => [String(year), ...rest.map((n) => String(n).padStart(2, '0'))].join('-')).join('/')
}

/** What the form shows of a field. */
function shown(kind: string, value: unknown): string {
  if (kind === 'names') return namesText(value)
  if (kind === 'date') return dateText(value)
  return value === undefined || value === null ? '' : String(value)
}

/** What a correction sets a field to from the form's text: '' removes it. */
function setValue(kind: string, text: string): unknown {
  if (text.trim() === '') return null
  return kind === 'names' ? namesValue(text) : text.trim()
}

/** A field's value as it is now: the citation's own, or its work's. */
function current(field: string, citation: ReviewCitation, work: ReviewWork | undefined): unknown {
  if (field === 'locator') return citation.locator
  if (field === 'label') return citation.label
  if (field === 'form') return citation.form
  return work?.item[field]
}

// ---- The page.

function App() {
  const [state, setState] = useState<ReviewState | undefined>(undefined)
  const [status, setStatus] = useState('Loading…')
  const [onlyUncertain, setOnlyUncertain] = useState(false)
  const [reviewed, setReviewed] = useState<ReadonlySet<number>>(new Set())
  const [at, setAt] = useState<number | undefined>(undefined)

  useEffect(() => {
    call<ReviewState>('GET', '/api/state').then(
      (s) => {
        setState(s)
        setStatus(`${s.notes.length} notes; corrections are saved to ${s.corrections}`)
      },
      (error: Error) => setStatus(`Cannot load the notes: ${error.message}`)
    )
  }, [])

  const notes = useMemo(() => {
    const all = [...(state?.notes ?? [])].sort((a, b) => a.confidence - b.confidence || a.note - b.note)
    return onlyUncertain ? all.filter((n) => n.confidence < UNCERTAIN) : all
  }, [state, onlyUncertain])

  const save = async (request: SaveRequest, what: string): Promise<boolean> => {
    setStatus(`Saving ${what}…`)
    try {
      setState(await call<ReviewState>('POST', '/api/corrections', request))
      setStatus(`Saved: ${what}`)
      return true
    } catch (error) {
      setStatus(`Not saved: ${(error as Error).message}`)
      return false
    }
  }

  const go = (number: number | undefined, edit = false) => {
    if (number === undefined) return
    setAt(number)
    const section = document.getElementById(`note-${number}`)
    const target = edit ? section?.querySelector<HTMLElement>('input, select') : section
    target?.focus()
    section?.scrollIntoView({block: 'nearest'})
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement
      if (event.key === 'Escape' && target.closest('form')) {
        target.closest<HTMLElement>('section')?.focus()
        return
      }
      if (event.ctrlKey || event.metaKey || event.altKey || /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(target.tagName)) return
      const index = notes.findIndex((n) => n.note === at)
      const uncertainAfter = () => notes.slice(index + 1).find((n) => n.confidence < UNCERTAIN && !reviewed.has(n.note))?.note
      const actions: Record<string, () => void> = {
        j: () => go(notes[Math.min(notes.length - 1, index + 1)]?.note),
        k: () => go(notes[Math.max(0, index - 1)]?.note),
        u: () => go(uncertainAfter()),
        a: () => {
          if (at === undefined) return
          setReviewed(new Set([...reviewed, at]))
          setStatus(`Note ${at} accepted`)
          go(uncertainAfter())
        },
        e: () => go(at ?? notes[0]?.note, true),
        f: () => setOnlyUncertain(!onlyUncertain)
      }
      const action = actions[event.key]
      if (action) {
        event.preventDefault()
        action()
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [notes, at, reviewed, onlyUncertain])

  if (!state) return <p role="status">{status}</p>
  const works = new Map(state.works.map((w) => [w.id, w]))
  return (
    <>
      <header>
        <h1>Review: {state.input}</h1>
        <p role="status" aria-live="polite" class="status">
          {status}
        </p>
        <label class="filter">
          <input type="checkbox" checked={onlyUncertain} onChange={(e) => setOnlyUncertain((e.target as HTMLInputElement).checked)} /> Only notes below {UNCERTAIN} (
          {state.notes.filter((n) => n.confidence < UNCERTAIN).length} of {state.notes.length})
        </label>
        <details class="keys">
          <summary>Keys</summary>
          <dl>
            {KEYS.map(({key, does}) => (
              <Fragment key={key}>
                <dt>
                  <kbd>{key}</kbd>
                </dt>
                <dd>{does}</dd>
              </Fragment>
            ))}
          </dl>
        </details>
      </header>
      <main>
        <datalist id={WORKS_LIST}>
          {state.works.map((w) => (
            <option key={w.id} value={w.id} label={w.label} />
          ))}
        </datalist>
        {state.warnings.length > 0 && (
          <section aria-label="Warnings of the build" class="general">
            <h2>Warnings of the build</h2>
            <Warnings warnings={state.warnings} />
          </section>
        )}
        {state.proposals.length > 0 && (
          <section aria-label="Works that may be one" class="general">
            <h2>Works that may be one</h2>
            <ul>
              {state.proposals.map(({works: [a, b], why}) => {
                const [one, two] = [works.get(a), works.get(b)]
                if (!one || !two) return null
                return (
                  <li key={`${a}+${b}`}>
                    <span>
                      “{one.label}” and “{two.label}”: {why}.
                    </span>{' '}
                    <button type="button" onClick={() => save({at: one.first, sameWorkAs: two.first}, `${one.label} merged into ${two.label}`)}>
                      Merge into “{two.label}”
                    </button>
                  </li>
                )
              })}
            </ul>
          </section>
        )}
        {notes.map((note) => (
          <Note key={note.note} note={note} state={state} works={works} reviewed={reviewed.has(note.note)} save={save} onFocus={() => setAt(note.note)} />
        ))}
      </main>
    </>
  )
}

function Warnings({warnings}: {warnings: ReviewWarning[]}) {
  return (
    <ul class="warnings">
      {warnings.map((w, i) => (
        <li key={i} class={w.severity}>
          <code>{w.where}</code> {w.severity}: {w.message}
        </li>
      ))}
    </ul>
  )
}

/** The note's text, each citation's span marked. */
function Highlighted({note}: {note: ReviewNote}) {
  const spans = note.citations.filter((c) => c.start !== undefined && c.end !== undefined).sort((a, b) => a.start! - b.start!)
  const parts: preact.ComponentChildren[] = []
  let from = 0
  spans.forEach((c, i) => {
    if (c.start! < from) return
    parts.push(note.text.slice(from, c.start))
    parts.push(
      <mark key={i} class={c.confidence < UNCERTAIN ? 'low' : ''} title={`citation ${note.citations.indexOf(c) + 1}, confidence ${shownConfidence(c.confidence)}`}>
        {note.text.slice(c.start, c.end)}
      </mark>
    )
    from = c.end!
  })
  parts.push(note.text.slice(from))
  return <p class="text">{parts}</p>
}

interface NoteProps {
  note: ReviewNote
  state: ReviewState
  works: Map<string, ReviewWork>
  reviewed: boolean
  save: (request: SaveRequest, what: string) => Promise<boolean>
  onFocus: () => void
}

function Note({note, state, works, reviewed, save, onFocus}: NoteProps) {
  const id = `note-${note.note}`
  return (
    <section id={id} tabIndex={-1} aria-labelledby={`${id}-h`} class={`note${reviewed ? ' reviewed' : ''}`} onFocusIn={onFocus}>
      <h2 id={`${id}-h`}>
        Note {note.note}{' '}
        <span class={`confidence${note.confidence < UNCERTAIN ? ' low' : ''}`} aria-label={`confidence ${shownConfidence(note.confidence)}`}>
          {shownConfidence(note.confidence)}
        </span>
        {note.commentary && <span class="tag">commentary</span>}
        {reviewed && <span class="tag">accepted</span>}
      </h2>
      <div class="body">
        <Highlighted note={note} />
        {note.warnings.length > 0 && (
          <aside aria-label={`Warnings about note ${note.note}`}>
            <Warnings warnings={note.warnings} />
          </aside>
        )}
      </div>
      {note.citations.map((citation, i) => (
        <Citation key={keyId(citation.key)} number={i + 1} citation={citation} work={works.get(citation.ref)} state={state} save={save} />
      ))}
    </section>
  )
}

interface CitationProps {
  number: number
  citation: ReviewCitation
  work: ReviewWork | undefined
  state: ReviewState
  save: (request: SaveRequest, what: string) => Promise<boolean>
}

function Citation({number, citation, work, state, save}: CitationProps) {
  const id = `c-${keyId(citation.key)}`
  const [draft, setDraft] = useState<Record<string, string>>({})
  const [formatted, setFormatted] = useState<PreviewResult | string | undefined>(undefined)
  const [parts, setParts] = useState('')
  const timer = useRef<number | undefined>(undefined)
  const kinds = new Map(state.fields.map((f) => [f.field, f.kind]))
  const original = (field: string) => shown(kinds.get(field) ?? 'text', current(field, citation, work))
  const value = (field: string) => draft[field] ?? original(field)
  const changed = (d: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(d)
        .filter(([f, v]) => v !== original(f))
        .map(([f, v]) => [f, setValue(kinds.get(f) ?? 'text', v)])
    )

  const previewNow = (d: Record<string, string>) => call<PreviewResult>('POST', '/api/preview', {key: citation.key, set: changed(d)}).then(setFormatted, (error: Error) => setFormatted(error.message))
  // Formatted when the citation comes into view (a long article is not formatted at once), again when it changes.
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => {
    const seen = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return
      seen.disconnect()
      void previewNow(draft)
    })
    if (form.current) seen.observe(form.current)
    return () => seen.disconnect()
  }, [citation, work])

  const edit = (field: string, text: string) => {
    const next = {...draft, [field]: text}
    setDraft(next)
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => void previewNow(next), 250)
  }
  const commit = async (field: string, text: string) => {
    const set = changed({[field]: text})
    if (Object.keys(set).length === 0) return
    if (await save({at: citation.key, set}, `${field} of note ${citation.key.note}, citation ${number}`)) {
      const {[field]: _done, ...rest} = draft
      setDraft(rest)
    }
  }

  const control = (field: string, kind: string) => {
    const fieldId = `${id}-${field}`
    const choices = kind === 'type' ? state.types : kind === 'label' ? state.labels : kind === 'form' ? ['full', 'short', 'ibid'] : undefined
    const hint = kind === 'names' ? 'Family, Given; …' : kind === 'date' ? '1996-05-12' : undefined
    return (
      <div class="field" key={field}>
        <label for={fieldId}>{field}</label>
        {choices ? (
          <select
            id={fieldId}
            value={value(field)}
            onChange={(e) => {
              edit(field, (e.target as HTMLSelectElement).value)
              void commit(field, (e.target as HTMLSelectElement).value)
            }}
          >
            {choices.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        ) : (
          <input
            id={fieldId}
            value={value(field)}
            placeholder={hint}
            onInput={(e) => edit(field, (e.target as HTMLInputElement).value)}
            onChange={(e) => void commit(field, (e.target as HTMLInputElement).value)}
          />
        )}
      </div>
    )
  }

  const point = (how: 'cites' | 'sameWorkAs', id: string) => {
    const target = state.works.find((w) => w.id === id)
    if (!target || id === citation.ref) return
    const what = how === 'cites' ? `note ${citation.key.note}, citation ${number} now cites ${target.label}` : `${work?.label ?? citation.ref} merged into ${target.label}`
    void save({at: citation.key, [how]: target.first}, what)
  }
  return (
    <form ref={form} class="citation" aria-labelledby={`${id}-l`} onSubmit={(e) => e.preventDefault()}>
      <h3 id={`${id}-l`}>
        Citation {number}: {citation.form}, confidence <span class={citation.confidence < UNCERTAIN ? 'low' : ''}>{shownConfidence(citation.confidence)}</span>
      </h3>
      <p class="quoted">{citation.text}</p>
      <output
        class="formatted"
        for={Object.keys(draft)
          .map((f) => `${id}-${f}`)
          .join(' ')}
        aria-live="polite"
      >
        {typeof formatted === 'string' ? (
          <span class="error">{formatted}</span>
        ) : formatted ? (
          <>
            <span class="caption">Note:</span> <Runs runs={formatted.note} />
            <br />
            <span class="caption">Bibliography:</span> <Runs runs={formatted.bibliography} />
          </>
        ) : (
          '…'
        )}
      </output>
      <div class="fields">{state.fields.map(({field, kind}) => control(field, kind))}</div>
      <div class="actions">
        <WorkChoice id={`${id}-cites`} label="Cites the work of (its own now)" placeholder={work?.id ?? citation.ref} choose={(w) => point('cites', w)} />
        <WorkChoice id={`${id}-same`} label="Same work as (merge into)" placeholder="a work's id" choose={(w) => point('sameWorkAs', w)} />
        <div class="field">
          <label for={`${id}-split`}>Split into (parts separated by |)</label>
          <input id={`${id}-split`} value={parts} onInput={(e) => setParts((e.target as HTMLInputElement).value)} />
          <button type="button" onClick={() => void save({at: citation.key, split: parts.split('|').map((p) => p.trim())}, `note ${citation.key.note}, citation ${number} split`)}>
            Split
          </button>
        </div>
        <button type="button" onClick={() => void save({at: citation.key, commentary: true}, `note ${citation.key.note}, citation ${number} marked as commentary`)}>
          Not a citation (commentary)
        </button>
      </div>
    </form>
  )
}

/** A work chosen by its id from the page's one list of works (`WORKS_LIST`), taken when the field is left or Enter pressed. */
function WorkChoice({id, label, placeholder, choose}: {id: string; label: string; placeholder: string; choose: (work: string) => void}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        list={WORKS_LIST}
        placeholder={placeholder}
        onChange={(e) => {
          const input = e.target as HTMLInputElement
          if (input.value.trim() !== '') choose(input.value.trim())
          input.value = ''
        }}
      />
    </div>
  )
}

function Runs({runs}: {runs: Run[]}) {
  return (
    <>
      {runs.map((run, i) => {
        const text = run.italic ? <i>{run.text}</i> : run.text
        return run.url ? (
          <a key={i} href={run.url} rel="noreferrer noopener" target="_blank">
            {text}
          </a>
        ) : (
          <span key={i}>{text}</span>
        )
      })}
    </>
  )
}

render(<App />, document.getElementById('app')!)
