// The Content-Security-Policy every page carries as a <meta> tag (a static host may send no headers).
// Scripts and styles come only from the site's own files; the one inline script (the theme boot,
// which must run before first paint) is allowed by its hash, so an injected inline script or event
// handler never runs. Pagefind needs 'wasm-unsafe-eval' for its WebAssembly search and may start
// a worker from a blob. `frame-ancestors` is not allowed in a meta tag, so it is left out.
import { createHash } from 'node:crypto';

export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

// Every page asks with the same script: hashed once per build, not once per page.
const policies = new Map<string, string>();

export function contentSecurityPolicy(inlineScripts: string[]): string {
  const key = inlineScripts.join('\0');
  let policy = policies.get(key);
  if (policy === undefined) policies.set(key, (policy = buildPolicy(inlineScripts)));
  return policy;
}

function buildPolicy(inlineScripts: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScripts.map(scriptHash).join(' ')} 'wasm-unsafe-eval'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}
