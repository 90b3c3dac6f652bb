// Testing Library matchers for component tests that run in jsdom.
import '@testing-library/jest-dom/vitest'

// jsdom has <dialog> but not its methods: open and close it as a browser
// does (the `open` attribute, the close event), so dialogs can be tested.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true
  }
  HTMLDialogElement.prototype.show = HTMLDialogElement.prototype.showModal
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement, returnValue?: string) {
    if (!this.open) return
    if (returnValue !== undefined) this.returnValue = returnValue
    this.open = false
    this.dispatchEvent(new Event('close'))
  }
}

// A <form method="dialog"> closes its dialog instead of navigating (jsdom submits nowhere).
if (typeof document !== 'undefined') {
  document.addEventListener('submit', (event) => {
    const form = event.target as HTMLFormElement
    if (form.getAttribute('method') !== 'dialog' || event.defaultPrevented) return
    event.preventDefault()
    form.closest('dialog')?.close()
  })
}
