/**
 * `npm run --silent autofill:coverage [-- --json]`: how much of each 一件事's one form a verified, returning
 * citizen finds filled before typing anything. Measured against the real thing: an in-memory simulator, the
 * seed citizen 王建国 (u-0003, real-name verified, 电子证照, earlier applications) signed in, his
 * GET /me/autofill, each bundle's merged GET /forms/{id}, and the same prefill function the app runs.
 *
 * The fields counted are those shown for the bundle's most common situation: the first option of every
 * question, skipping combinations the rules refuse (e.g. 已满1周岁 for 新生儿出生一件事).
 */
import * as v from 'valibot'

import {
  type Bundle,
  BundleSchema,
  CatalogIndexSchema,
  FormSchema,
  type SituationAnswers,
  AutofillSourcesSchema,
} from '../types/api'
import { autofillCoverage, type Coverage } from '../types/rules/formAutofill'
import { checkAnswers, nextQuestion, targetFromBundle } from '../types/rules/situations'
import { startSimulator } from '../mock/app'
import { apiClient, simLogin } from '../mock/testing/client'

const RETURNING_CITIZEN_PHONE = '13908701111'
/** The 一件事 the issue sets a target for: ≥ 80 % filled. */
const TARGETED = ['b-newborn', 'b-freight-company']
const TARGET_SHARE = 0.8

interface BundleCoverage extends Coverage {
  bundleId: string
  name: string
  /** The situation measured. */
  answers: SituationAnswers
}

/** The first answer combination, in the order the options are offered, that the rules accept. */
function firstAcceptedAnswers(bundle: Bundle): SituationAnswers | undefined {
  const target = targetFromBundle(bundle)
  const search = (answers: SituationAnswers): SituationAnswers | undefined => {
    const question = nextQuestion(target.questions, answers)
    if (!question) return Object.keys(checkAnswers(target, answers)).length === 0 ? answers : undefined
    for (const option of question.options) {
      const found = search({ ...answers, [question.id]: option.value })
      if (found) return found
    }
    return undefined
  }
  return search({})
}

function parsed<T extends v.GenericSchema>(schema: T, res: { status: number; body: unknown }, what: string) {
  if (res.status !== 200 || !v.is(schema, res.body)) throw new Error(`${what}: ${res.status}`)
  return res.body as v.InferOutput<T>
}

async function measureCoverage(): Promise<BundleCoverage[]> {
  const sim = await startSimulator({ port: 0, stateFile: null })
  try {
    const api = apiClient(sim.url)
    const token = await simLogin(api, RETURNING_CITIZEN_PHONE)
    const sources = parsed(
      AutofillSourcesSchema,
      await api.get('/me/autofill', { token }),
      'GET /me/autofill',
    )
    const index = parsed(CatalogIndexSchema, await api.get('/catalog/index'), 'GET /catalog/index')
    const results: BundleCoverage[] = []
    for (const entry of index.entries.filter((e) => e.kind === 'bundle')) {
      const bundle = parsed(BundleSchema, await api.get(`/bundles/${entry.id}`), `GET /bundles/${entry.id}`)
      const form = parsed(FormSchema, await api.get(`/forms/${bundle.formId}`), `GET /forms/${bundle.formId}`)
      const answers = firstAcceptedAnswers(bundle)
      if (!answers) throw new Error(`${bundle.id}: no answer combination is accepted`)
      results.push({
        bundleId: bundle.id,
        name: bundle.name,
        ...autofillCoverage(form, answers, sources),
        answers,
      })
    }
    return results
  } finally {
    await sim.close()
  }
}

const percent = (c: Coverage) => (c.fieldsTotal === 0 ? 100 : (100 * c.autofilled) / c.fieldsTotal)

/** Pads to a width in terminal columns: a Chinese character takes two. */
function pad(text: string, columns: number): string {
  const width = [...text].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0)
  return text + ' '.repeat(Math.max(columns - width, 0))
}

function table(results: BundleCoverage[]): string {
  const nameWidth = Math.max(...results.map((r) => [...r.name].length * 2))
  const line = (cells: string[]) => cells.join('  ')
  return [
    '王建国 (u-0003): real-name verified, 电子证照, earlier applications; first accepted answer of each question',
    line([pad('bundle', 24), pad('名称', nameWidth), 'fields', ' auto', ' type', 'filled']),
    ...results.map((r) =>
      line([
        pad(r.bundleId, 24),
        pad(r.name, nameWidth),
        String(r.fieldsTotal).padStart(6),
        String(r.autofilled).padStart(5),
        String(r.leftToType).padStart(5),
        `${percent(r).toFixed(0).padStart(4)} %${TARGETED.includes(r.bundleId) ? '  (target ≥ 80 %)' : ''}`,
      ]),
    ),
  ].join('\n')
}

async function main(): Promise<void> {
  const results = await measureCoverage()
  if (process.argv.includes('--json')) {
    console.log(
      JSON.stringify(
        results.map(({ answers: _answers, ...rest }) => rest),
        null,
        2,
      ),
    )
  } else {
    console.log(table(results))
  }
  const short = results.filter(
    (r) => TARGETED.includes(r.bundleId) && r.autofilled < TARGET_SHARE * r.fieldsTotal,
  )
  if (short.length > 0) {
    console.error(`below ${TARGET_SHARE * 100} %: ${short.map((r) => r.bundleId).join(', ')}`)
    process.exitCode = 1
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
