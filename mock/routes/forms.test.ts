import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { describe, it } from 'node:test'
import { promisify } from 'node:util'

import * as v from 'valibot'

import { FormSchema, type Form, type FormField } from '../../types/api/forms'
import { formFields } from '../../types/rules/formMerge'
import { type Api, startTestSimulator } from '../testing/client'

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

describe('GET /forms/{targetId} — the sensitive personal information an application processes', () => {
  const kindsOf = async (api: Api, targetId: string) =>
    ((await api.get(`/forms/${targetId}`)).body as Form).sensitiveKinds ?? []

  it('lists a child’s data for 新生儿出生一件事 and 教育入学一件事, with the ID images and health data they carry', async (t) => {
    const { api } = await startTestSimulator(t)
    assert.deepEqual(await kindsOf(api, 'b-newborn'), ['minor', 'idPhoto', 'health'])
    assert.ok((await kindsOf(api, 'b-school-enrollment')).includes('minor'))
    assert.deepEqual(await kindsOf(api, 'b-medical-expense'), ['idPhoto', 'bankAccount', 'health'])
  })

  it('lists neither a child nor a bank account for an item that asks for neither', async (t) => {
    const { api } = await startTestSimulator(t)
    assert.deepEqual(await kindsOf(api, 'i-no-criminal-record'), ['idPhoto'])
    const creditRepair: Form = (await api.get('/forms/b-credit-repair')).body
    assert.equal(creditRepair.sensitiveKinds, undefined, 'a business’s credit repair processes none')
  })

  it('derives them from the form’s sections and the materials of every item, the same rule everywhere', async (t) => {
    const { api } = await startTestSimulator(t)
    const index = await api.get('/catalog/index')
    for (const entry of index.body.entries as Array<{ id: string; kind: string }>) {
      const guide = (await api.get(`/${entry.kind === 'bundle' ? 'bundles' : 'items'}/${entry.id}`)).body
      const materials: string[] =
        entry.kind === 'bundle'
          ? guide.items.flatMap((m: { materials: Array<{ id: string }> }) => m.materials.map((x) => x.id))
          : guide.materials.map((m: { id: string }) => m.id)
      const form: Form = (await api.get(`/forms/${entry.kind === 'bundle' ? guide.formId : entry.id}`)).body
      const kinds = form.sensitiveKinds ?? []
      const sections = form.sections.map((section) => section.id)
      assert.equal(
        kinds.includes('minor'),
        sections.includes('newborn') ||
          materials.some((m) =>
            [
              'm-birth-medical-certificate',
              'm-vaccination-certificate',
              'm-paternity-test',
              'm-guardian-proof',
            ].includes(m),
          ),
        `${entry.id}: minor`,
      )
      assert.equal(
        kinds.includes('bankAccount'),
        sections.includes('bank') || materials.includes('m-bank-account'),
        `${entry.id}: bankAccount`,
      )
      if (materials.includes('m-id-card')) assert.ok(kinds.includes('idPhoto'), `${entry.id}: idPhoto`)
      if (materials.includes('m-medical-invoices')) assert.ok(kinds.includes('health'), `${entry.id}: health`)
      assert.notDeepEqual(form.sensitiveKinds, [], `${entry.id}: none is said by leaving the list out`)
    }
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
