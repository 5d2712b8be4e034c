/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the service worker that vite-plugin-pwa generates (see vite.config.ts), so the lab
 * works offline after the first visit. Production builds only: in dev it would cache modules
 * that Vite serves fresh on every edit.
 */
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  registerSW({ immediate: true });
}
