/**
 * The `octavo review` server: node:http on 127.0.0.1 only, a random free
 * port unless one is given, and two guards on every request (`GUARDS`): the
 * Host header must name this server (a page of another site that rebinds its
 * DNS name to 127.0.0.1 sends its own name), and the request must carry the
 * random token printed in the URL (as Jupyter does), in `?token=` or an
 * `Authorization: token …` header. The page and its script are served by the
 * server itself; its Content-Security-Policy forbids any other origin.
 */
import type {IncomingMessage, Server, ServerResponse} from 'node:http'
import {randomBytes, timingSafeEqual} from 'node:crypto'
import type {AddressInfo} from 'node:net'
import type {PreviewRequest, ReviewError, SaveRequest} from './review-api.js'

/** What the server serves: the page's files, and the work done by the command. */
export interface ReviewHandlers {
  /** The page's script and style sheet (bundled by esbuild). */
  assets: {script: string; style: string}
  title: string
  state: () => Promise<unknown>
  preview: (request: PreviewRequest) => Promise<unknown>
  /** Save a correction: the new state, or why not (`status` 400 for a bad correction, 409 when the file cannot take it). */
  save: (request: SaveRequest) => Promise<unknown>
}

export interface ReviewServer {
  url: string
  port: number
  token: string
  close: () => Promise<void>
}

/** The largest request body taken (a correction is ~200 bytes). */
const MAX_BODY = 1024 * 1024

/** Why a request is refused, before anything else is looked at. */
export const GUARDS: ReadonlyArray<{name: string; example: string; refuses: (request: IncomingMessage, server: {port: number; token: string}) => boolean}> = [
  {
    name: 'a Host header other than this server’s (DNS rebinding)',
    example: 'Host: attacker.example:8123',
    refuses: (request, {port}) => !['127.0.0.1', 'localhost'].map((host) => `${host}:${port}`).includes(request.headers.host ?? '')
  },
  {
    name: 'no token, or another one',
    example: 'GET /api/state',
    refuses: (request, {token}) => !sameToken(givenToken(request), token)
  }
]

function givenToken(request: IncomingMessage): string {
  const header = /^token (\S+)$/.exec(request.headers.authorization ?? '')?.[1]
  return header ?? new URL(request.url ?? '/', 'http://x').searchParams.get('token') ?? ''
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

const HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  // The token is in the page's URL: never sent on to another site.
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
}

/** Start serving on 127.0.0.1 (`port` 0: a free one). */
export async function startReviewServer(handlers: ReviewHandlers, port = 0, token = randomBytes(24).toString('hex')): Promise<ReviewServer> {
  const guarded = {port, token}
  // Node's HTTP server is loaded here, by `octavo review` only: not by every start-up of the command.
  const {createServer} = await import('node:http')
  const server: Server = createServer((request, response) => {
    const refused = GUARDS.find((guard) => guard.refuses(request, guarded))
    if (refused) return send(response, 403, 'text/plain; charset=utf-8', `refused: ${refused.name}\n`)
    route(request, response, handlers, token).catch((error: unknown) => json(response, 500, {error: (error as Error).message} satisfies ReviewError))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  guarded.port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${guarded.port}/?token=${token}`,
    port: guarded.port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

async function route(request: IncomingMessage, response: ServerResponse, handlers: ReviewHandlers, token: string): Promise<void> {
  const {pathname} = new URL(request.url ?? '/', 'http://x')
  const at = `${request.method} ${pathname}`
  if (at === 'GET /') return send(response, 200, 'text/html; charset=utf-8', page(handlers.title, token))
  if (at === 'GET /review.js') return send(response, 200, 'text/javascript; charset=utf-8', handlers.assets.script)
  if (at === 'GET /review.css') return send(response, 200, 'text/css; charset=utf-8', handlers.assets.style)
  if (at === 'GET /api/state') return json(response, 200, await handlers.state())
  if (at === 'POST /api/preview' || at === 'POST /api/corrections') {
    const body = await readJson(request)
    if (body === undefined) return json(response, 400, {error: 'the request must be JSON (Content-Type: application/json), at most 1 MiB'} satisfies ReviewError)
    const answer = at === 'POST /api/preview' ? await handlers.preview(body as PreviewRequest) : await handlers.save(body as SaveRequest)
    const status = (answer as {status?: number}).status ?? 200
    return json(response, status, answer)
  }
  return json(response, 404, {error: `no ${at}`} satisfies ReviewError)
}

/** The page: its title, the script and the style sheet (the token in their URLs), nothing else. */
function page(title: string, token: string): string {
  const escaped = title.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review: ${escaped}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/review.css?token=${token}">
<script type="module" src="/review.js?token=${token}"></script>
</head>
<body>
<div id="app"><p>Loading the notes…</p></div>
</body>
</html>
`
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  if (!/^application\/json\b/.test(request.headers['content-type'] ?? '')) return undefined
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY) return undefined
    chunks.push(chunk)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    return undefined
  }
}

function json(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value))
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, {...HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body)})
  response.end(body)
}
