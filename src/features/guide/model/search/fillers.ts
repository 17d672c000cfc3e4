import { FILLERS } from './lexicon'

const fillersByFirstChar: Map<string, string[]> = (() => {
  const byFirst = new Map<string, string[]>()
  for (const filler of FILLERS) {
    const list = byFirst.get(filler[0]) ?? []
    list.push(filler)
    byFirst.set(filler[0], list)
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length)
  return byFirst
})()

/** Marks the characters of `text` that belong to a filler word (longest filler first). */
export function fillerMask(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false)
  for (let i = 0; i < text.length;) {
    const filler = fillersByFirstChar.get(text[i])?.find((word) => text.startsWith(word, i))
    if (filler) {
      mask.fill(true, i, i + filler.length)
      i += filler.length
    } else {
      i++
    }
  }
  return mask
}

/**
 * `text` without its filler words, as queries are read ("退休了要办什么" → "退休"), so a colloquial alias and
 * the same words typed by a citizen match as a whole; `text` itself when it is nothing but fillers.
 */
export function withoutFillers(text: string): string {
  const mask = fillerMask(text)
  if (mask.every(Boolean) || !mask.some(Boolean)) return text
  let kept = ''
  for (let i = 0; i < text.length; i++) if (!mask[i]) kept += text[i]
  return kept
}
