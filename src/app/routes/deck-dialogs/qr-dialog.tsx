import { forwardRef, useEffect, useState } from 'react'
import { useStrings } from '../../../i18n-react/use-strings.ts'

interface QrMatrix {
  size: number
  dark: (row: number, column: number) => boolean
}

/** One SVG path for all dark modules: crisp at any size, readable from the back of the room. */
function QrCode({ matrix, label }: { matrix: QrMatrix; label: string }) {
  const cells: string[] = []
  for (let row = 0; row < matrix.size; row += 1) {
    for (let column = 0; column < matrix.size; column += 1) if (matrix.dark(row, column)) cells.push(`M${column + 4} ${row + 4}h1v1h-1z`)
  }
  const side = matrix.size + 8
  return (
    <svg className="qr-code" viewBox={`0 0 ${side} ${side}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={side} height={side} fill="#fff" />
      <path d={cells.join('')} fill="#000" />
    </svg>
  )
}

/** A large QR code of the reading page at the current slide, made in the browser (works offline). */
export const QrDialog = forwardRef<HTMLDialogElement, { url: string; open: boolean }>(function QrDialog({ url, open }, ref) {
  const t = useStrings().deck
  const [matrix, setMatrix] = useState<QrMatrix | null>(null)
  useEffect(() => {
    if (!open) return
    let cancelled = false
    // The QR library is loaded only when a teacher asks for a code.
    void import('qrcode-generator').then(({ default: qrcode }) => {
      const code = qrcode(0, 'M')
      code.addData(url)
      code.make()
      if (!cancelled) setMatrix({ size: code.getModuleCount(), dark: (row, column) => code.isDark(row, column) })
    })
    return () => {
      cancelled = true
    }
  }, [url, open])
  return (
    <dialog ref={ref} className="help-dialog qr-dialog" aria-labelledby="qr-title">
      <h2 id="qr-title">{t.qrTitle}</h2>
      <p>{t.qrHelp}</p>
      {matrix && <QrCode matrix={matrix} label={url} />}
      <p className="qr-url"><a href={url}>{url}</a></p>
      <form method="dialog">
        <button type="submit" className="button" autoFocus>{useStrings().close}</button>
      </form>
    </dialog>
  )
})
