import { setDocumentClass } from '../platform/documentClass'
import { preferencesStore } from './store'

/**
 * The class on <html> while 长辈版 is on (H5). Pages get their sizes from <Screen>'s `.elder`; this one is for
 * what lies outside the pages — the H5 tab bar (shared/ui/tabbar-h5.scss) — and is named apart so a page's own
 * `.elder` is never taken for granted because the document has it.
 */
export const ELDER_DOCUMENT_CLASS = 'elder-mode'

/** Keeps the class in step with the 长辈版 switch from now on (set at once from the stored choice). */
export function mirrorElderModeOnDocument(): () => void {
  setDocumentClass(ELDER_DOCUMENT_CLASS, preferencesStore.getState().elderMode)
  return preferencesStore.subscribe((state, previous) => {
    if (state.elderMode !== previous.elderMode) setDocumentClass(ELDER_DOCUMENT_CLASS, state.elderMode)
  })
}
