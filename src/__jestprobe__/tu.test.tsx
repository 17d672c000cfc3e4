import TestUtils from '@tarojs/test-utils-react'
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import Probe from '@/__jestprobe__/ProbePage'

function C() {
  const [n, setN] = useState(0)
  return (
    <View className='c' onClick={() => setN(n + 1)}>
      <Text className='t'>n={n}</Text>
    </View>
  )
}

test('test-utils mount', async () => {
  expect(typeof Probe).toBe('function')
  const tu = new TestUtils()
  await tu.mount(C, { props: {} })
  const el = await tu.queries.waitForQuerySelector('.t')
  expect(el?.textContent).toBe('n=0')
  await tu.act(() => tu.fireEvent.click(document.querySelector('.c')!))
  expect(document.querySelector('.t')?.textContent).toBe('n=1')
})
