import type { Lang } from '../i18n/lang'

/** Words of the diagram controls; kept with the diagrams, so pages without diagrams do not load them. */
export const DIAGRAM_UI = {
  es: {
    expand: 'Ampliar',
    expandLabel: (title: string) => `Ampliar a pantalla completa: ${title}`,
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    fit: 'Ver entero',
    close: 'Cerrar',
    zoom: (percent: number) => `${percent} %`,
    hint: 'Arrastra para moverte; pellizca o usa la rueda para acercar. Teclado: + y −, flechas, 0 para verlo entero, Esc para cerrar.',
  },
  en: {
    expand: 'Enlarge',
    expandLabel: (title: string) => `Open full screen: ${title}`,
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit to screen',
    close: 'Close',
    zoom: (percent: number) => `${percent}%`,
    hint: 'Drag to move; pinch or use the wheel to zoom. Keyboard: + and −, arrows, 0 to fit, Esc to close.',
  },
} satisfies Record<Lang, unknown>
