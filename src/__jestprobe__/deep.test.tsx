import { render, fireEvent } from '@testing-library/react'
import { Switch, Button } from '@/shared/ui/nutui'

test('deep nutui', () => {
  const onChange = jest.fn()
  const { container, getByText } = render(
    <>
      <Switch onChange={onChange} />
      <Button>确定</Button>
    </>,
  )
  fireEvent.click(container.querySelector('.nut-switch')!)
  expect(onChange).toHaveBeenCalledWith(true)
  expect(getByText('确定')).toBeTruthy()
})
