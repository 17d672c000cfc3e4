// Public surface of the apply feature (一表申请), for the packages/apply subpackage pages only: importing it
// from a tab page would pull the form engine into the main package.
export { ApplyCheckPage, ApplyDonePage, ApplyFormPage, ApplyMaterialsPage } from './components/ApplyPages'
