import {request as httpRequest} from 'node:http'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {GUARDS, startReviewServer, type ReviewServer} from '../src/lib/review-server.js'

let server: ReviewServer
const saved: unknown[] = []

beforeAll(async () => {
  server = await startReviewServer({
    assets: {script: 'console.log("page")', style: 'body{}'},
    title: 'koreans-1950-1962.txt',
    state: async () => ({notes: []}),
    preview: async () => ({note: [], bibliography: []}),
    save: async (request) => {
      saved.push(request)
      return {notes: []}
    }
  })
})
afterAll(() => server.close())

/** A request as a browser or a script would send it, with the Host header given. */
function send(
  path: string,
  options: {host?: string; method?: string; headers?: Record<string, string>; body?: string} = {}
): Promise<{status: number; headers: Record<string, unknown>; body: string}> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: {host: options.host ?? `127.0.0.1:${server.port}`, ...options.headers}}, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({status: res.statusCode ?? 0, headers: res.headers, body}))
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

describe('octavo review: the server', () => {
  it('listens on 127.0.0.1 at a free port, the URL carrying a random token of 48 hex digits', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`)
    expect(server.token).toMatch(/^[0-9a-f]{48}$/)
    const other = await startReviewServer({assets: {script: '', style: ''}, title: 't', state: async () => ({}), preview: async () => ({}), save: async () => ({})})
    expect(other.token).not.toBe(server.token)
    expect(other.port).not.toBe(server.port)
    await other.close()
  })

  it('serves the page, its script and style, and the state with the token (in the URL, or in an Authorization header); localhost too', async () => {
    const page = await send(`/?token=${server.token}`)
    expect(page.status).toBe(200)
    expect(page.body).toContain(`<script type="module" src="/review.js?token=${server.token}">`)
    // Nothing from another origin: the page names only its own files, and its policy forbids any other.
    expect(page.body).not.toMatch(/(?:src|href)="(?:https?:)?\/\//)
    expect(page.headers['content-security-policy']).toContain("default-src 'none'; script-src 'self'")
    expect(page.headers['referrer-policy']).toBe('no-referrer')
    expect((await send(`/review.js?token=${server.token}`)).body).toBe('console.log("page")')
    expect((await send('/api/state', {headers: {authorization: `token ${server.token}`}})).body).toBe('{"notes":[]}')
    expect((await send(`/api/state?token=${server.token}`, {host: `localhost:${server.port}`})).status).toBe(200)
  })

  describe('GUARDS: each refuses its request with 403, whatever the path', () => {
    const cases: Record<string, (path: string) => Promise<{status: number; body: string}>> = {
      'a Host header other than this server’s (DNS rebinding)': (path) => send(`${path}${path.includes('?') ? '&' : '?'}token=${server.token}`, {host: `attacker.example:${server.port}`}),
      'no token, or another one': (path) => send(path)
    }
    it.each(GUARDS)('$name ($example)', async ({name}) => {
      for (const path of ['/', '/review.js', '/api/state']) {
        const answer = await cases[name]!(path)
        expect(answer.status).toBe(403)
        expect(answer.body).toBe(`refused: ${name}\n`)
      }
    })
    it('another token, a token of another length, the right one on another port in Host', async () => {
      const wrong = server.token.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'))
      expect((await send(`/api/state?token=${wrong}`)).status).toBe(403)
      expect((await send(`/api/state?token=${server.token}0`)).status).toBe(403)
      expect((await send(`/api/state?token=${server.token}`, {host: `127.0.0.1:${server.port + 1}`})).status).toBe(403)
    })
    it('a refused save changes nothing', async () => {
      const before = saved.length
      const body = JSON.stringify({at: {note: 1, citation: 'aaaaaaaa'}, commentary: true})
      await send('/api/corrections', {method: 'POST', headers: {'content-type': 'application/json'}, body})
      await send(`/api/corrections?token=${server.token}`, {method: 'POST', host: 'evil.example', headers: {'content-type': 'application/json'}, body})
      expect(saved.length).toBe(before)
      expect((await send(`/api/corrections?token=${server.token}`, {method: 'POST', headers: {'content-type': 'application/json'}, body})).status).toBe(200)
      expect(saved.length).toBe(before + 1)
    })
  })

  it('a body that is not JSON is a 400, an unknown path a 404', async () => {
    const bad = await send(`/api/corrections?token=${server.token}`, {method: 'POST', headers: {'content-type': 'text/plain'}, body: 'x'})
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body).error).toMatch(/must be JSON/)
    expect((await send(`/api/corrections?token=${server.token}`, {method: 'POST', headers: {'content-type': 'application/json'}, body: '{'})).status).toBe(400)
    expect((await send(`/etc/passwd?token=${server.token}`)).status).toBe(404)
  })
})
