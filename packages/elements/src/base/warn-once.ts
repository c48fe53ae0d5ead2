const warned = new Set<string>();

/**
 * Logs a console warning once per page for each distinct `key`, so a hostile or mistyped attribute on
 * twenty widgets (or on every re-render) gives the admin one clear line instead of a flood.
 */
export function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`[leerbudget] ${message}`);
}
