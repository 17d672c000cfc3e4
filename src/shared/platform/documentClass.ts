import { isH5 } from './env'

/**
 * H5 only: sets or clears a class on <html>, for what the browser draws outside every page — Taro's H5 tab
 * bar — and so cannot see a page root's class. On weapp it does nothing: there is no document to style, and
 * the tab bar is WeChat's own (configured in app.config.ts).
 */
export function setDocumentClass(name: string, on: boolean): void {
  if (!isH5 || typeof document === 'undefined') return
  document.documentElement.classList.toggle(name, on)
}
