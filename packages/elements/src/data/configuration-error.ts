/**
 * The widget cannot load anything because it has no usable API base (no `api-base` attribute, no
 * `data-api-base` on the script tag, no `configure({ apiBase })`, or a refused value).
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError' as const;
}
