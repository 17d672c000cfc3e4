/**
 * One line of text on the narrowest common phone (360 CSS px), estimated without a browser: for tests that
 * a label or placeholder is not cut off. Layout sizes are design px (750 wide), which pxtransform scales to
 * the screen; text sizes are CSS px (shared/preferences/fontScale.ts).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export const NARROW_PHONE_WIDTH = 360
/** config/index.ts `designWidth`. */
const DESIGN_WIDTH = 750

/** A design-px length on a screen `screenWidth` CSS px wide. */
export function cssPx(designPx: number, screenWidth = NARROW_PHONE_WIDTH): number {
  return (designPx * screenWidth) / DESIGN_WIDTH
}

/**
 * The width of `text` on one line at `fontPx`: a Chinese character or full-width mark (and curly quotes,
 * full-width in Chinese fonts) takes 1 em, anything else at most 0.6 em.
 */
export function textWidth(text: string, fontPx: number): number {
  let ems = 0
  for (const char of text)
    ems += /[\u2e80-\u9fff\uf900-\uffef\u2018-\u201d\u3000-\u303f]/.test(char) ? 1 : 0.6
  return ems * fontPx
}

/** The declarations of `selector`'s first rule in a stylesheet (SCSS as written, no nesting resolved). */
export function ruleOf(stylesheet: string, selector: string): string {
  const css = readFileSync(resolve(__dirname, '..', '..', stylesheet), 'utf8')
  const start = css.indexOf(`${selector} {`)
  if (start < 0) throw new Error(`${selector} not found in ${stylesheet}`)
  return css.slice(start, css.indexOf('}', start))
}

/** The design px of `property` in a rule, as written: `padding: 0 8px 0 24px` → [0, 8, 0, 24]. */
export function designPxOf(rule: string, property: string): number[] {
  const value = new RegExp(`(?:^|[\\s;{])${property}:\\s*([^;]+);`).exec(rule)?.[1]
  if (value === undefined) throw new Error(`no ${property} in ${rule}`)
  return [...value.matchAll(/(\d+(?:\.\d+)?)px|\b0\b/g)].map((match) => Number(match[1] ?? 0))
}

/** The page's content width: the screen minus the page root's side padding (shared/ui/screen.scss). */
export function pageContentWidth(screenWidth = NARROW_PHONE_WIDTH): number {
  const [, right, , left] = expand(designPxOf(ruleOf('shared/ui/screen.scss', '.screen'), 'padding'))
  return screenWidth - cssPx(left + right, screenWidth)
}

/** CSS shorthand [top, right, bottom, left] from one to four values. */
export function expand(values: number[]): [number, number, number, number] {
  const [top, right = top, bottom = top, left = right] = values
  return [top, right, bottom, left]
}
