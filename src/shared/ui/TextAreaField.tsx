import './textarea.scss'
import { Text, Textarea, View } from '@tarojs/components'
import { isWeapp } from '../platform/env'
import { a11y } from './a11y'

export interface TextAreaFieldProps {
  name: string
  label: string
  value: string
  onChange: (value: string) => void
  maxLength: number
  error?: string
  hint?: string
  placeholder?: string
}

/**
 * A labelled multi-line field with a character count, the message for it right under it. Like Field, the
 * label is set on the native textarea so screen readers and WeChat's reader announce it.
 */
export function TextAreaField(props: TextAreaFieldProps) {
  const id = `field-${props.name}`
  const labelProps = isWeapp
    ? { ariaLabel: props.error ? `${props.label}，${props.error}` : props.label }
    : {
        nativeProps: {
          id,
          'aria-label': props.label,
          'aria-invalid': props.error ? 'true' : 'false',
          'aria-describedby': props.error ? `${id}-error` : undefined,
        },
      }
  return (
    <View className={`field${props.error ? ' field--invalid' : ''}`}>
      <Text className="field__label">{props.label}</Text>
      {props.hint ? <Text className="field__hint">{props.hint}</Text> : null}
      <View className="field__input field__input--multiline">
        <Textarea
          className="field__textarea"
          name={props.name}
          value={props.value}
          maxlength={props.maxLength}
          placeholder={props.placeholder ?? ''}
          autoHeight
          onInput={(event) => props.onChange(event.detail.value)}
          {...(labelProps as Record<string, unknown>)}
        />
      </View>
      <Text className="field__hint field__count" {...a11y({ hidden: true })}>
        {props.value.length}/{props.maxLength}
      </Text>
      {props.error ? (
        <Text id={`${id}-error`} className="field__error" {...a11y({ role: 'alert' })}>
          {props.error}
        </Text>
      ) : null}
    </View>
  )
}
