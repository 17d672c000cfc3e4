import { render, screen, fireEvent, waitFor } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import ProbePage, { useCount } from './ProbePage'

test('renders and reacts to clicks', async () => {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const { container } = render(
    <QueryClientProvider client={client}>
      <ProbePage fetcher={() => Promise.resolve('你好')} />
    </QueryClientProvider>,
  )
  expect(screen.getByText('加载中')).toBeTruthy()
  await waitFor(() => expect(screen.getByText('你好')).toBeTruthy())
  expect(screen.getByText('次数 0')).toBeTruthy()
  fireEvent.click(screen.getByText('加一'))
  await waitFor(() => expect(screen.getByText('次数 1')).toBeTruthy())
  expect(useCount.getState().count).toBe(1)
  const sw = container.querySelector('.nut-switch')
  expect(sw).not.toBeNull()
  fireEvent.click(sw!)
  await waitFor(() => expect(screen.getByText('次数 2')).toBeTruthy())
  expect(screen.getByText('/api/v1')).toBeTruthy()
  expect(typeof (require("@tarojs/taro") as any).useLoad).toBe("function")
})
