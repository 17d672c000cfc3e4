/**
 * The acceptance interface of the guidance search, run as the reviewers run it (`guide:search --json --batch`
 * over stdin, the simulator's seed catalog), on 300 citizen queries kept in scripts/guide-queries/.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { test } from 'node:test'

const CLI = resolve(__dirname, 'guide-search.ts')

interface Answer {
  query: string
  results: { id: string; name: string; kind: string; score: number }[]
}

function readSet(file: string) {
  return readFileSync(resolve(__dirname, 'guide-queries', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [query, names] = line.split('\t')
      return { query, acceptable: new Set(names.split('|')) }
    })
}

function searchBatch(queries: string[]): Answer[] {
  const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, '--json', '--batch'], {
    input: `${queries.join('\n')}\n`,
    encoding: 'utf8',
  })
  assert.equal(run.status, 0, run.stderr)
  return run.stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Answer)
}

test('--batch prints one JSON line per query, in order, with at most 10 results of exactly id/name/kind/score', () => {
  const answers = searchBatch(['驾照到期', '', 'xsecs'])
  assert.deepEqual(
    answers.map((answer) => answer.query),
    ['驾照到期', '', 'xsecs'],
  )
  assert.deepEqual(answers[1].results, [])
  for (const { results } of [answers[0], answers[2]]) {
    assert.ok(results.length > 0 && results.length <= 10)
    for (const hit of results) assert.deepEqual(Object.keys(hit), ['id', 'name', 'kind', 'score'])
  }
})

for (const [file, minTop1, minTop3] of [
  ['spoken.tsv', 0.97, 0.99],
  ['typed.tsv', 0.97, 0.99],
] as const) {
  test(`${file}: the right service is first for ≥ ${minTop1 * 100} % and in the top 3 for ≥ ${minTop3 * 100} %`, () => {
    const set = readSet(file)
    const answers = searchBatch(set.map((entry) => entry.query))
    assert.equal(answers.length, set.length)
    const misses: string[] = []
    let top1 = 0
    let top3 = 0
    set.forEach(({ query, acceptable }, i) => {
      const names = answers[i].results.map((hit) => hit.name)
      if (acceptable.has(names[0])) top1++
      if (names.slice(0, 3).some((name) => acceptable.has(name))) top3++
      else misses.push(`${query} → ${names.slice(0, 3).join('、') || '(nothing)'}`)
    })
    assert.ok(top1 / set.length >= minTop1, `top-1 ${top1}/${set.length}`)
    assert.ok(top3 / set.length >= minTop3, `top-3 ${top3}/${set.length}; missed: ${misses.join('; ')}`)
  })
}
