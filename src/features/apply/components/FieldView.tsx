import { Picker, Text, View } from '@tarojs/components'
import type { FormField } from '@contract/api/forms'
import { shanghaiDate } from '@contract/rules/calendar'
import { a11y, keyboardActivation } from '@/shared/ui/a11y'
import { Field, type FieldProps } from '@/shared/ui/Field'
import { TextAreaField } from '@/shared/ui/TextAreaField'
import { displayValue, maskedDisplayValue } from '../model/review'
import type { FieldState } from '../model/values'

export interface FieldViewProps {
  field: FormField
  state: FieldState
  error?: string
  warning?: string
  onChange: (value: string) => void
  onBlur: () => void
  /** "我需要修改" on a verified value. */
  onUnlock: () => void
  /** "用回核验信息" after unlocking. */
  onRelock: () => void
}

const ADDRESS_MAX_LENGTH = 100

const INPUT_TYPES: Partial<Record<FormField['type'], FieldProps['type']>> = {
  idNumber: 'idcard',
  mobile: 'tel',
  amount: 'digit',
  integer: 'number',
}

/** One field of the form: locked when verified, radios for a choice, a date picker, else a text input. */
export function FieldView(props: FieldViewProps) {
  const { field, state } = props
  if (state.locked) return <LockedField {...props} />
  const hint =
    [field.hint, field.unit ? `单位：${field.unit}` : undefined].filter(Boolean).join('；') || undefined
  return (
    <View className="apply-field">
      {field.type === 'select' ? (
        <ChoiceField {...props} hint={hint} />
      ) : field.type === 'date' ? (
        <DateField {...props} hint={hint} />
      ) : field.type === 'address' ? (
        // Addresses run long: shown whole on several lines, not cut off in a one-line box.
        <TextAreaField
          name={field.key}
          label={field.label}
          value={state.value}
          hint={hint}
          maxLength={field.maxLength ?? ADDRESS_MAX_LENGTH}
          error={props.error}
          onChange={props.onChange}
        />
      ) : (
        <Field
          name={field.key}
          label={field.label}
          value={state.value}
          hint={hint}
          type={INPUT_TYPES[field.type]}
          maxLength={field.maxLength}
          error={props.error}
          onChange={props.onChange}
          onBlur={props.onBlur}
        />
      )}
      {props.warning && !props.error ? <Text className="field-warning">{props.warning}</Text> : null}
      <PrefillTag {...props} />
    </View>
  )
}

/** Where a prefilled, editable value came from; after "我需要修改", the way back to the verified value. */
function PrefillTag(props: FieldViewProps) {
  const { prefill, unlocked, typed } = props.state
  if (!prefill) return null
  if (unlocked) {
    return (
      <View className="prefill-tag">
        <Text>已改为自行填写，提交时不作为核验信息</Text>
        <View
          className="prefill-tag__action tap"
          onClick={props.onRelock}
          {...a11y({ role: 'button' })}
          {...keyboardActivation(props.onRelock)}
        >
          用回核验信息
        </View>
      </View>
    )
  }
  if (typed) return null
  return (
    <View className="prefill-tag">
      <Text>{`已为您填好（来自${prefill.source}），如有变化请直接修改`}</Text>
    </View>
  )
}

function LockedField(props: FieldViewProps) {
  const { field, state } = props
  const shown = maskedDisplayValue(field, state.value)
  return (
    <View className="apply-field">
      <Text className="field__label">{field.label}</Text>
      <View className="locked-field__value" {...a11y({ label: `${field.label}：${shown}，已核验` })}>
        {shown}
      </View>
      <View className="prefill-tag prefill-tag--verified">
        <Text>{`✓ 已核验 · 来自${state.prefill?.source ?? '权威数据'}`}</Text>
        <View
          className="prefill-tag__action tap"
          onClick={props.onUnlock}
          {...a11y({ role: 'button', label: `${field.label}：我需要修改` })}
          {...keyboardActivation(props.onUnlock)}
        >
          我需要修改
        </View>
      </View>
      {props.error ? (
        <Text className="field__error" {...a11y({ role: 'alert' })}>
          {props.error}
        </Text>
      ) : null}
    </View>
  )
}

function FieldError(props: { error?: string }) {
  if (!props.error) return null
  return (
    <Text className="field__error" {...a11y({ role: 'alert' })}>
      {props.error}
    </Text>
  )
}

/** A choice as big radios with its words (GOV.UK): no dropdown for older eyes and hands. */
function ChoiceField(props: FieldViewProps & { hint?: string }) {
  const { field, state } = props
  return (
    <View className={`field${props.error ? ' field--invalid' : ''}`}>
      <Text className="field__label">{field.label}</Text>
      {props.hint ? <Text className="field__hint">{props.hint}</Text> : null}
      <View className="apply-choice-group" {...a11y({ role: 'radiogroup', label: field.label })}>
        {(field.options ?? []).map((option) => {
          const checked = state.value === option.value
          return (
            <View
              key={option.value}
              className={`apply-choice tap${checked ? ' apply-choice--checked' : ''}`}
              onClick={() => props.onChange(option.value)}
              {...a11y({ role: 'radio', checked, label: option.label })}
              {...keyboardActivation(() => props.onChange(option.value))}
            >
              <View className="apply-choice__mark" {...a11y({ hidden: true })} />
              <Text className="apply-choice__label">{option.label}</Text>
            </View>
          )
        })}
      </View>
      <FieldError error={props.error} />
    </View>
  )
}

function DateField(props: FieldViewProps & { hint?: string }) {
  const { field, state } = props
  const today = shanghaiDate(new Date())
  const range =
    field.dateRange === 'past'
      ? { start: '1900-01-01', end: today }
      : field.dateRange === 'future'
        ? { start: today, end: '2100-12-31' }
        : { start: '1900-01-01', end: '2100-12-31' }
  return (
    <View className={`field${props.error ? ' field--invalid' : ''}`}>
      <Text className="field__label">{field.label}</Text>
      {props.hint ? <Text className="field__hint">{props.hint}</Text> : null}
      <Picker
        mode="date"
        value={state.value || range.end}
        start={range.start}
        end={range.end}
        onChange={(event) => props.onChange(String(event.detail.value))}
      >
        <View
          className="date-field field__input tap"
          {...a11y({
            role: 'button',
            label: `${field.label}：${state.value ? displayValue(field, state.value) : '请选择日期'}`,
          })}
        >
          {state.value ? displayValue(field, state.value) : '请选择日期'}
        </View>
      </Picker>
      <FieldError error={props.error} />
    </View>
  )
}
