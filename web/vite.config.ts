import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The Kontor web app. `vite` (dev) proxies the API to a running `kontor serve` on :3000;
 * `node scripts/build-web.mjs` builds into dist/web, which the server serves at `/`.
 */
export default defineConfig({
  root: here,
  publicDir: path.join(here, 'public'),
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      // Registered from our own bundle (src/app/pwa.ts): no inline script, so the CSP stays strict.
      injectRegister: false,
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'Kontor',
        short_name: 'Kontor',
        description: 'Books, invoices and GST for your business',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1971c2',
        background_color: '#ffffff',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        // The server's own pages and the API are never answered from the cache.
        navigateFallbackDenylist: [/^\/api\//, /^\/docs/, /^\/openapi\.json/, /^\/healthz/, /^\/readyz/, /^\/metrics/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    outDir: path.resolve(here, '..', 'dist', 'web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1024,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000', '/openapi.json': 'http://127.0.0.1:3000' },
  },
});
