import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { describe, it } from 'node:test'
import { promisify } from 'node:util'

import * as v from 'valibot'

import { FormSchema, type Form, type FormField } from '../../types/api/forms'
import { formFields } from '../../types/rules/formMerge'
import { startTestSimulator } from '../testing/client'

const fieldsOf = (form: Form) => new Map<string, FormField>(formFields(form).map((f) => [f.key, f]))

describe('GET /forms/{targetId}', () => {
  it('serves a form for every item and every 一件事 in the catalog, in the contract shape', async (t) => {
    const { api } = await startTestSimulator(t)
    const index = await api.get('/catalog/index')
    for (const entry of index.body.entries as Array<{ id: string; kind: string }>) {
      const target = entry.kind === 'bundle' ? (await api.get(`/bundles/${entry.id}`)).body.formId : entry.id
      const res = await api.get(`/forms/${target}`)
      assert.equal(res.status, 200, entry.id)
      assert.ok(v.is(FormSchema, res.body), entry.id)
      assert.ok(formFields(res.body).length > 0, entry.id)
    }
    assert.equal((await api.get('/forms/i-nope')).status, 404)
  })

  it('merges 新生儿出生一件事 into one form: shared data asked once, fed to every item that needs it', async (t) => {
    const { api } = await startTestSimulator(t)
    const form: Form = (await api.get('/forms/b-newborn')).body
    const fields = fieldsOf(form)
    const keys = formFields(form).map((f) => f.key)
    assert.equal(new Set(keys).size, keys.length, 'no datum twice')
    assert.deepEqual(
      fields.get('applicant.name')?.forItems,
      form.items.map((i) => i.itemId),
    )
    assert.deepEqual(fields.get('applicant.name')?.autofill, { path: 'identity.name', lock: true })
    assert.deepEqual(fields.get('card.bank')?.showIf, { question: 'social_card', in: ['yes'] })
    assert.equal(fields.get('newborn.name')?.remember, false)
    assert.deepEqual(form.providesMaterials, ['m-application-form'])
  })

  it('does not ask a company registered in the same 一件事 for its credit code', async (t) => {
    const { api } = await startTestSimulator(t)
    const freight = fieldsOf((await api.get('/forms/b-freight-company')).body)
    assert.equal(freight.has('company.creditCode'), false)
    const permitAlone = fieldsOf((await api.get('/forms/i-freight-transport-permit')).body)
    assert.equal(permitAlone.get('company.creditCode')?.type, 'creditCode')
  })
})

describe('npm run autofill:coverage', () => {
  it('fills at least 80 % of 新生儿出生一件事 and 开办道路货运企业一件事 for the returning citizen', async () => {
    const run = promisify(execFile)
    const { stdout } = await run(process.execPath, [
      '--import',
      'tsx',
      'scripts/autofill-coverage.ts',
      '--json',
    ])
    const results = JSON.parse(stdout) as Array<{
      bundleId: string
      fieldsTotal: number
      autofilled: number
      leftToType: number
    }>
    assert.ok(results.length >= 20, 'every bundle')
    for (const id of ['b-newborn', 'b-freight-company']) {
      const r = results.find((x) => x.bundleId === id)
      assert.ok(r, id)
      assert.equal(r.autofilled + r.leftToType, r.fieldsTotal)
      assert.ok(r.autofilled >= 0.8 * r.fieldsTotal, `${id}: ${r.autofilled}/${r.fieldsTotal}`)
    }
  })
})
