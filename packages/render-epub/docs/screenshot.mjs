// The README's pictures: a content document of an unzipped EPUB, 380 × 420 px in Debian's Chromium,
// scrolled to the block around SELECTOR; with a fourth argument, pop-up footnotes hidden as Apple Books and Foliate hide them.
//   node docs/screenshot.mjs /tmp/x/OEBPS/content.xhtml out.png '#fnref6' hide
/* global document -- page.evaluate runs its function in the page */
// puppeteer-core is not a dependency: the scratch install of bench/ace.js brings it (PUPPETEER_CORE to point elsewhere).
const {default: puppeteer} = await import(process.env.PUPPETEER_CORE ?? '/tmp/node_modules/puppeteer-core/lib/esm/puppeteer/puppeteer-core.js')
const [file, out, selector, hide] = process.argv.slice(2)
const browser = await puppeteer.launch({executablePath: '/usr/bin/chromium', args: ['--no-sandbox']})
const page = await browser.newPage()
await page.setViewport({width: 380, height: 420, deviceScaleFactor: 1})
await page.goto('file://' + file)
// As Apple Books and Foliate show it: the pop-up footnotes hidden from the flow.
if (hide) await page.addStyleTag({content: 'aside.footnote { display: none }'})
await page.evaluate((s) => document.querySelector(s)?.parentElement?.scrollIntoView(), selector)
await page.screenshot({path: out})
await browser.close()
