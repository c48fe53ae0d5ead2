import {
  clear,
  configure,
  refresh,
  VERSION,
  warnAboutOtherVersion,
  warnOnce,
  type LeerbudgetConfiguration,
} from '@leerbudget/elements';

/** One call queued by the stub snippet before the bundle loaded: `['configure', [options]]`. */
type QueuedCall = [method: string, args: unknown[]];

/** `window.Leerbudget`: the page's way to configure every widget. */
export interface LeerbudgetGlobal {
  /** The version of the bundle that owns the widgets on this page. */
  readonly version: string;
  /** See `configure` in `@leerbudget/elements`: `apiBase`, `getToken`, `userId`, `cache`, `lang`. */
  configure(options: LeerbudgetConfiguration): void;
  /** Every widget loads its data again (one request per resource); see `refresh` in `@leerbudget/elements`. */
  refresh(): void;
  /** Sign-out: widgets drop what they show and personal data is wiped; see `clear` in `@leerbudget/elements`. */
  clear(): Promise<void>;
}

/** What may sit in `window.Leerbudget` before us: the queue stub, another copy, or nothing. */
type ExistingGlobal = Partial<LeerbudgetGlobal> & { q?: QueuedCall[] };

declare global {
  interface Window {
    Leerbudget?: ExistingGlobal;
  }
}

/**
 * Installs `window.Leerbudget`, applies the script-tag `defaults`, then replays what the queue stub
 * collected (so explicit calls win over defaults). When another copy of the bundle got here first,
 * that copy stays in charge (it registered the elements); a different version gives one warning.
 * Returns `true` when this copy installed the API.
 */
export function installGlobalApi(defaults: LeerbudgetConfiguration): boolean {
  const existing = window.Leerbudget;
  if (existing && typeof existing.version === 'string') {
    warnAboutOtherVersion('window.Leerbudget', existing.version, VERSION);
    return false;
  }
  const queued = Array.isArray(existing?.q) ? existing.q : [];
  const api: LeerbudgetGlobal = { version: VERSION, configure: (options) => configure(options), refresh, clear };
  window.Leerbudget = api;
  if (Object.keys(defaults).length > 0) configure(defaults);
  for (const [method, args] of queued) {
    if (method === 'configure') api.configure((args[0] ?? {}) as LeerbudgetConfiguration);
    else warnOnce(`embed-queue:${method}`, `Leerbudget.${method}() does not exist; the queued call is ignored.`);
  }
  return true;
}
