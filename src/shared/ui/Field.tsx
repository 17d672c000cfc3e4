import { Text, View } from '@tarojs/components'
import { isWeapp } from '../platform/env'
import { a11y } from './a11y'
import { Input } from './nutui'

export interface FieldProps {
  name: string
  label: string
  value: string
  onChange: (value: string) => void
  onBlur?: () => void
  error?: string
  hint?: string
  placeholder?: string
  type?: 'text' | 'number' | 'digit' | 'idcard' | 'tel'
  maxLength?: number
  autoComplete?: string
  disabled?: boolean
}

/**
 * A labelled input with its message right under it (GOV.UK pattern: the message says how to fix it).
 * The label is also set on the native input so screen readers and WeChat's reader announce it.
 */
export function Field(props: FieldProps) {
  const inputId = `field-${props.name}`
  const labelProps = isWeapp
    ? { ariaLabel: props.error ? `${props.label}，${props.error}` : props.label }
    : {
        nativeProps: {
          id: inputId,
          'aria-label': props.label,
          'aria-invalid': props.error ? 'true' : 'false',
          'aria-describedby': props.error ? `${inputId}-error` : undefined,
          autocomplete: props.autoComplete ?? 'off',
          inputmode:
            props.type === 'number' || props.type === 'digit' || props.type === 'tel' ? 'numeric' : undefined,
        },
      }
  return (
    <View className={`field${props.error ? ' field--invalid' : ''}`}>
      <Text className="field__label">{props.label}</Text>
      {props.hint ? <Text className="field__hint">{props.hint}</Text> : null}
      <Input
        className="field__input tap"
        name={props.name}
        value={props.value}
        type={props.type === 'tel' ? 'number' : (props.type ?? 'text')}
        maxLength={props.maxLength}
        placeholder={props.placeholder ?? ''}
        disabled={props.disabled}
        onChange={(value: string) => props.onChange(value)}
        onBlur={() => props.onBlur?.()}
        // NutUI's default clear icon is an <i>, which WeChat has no template for (a render warning on every
        // field); our fields are not clearable, so an empty view stands in.
        clearIcon={<View />}
        {...(labelProps as Record<string, unknown>)}
      />
      {props.error ? (
        <Text id={`${inputId}-error`} className="field__error" {...a11y({ role: 'alert' })}>
          {props.error}
        </Text>
      ) : null}
    </View>
  )
}
