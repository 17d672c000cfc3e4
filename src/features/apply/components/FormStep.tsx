import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { checkFieldValue, shownFields, validateForm } from '@contract/rules/formValidate'
import { scrollToTop } from '@/shared/platform/scroll'
import { Button } from '@/shared/ui/nutui'
import { withRelocked, withUnlocked, withValue } from '../model/draft'
import { effectiveValues, fieldState, fillProgress } from '../model/values'
import type { ApplyContext } from './ApplyGate'
import { sessionOf, setServerErrors, updateDraft, useApplySession } from './applySession'
import { StepErrorSummary } from './StepErrorSummary'
import { FieldView } from './FieldView'
import { StepHeader } from './StepHeader'
import { SyncNote } from './SyncNote'

/**
 * Step 1: the one form, most of it filled in for the citizen. Each change is saved at once; format problems
 * show on leaving a field, everything else (and what the platform sent back) when moving on.
 */
export function FormStep(props: { context: ApplyContext; onNext: () => void }) {
  const { targetId, form, draft, prefills } = props.context
  const { sync, serverErrors } = useApplySession(targetId)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [warnings, setWarnings] = useState<Record<string, string>>({})
  const [summary, setSummary] = useState<string[]>([])

  const values = effectiveValues(form, draft, prefills)
  const { shown } = shownFields(form, draft.answers, values)
  const progress = fillProgress(form, draft, prefills)
  const errorOf = (key: string) => errors[key] ?? serverErrors[key]

  const forget = (key: string) => {
    setErrors(({ [key]: _gone, ...rest }) => rest)
    if (serverErrors[key]) {
      const { [key]: _sent, ...rest } = serverErrors
      setServerErrors(targetId, rest)
    }
  }

  const next = () => {
    const check = validateForm(form, draft.answers, values)
    setErrors(check.errors)
    setWarnings(check.warnings)
    const messages = Object.values(check.errors)
    setSummary(messages)
    if (messages.length === 0) props.onNext()
    else scrollToTop()
  }

  return (
    <View>
      <StepHeader current="form" title={form.name} />
      <Text className="apply-lead">
        {progress.prefilled > 0
          ? `已为您自动填好 ${progress.prefilled} 项，还需填写 ${progress.shown - progress.prefilled} 项。请核对后继续。`
          : '请填写以下信息。'}
      </Text>
      <StepErrorSummary messages={summary} />
      {form.sections.map((section) => {
        const fields = section.fields.filter((f) => shown(f.key))
        if (fields.length === 0) return null
        return (
          <View key={section.id} className="apply-section">
            <Text className="apply-section__title">{section.title}</Text>
            {section.hint ? <Text className="apply-section__hint">{section.hint}</Text> : null}
            {fields.map((field) => (
              <FieldView
                key={field.key}
                field={field}
                state={fieldState(field, draft, prefills)}
                error={errorOf(field.key)}
                warning={warnings[field.key]}
                onChange={(value) => {
                  forget(field.key)
                  updateDraft(targetId, (d, now) => withValue(d, field.key, value, now))
                }}
                onBlur={() => {
                  const current = sessionOf(targetId).draft ?? draft
                  const value = effectiveValues(form, current, prefills)[field.key] ?? ''
                  const check = checkFieldValue(field, value)
                  setErrors((e) => (check.error ? { ...e, [field.key]: check.error } : e))
                  setWarnings((w) => ({ ...w, [field.key]: check.warning ?? '' }))
                }}
                onUnlock={() =>
                  updateDraft(targetId, (d, now) =>
                    withUnlocked(d, field.key, prefills[field.key]?.value ?? '', now),
                  )
                }
                onRelock={() => {
                  forget(field.key)
                  updateDraft(targetId, (d, now) => withRelocked(d, field.key, now))
                }}
              />
            ))}
          </View>
        )
      })}
      <View className="apply-actions">
        <Button className="tap" type="primary" block onClick={next}>
          下一步：提供材料
        </Button>
      </View>
      <SyncNote status={sync} />
    </View>
  )
}
