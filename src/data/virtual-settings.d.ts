/** The settings module the integration serves (src/integration/settings-module.ts). */
declare module 'virtual:chronicle/settings' {
  const settings: import('../model/site-model.ts').SiteSettings;
  export default settings;
}
