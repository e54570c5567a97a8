/**
 * What the window may do with URLs. Navigation away from the app and new windows are always
 * denied; http(s) and mailto links the user clicks open in the system's browser or mail app.
 */
export function externalUrlToOpen(url: string): string | null {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' || protocol === 'mailto:' ? url : null;
  } catch {
    return null;
  }
}

/** Every permission request (camera, notifications, geolocation, ...) is denied. */
export function allowPermission(_permission: string): boolean {
  return false;
}
