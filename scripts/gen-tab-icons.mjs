// Draws the tab bar icons: src/assets/tabbar/<name>.svg → <name>.png (normal) and <name>-active.png (selected).
// WeChat's tabBar takes only PNG/JPG files (≤ 40 KB, 81 × 81 px recommended), so the SVG sources are rasterised
// here in Debian's chromium (the same one the e2e suite uses) and the PNGs are committed.
//   node scripts/gen-tab-icons.mjs
// In the sources {C} is the stroke colour, {F} the fill (none when not selected), {S} the inner strokes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { chromium } from 'playwright-core'

const DIR = resolve(import.meta.dirname, '../src/assets/tabbar')
const SIZE = 81
// The tab bar's text colours in src/app.config.ts.
const FACES = {
  '': { C: '#4b5563', F: 'none', S: '#4b5563' },
  '-active': { C: '#1456c4', F: '#1456c4', S: '#ffffff' },
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } })
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.svg'))) {
    const source = readFileSync(resolve(DIR, file), 'utf8')
    for (const [suffix, colours] of Object.entries(FACES)) {
      const svg = source.replace(/\{([CFS])\}/g, (_, key) => colours[key])
      await page.setContent(
        `<body style="margin:0"><img width="${SIZE}" height="${SIZE}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`,
      )
      const png = await page.locator('img').screenshot({ omitBackground: true })
      const out = resolve(DIR, file.replace(/\.svg$/, `${suffix}.png`))
      writeFileSync(out, png)
      console.log(`${out} ${png.length} bytes`)
    }
  }
} finally {
  await browser.close()
}
