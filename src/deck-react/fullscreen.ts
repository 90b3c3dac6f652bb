/** Enters full screen, or leaves it; refusals (no user gesture, an iframe without permission) are ignored. */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {})
  else void document.documentElement.requestFullscreen?.().catch(() => {})
}
