/**
 * `virtual:chronicle/settings`: the site configuration and the coverage
 * exclusions, as validated once when Astro loaded its configuration, handed
 * to every page as a module. Pages never read a file; in `npm run dev` an edit
 * to either file restarts the server (see index.ts), which validates again.
 */
import type { SiteSettings } from '../model/site-model.ts';

export const SETTINGS_MODULE = 'virtual:chronicle/settings';
const RESOLVED = `\0${SETTINGS_MODULE}`;

/**
 * A Vite plugin (written as a plain object: the project does not depend on Vite itself) that serves
 * the module.
 */
export function settingsModule(settings: SiteSettings) {
  return {
    name: 'chronicle-settings',
    resolveId: (id: string) => (id === SETTINGS_MODULE ? RESOLVED : undefined),
    load: (id: string) =>
      id === RESOLVED ? `export default ${JSON.stringify(settings)};` : undefined,
  };
}
