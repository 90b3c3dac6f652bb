import { useEffect, useId, useRef, useSyncExternalStore } from 'react'
import { useStrings } from '../i18n-react/use-strings.ts'
import {
  colorSchemeOf,
  type Display,
  DISPLAY_STORAGE_KEY,
  displayFromAttributes,
  FONT_SIZES,
  parseSavedDisplay,
  resolveDisplay,
  type SavedDisplay,
  serializeSavedDisplay,
  THEMES,
} from './display-preferences.ts'

/*
 * The theme and reading text size live on <html> (data-theme, data-font-size),
 * where the inline script in index.html puts them before the first paint.
 * This control reads them from there, and changes them there and in storage.
 */

const DARK_QUERY = '(prefers-color-scheme: dark)'

/** Kept when storage is blocked, so changing the size does not forget the theme chosen a moment ago. */
let unsaved: SavedDisplay = {}

function readSaved(): SavedDisplay {
  try {
    return parseSavedDisplay(localStorage.getItem(DISPLAY_STORAGE_KEY))
  } catch {
    return unsaved
  }
}

function systemPrefersDark(): boolean {
  try {
    return window.matchMedia(DARK_QUERY).matches
  } catch {
    return false
  }
}

function applyDisplay({ theme, fontSize }: Display): void {
  const root = document.documentElement
  root.dataset.theme = theme
  root.dataset.fontSize = String(fontSize)
  document.querySelector('meta[name="color-scheme"]')?.setAttribute('content', colorSchemeOf(theme))
}

function choose(change: SavedDisplay): void {
  const saved = { ...readSaved(), ...change }
  unsaved = saved
  try {
    localStorage.setItem(DISPLAY_STORAGE_KEY, serializeSavedDisplay(saved))
  } catch {
    // Storage blocked: the choice holds for this page only.
  }
  applyDisplay(resolveDisplay(saved, systemPrefersDark()))
}

function subscribeToRoot(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'data-font-size'] })
  return () => observer.disconnect()
}

const rootSnapshot = () => `${document.documentElement.dataset.theme ?? ''} ${document.documentElement.dataset.fontSize ?? ''}`

/** What <html> shows now; null in the prerendered HTML, where nothing is known yet. */
function useDisplay(): Display | null {
  const snapshot = useSyncExternalStore(subscribeToRoot, rootSnapshot, () => '')
  if (!snapshot) return null
  const [theme, fontSize] = snapshot.split(' ')
  return displayFromAttributes(theme, fontSize)
}

/** A choice made in another tab (the presenter's second window) shows here too. */
function useDisplayFromOtherTabs(): void {
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === DISPLAY_STORAGE_KEY || event.key === null) applyDisplay(resolveDisplay(readSaved(), systemPrefersDark()))
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [])
}

/** With no theme chosen, the page follows the system switching between light and dark. */
function useSystemTheme(): void {
  useEffect(() => {
    const query = window.matchMedia?.(DARK_QUERY)
    if (!query) return
    const onChange = () => {
      const saved = readSaved()
      if (!saved.theme) applyDisplay(resolveDisplay(saved, query.matches))
    }
    query.addEventListener('change', onChange)
    return () => query.removeEventListener('change', onChange)
  }, [])
}

function DisplayIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
      <path d="M12 3.5a8.5 8.5 0 0 1 0 17z" fill="currentColor" />
    </svg>
  )
}

/**
 * A button that opens the display settings: theme for every page, reading
 * text size where there is reading text (`deck` leaves it out: slides scale
 * to the screen). Choices apply at once and are remembered.
 */
export function DisplaySettings({ variant = 'page' }: { variant?: 'page' | 'deck' }) {
  const t = useStrings()
  const id = useId()
  const display = useDisplay()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const openerRef = useRef<HTMLButtonElement>(null)
  useDisplayFromOtherTabs()
  useSystemTheme()

  const open = () => {
    const dialog = dialogRef.current
    if (!dialog) return
    dialog.showModal()
    dialog.querySelector<HTMLInputElement>('input:checked')?.focus()
  }

  return (
    <>
      <button
        ref={openerRef}
        type="button"
        className={variant === 'deck' ? 'deck-button' : 'button button-secondary'}
        onClick={open}
        aria-haspopup="dialog"
        aria-label={variant === 'deck' ? t.display.title : undefined}
        title={t.display.title}
      >
        <DisplayIcon />
        {variant === 'page' && t.display.open}
      </button>
      <dialog ref={dialogRef} className="help-dialog display-dialog" aria-labelledby={`${id}-title`} onClose={() => openerRef.current?.focus()}>
        <h2 id={`${id}-title`}>{t.display.title}</h2>
        <fieldset className="display-choices">
          <legend>{t.display.theme}</legend>
          {THEMES.map((theme) => (
            <label key={theme} className="option-row">
              <input type="radio" name={`${id}-theme`} value={theme} checked={display?.theme === theme} onChange={() => choose({ theme })} />
              {t.display.themes[theme]}
            </label>
          ))}
        </fieldset>
        {variant === 'page' ? (
          <fieldset className="display-choices">
            <legend>{t.display.fontSize}</legend>
            {FONT_SIZES.map((fontSize) => (
              <label key={fontSize} className="option-row">
                <input type="radio" name={`${id}-size`} value={fontSize} checked={display?.fontSize === fontSize} onChange={() => choose({ fontSize })} />
                {t.display.fontSizes[fontSize]}
              </label>
            ))}
          </fieldset>
        ) : (
          <p className="display-note">{t.display.slidesScale}</p>
        )}
        <p className="display-note">{t.display.remembered}</p>
        <form method="dialog">
          <button type="submit" className="button">{t.close}</button>
        </form>
      </dialog>
    </>
  )
}
