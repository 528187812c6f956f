/**
 * Security headers on every response, through @fastify/helmet: a Content-Security-Policy the built app runs
 * under with no violations (apps/web/e2e/security-headers.spec.ts visits every page and fails on any), no
 * framing by other sites, nosniff, no referrer sent elsewhere, and HSTS when served over HTTPS.
 *
 * - scripts: only the app's own files (the web app configures zod "jitless", so no eval is needed);
 * - styles: the app's own files plus inline styles — Mantine sets CSS variables in `style` attributes and
 *   injects its theme's <style> element at run time, and the print/preview HTML carries its page CSS inline;
 * - images and fonts: own files and data: URLs (icons); connections: the same origin only.
 */
import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

export interface SecureHeadersOptions {
  /** Strict-Transport-Security (only when the site is served over HTTPS: SECURE_COOKIES=1). */
  hsts?: boolean;
}

export const CONTENT_SECURITY_POLICY = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:", "blob:"],
  "font-src": ["'self'", "data:"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
  "frame-src": ["'self'"],
  "worker-src": ["'self'"],
};

export async function registerSecurityHeaders(
  app: FastifyInstance,
  { hsts = false }: SecureHeadersOptions = {},
): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // Not needed and would block the app's own downloads opened in a new tab in some browsers.
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: "same-origin" },
    strictTransportSecurity: hsts ? { maxAge: 60 * 60 * 24 * 365, includeSubDomains: true } : false,
    xFrameOptions: { action: "deny" },
  });
}
