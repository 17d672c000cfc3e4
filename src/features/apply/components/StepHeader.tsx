import { Text, View } from '@tarojs/components'
import { a11y } from '@/shared/ui/a11y'
import type { ApplyStep } from '../routes'

const STEPS: Array<{ step: ApplyStep; label: string }> = [
  { step: 'form', label: '1 填写信息' },
  { step: 'materials', label: '2 提供材料' },
  { step: 'check', label: '3 核对提交' },
]

/** Where the citizen is among the three steps, in words (the bar colour is not the only cue). */
export function StepHeader(props: { current: ApplyStep; title: string }) {
  const index = STEPS.findIndex((s) => s.step === props.current)
  return (
    <View>
      <View
        className="apply-steps"
        {...a11y({ label: `第${index + 1}步，共3步：${STEPS[index]?.label.slice(2)}` })}
      >
        {STEPS.map((s, i) => (
          <Text
            key={s.step}
            className={`apply-steps__step${i < index ? ' apply-steps__step--done' : ''}${i === index ? ' apply-steps__step--current' : ''}`}
            {...a11y({ hidden: true })}
          >
            {s.label}
          </Text>
        ))}
      </View>
      <View className="screen__title" {...a11y({ role: 'heading' })} aria-level={1}>
        {props.title}
      </View>
    </View>
  )
}
