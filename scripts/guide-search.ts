/**
 * The on-device guidance search over the simulator's seed catalog, from the command line.
 *
 *   npm run --silent guide:search -- 生娃了要办啥              readable table of the top 10
 *   npm run --silent guide:search -- --json 驾照到期           one JSON line
 *   npm run --silent guide:search -- --json --batch < q.txt   one JSON line per input line
 *
 * JSON lines are exactly {"query": "...", "results": [{"id", "name", "kind", "score"}, … top 10]}; an empty
 * line gives empty results. Nothing else is written to stdout.
 */
import { createSearchIndex, searchCatalog, type SearchHit } from '../src/features/guide/model/search'
import { catalogIndex } from '../mock/seed/catalog'

const LIMIT = 10

function usage(): never {
  console.error('usage: guide:search [--json] [--batch | <query…>]')
  process.exit(2)
}

const args = process.argv.slice(2)
const json = args.includes('--json')
const batch = args.includes('--batch')
const words = args.filter((arg) => arg !== '--json' && arg !== '--batch')
if (words.some((word) => word.startsWith('--')) || (batch && words.length > 0)) usage()

const index = createSearchIndex(catalogIndex().entries)

function jsonLine(query: string, hits: SearchHit[]): string {
  return JSON.stringify({
    query,
    results: hits.map(({ id, name, kind, score }) => ({ id, name, kind, score })),
  })
}

/** Display width: CJK characters take two columns in a terminal. */
function width(text: string): number {
  let columns = 0
  for (const char of text)
    columns += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(char) ? 2 : 1
  return columns
}

function pad(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)))
}

function table(query: string, hits: SearchHit[]): string {
  if (hits.length === 0) return `“${query}”: 没有找到相关事项\n`
  const nameColumns = Math.max(...hits.map((hit) => width(hit.name)))
  const lines = hits.map(
    (hit, rank) =>
      `${String(rank + 1).padStart(2)}  ${hit.score.toFixed(3)}  ${pad(hit.kind === 'bundle' ? '一件事' : '事项', 6)}  ${pad(hit.name, nameColumns)}  ${hit.department}  ${hit.id}`,
  )
  return `“${query}”\n${lines.join('\n')}\n`
}

function answer(query: string): string {
  const hits = searchCatalog(index, query, { limit: LIMIT })
  return json ? `${jsonLine(query, hits)}\n` : table(query, hits)
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

async function main(): Promise<void> {
  if (!batch) {
    process.stdout.write(answer(words.join(' ')))
    return
  }
  const lines = (await readStdin()).split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  process.stdout.write(lines.map((line) => answer(line.replace(/\r$/, ''))).join(''))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
