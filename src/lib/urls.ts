/** Internal links that respect the configured base path, so a site served under /sub/ works. */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\//, '')}`;
}

export function eventPath(id: string): string {
  return `events/${id}/`;
}
