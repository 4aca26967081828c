/** node:path for the browser build: the POSIX string functions the core uses on display paths. */
export const sep = '/';

/** The path without its last part. */
export function dirname(path: string): string {
  const at = path.replace(/\/+$/, '').lastIndexOf('/');
  return at < 0 ? '.' : at === 0 ? '/' : path.slice(0, at);
}

/** The last part of the path. */
export function basename(path: string): string {
  return path.replace(/\/+$/, '').split('/').pop() ?? '';
}

/** The extension of the last part, with its dot, or ''. */
export function extname(path: string): string {
  const base = basename(path);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot);
}

/** Parts joined with slashes. */
export function join(...parts: string[]): string {
  return parts.filter(Boolean).join('/').replace(/\/+/g, '/');
}

/** Parts joined (a page has no working folder, so relative stays relative). */
export function resolve(...parts: string[]): string {
  return join(...parts);
}

/** `to`, unchanged: the page has no folders to be relative to. */
export function relative(_from: string, to: string): string {
  return to;
}

/** True for a path starting with a slash. */
export function isAbsolute(path: string): boolean {
  return path.startsWith('/');
}

export default { sep, dirname, basename, extname, join, resolve, relative, isAbsolute };
