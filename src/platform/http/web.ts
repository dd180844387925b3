import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { KontorApp } from './types.js';

export interface WebAppOptions {
  /** The built web app (dist/web): index.html, assets/, the service worker and the manifest. */
  root: string;
}

/** Paths the server answers itself: never the SPA's index.html, even for a browser. */
const SERVER_PATHS = /^\/(?:api|docs|openapi\.json|healthz|readyz|livez|metrics)(?:[/?#.]|$)/;
/** Vite puts content-hashed files under assets/: they never change, so browsers may keep them. */
const HASHED_ASSET = /^\/assets\//;
/** Files whose name does not change between releases must be revalidated on every load. */
const ALWAYS_REVALIDATE = new Set(['/index.html', '/sw.js', '/registerSW.js', '/manifest.webmanifest']);

function wantsHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept;
  return typeof accept === 'string' && accept.includes('text/html');
}

/**
 * Serves the web app (the PWA built by scripts/build-web.mjs) at `/`:
 * - files of the build by their path; content-hashed assets with a one-year immutable cache,
 *   everything else (index.html, sw.js, the manifest) with `no-cache`;
 * - any other GET that accepts text/html and is not an API/docs path gets index.html, so the
 *   client-side router handles deep links (`/settings/sessions` on reload);
 * - everything else falls through to the standard problem+json 404.
 * The security headers (helmet's CSP) apply unchanged: the build has no inline script.
 * Returns false (and serves nothing) when the build is missing.
 */
export async function registerWebApp(app: KontorApp, options: WebAppOptions): Promise<boolean> {
  const root = path.resolve(options.root);
  if (!existsSync(path.join(root, 'index.html'))) {
    app.log.warn({ root }, 'web app not built (run `npm run build:web`): not serving it');
    return false;
  }
  await app.register(async (scope) => {
    // serve: false — only reply.sendFile; the routes below declare their access like every route.
    await scope.register(fastifyStatic, { root, serve: false, index: false, dotfiles: 'deny' });

    const revalidated = (reply: FastifyReply, file: string) => reply.header('cache-control', 'no-cache').sendFile(file, root, { cacheControl: false });
    const sendIndex = (reply: FastifyReply) => revalidated(reply, 'index.html');
    const isServedFile = (relative: string): boolean => {
      if (!relative || relative.split('/').some((part) => part === '..' || part.startsWith('.'))) return false;
      const file = path.join(root, relative);
      if (!file.startsWith(root + path.sep)) return false;
      try {
        return statSync(file).isFile();
      } catch {
        return false;
      }
    };

    const handler = async (request: FastifyRequest<{ Params: { '*': string } }>, reply: FastifyReply) => {
      const urlPath = `/${request.params['*'] ?? ''}`;
      if (SERVER_PATHS.test(urlPath)) return reply.callNotFound();
      if (urlPath === '/' || urlPath === '/index.html') return sendIndex(reply);
      const relative = path.posix.normalize(urlPath).replace(/^\/+/, '');
      if (isServedFile(relative)) {
        if (HASHED_ASSET.test(urlPath)) return reply.sendFile(relative, root, { maxAge: '365d', immutable: true });
        if (ALWAYS_REVALIDATE.has(urlPath)) return revalidated(reply, relative);
        return reply.sendFile(relative, root, { maxAge: '1h' });
      }
      // A deep link into the app (not a missing asset): the client-side router takes it.
      if (!HASHED_ASSET.test(urlPath) && wantsHtml(request)) return sendIndex(reply);
      return reply.callNotFound();
    };

    scope.get('/', { config: { public: true }, schema: { hide: true } }, handler);
    scope.get('/*', { config: { public: true }, schema: { hide: true } }, handler);
  });
  return true;
}
