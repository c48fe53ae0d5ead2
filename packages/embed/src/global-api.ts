import { warnAboutOtherVersion, warnOnce, type LeerbudgetConfiguration } from '@leerbudget/elements';
import type * as Core from './core.js';

/** One call queued by the stub snippet before the loader ran: `['configure', [options]]`. */
type QueuedCall = [method: string, args: unknown[]];

/** `window.Leerbudget`: the page's way to configure every widget. */
export interface LeerbudgetGlobal {
  /** The version of the embed that owns the widgets on this page. */
  readonly version: string;
  /**
   * See `configure` in `@leerbudget/elements`: `apiBase`, `getToken`, `userId`, `cache`, `lang`, `credentials`,
   * `signInUrl`, and `onIssue` (each record from the API that is left out as bad, once).
   */
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

let core: typeof Core | undefined;
const waiting: LeerbudgetConfiguration[] = [];
let clearWhenConnected = false;

/** Hands the global API the loaded core chunk: calls made before it arrived are applied in order. */
export function connectCore(loaded: typeof Core): void {
  if (core) return;
  core = loaded;
  if (clearWhenConnected) void core.clear().catch((error: unknown) => console.error('Leerbudget.clear():', error));
  for (const options of waiting.splice(0)) core.configure(options);
}

/**
 * Installs `window.Leerbudget`, applies the script-tag `defaults`, then replays what the queue stub
 * collected (so explicit calls win over defaults). Calls wait until the first widget's code has loaded.
 * When another copy of the embed got here first, that copy stays in charge; a different version gives
 * one warning. Returns `true` when this copy installed the API.
 */
export function installGlobalApi(version: string, defaults: LeerbudgetConfiguration): boolean {
  const existing = window.Leerbudget;
  if (existing && typeof existing.version === 'string') {
    warnAboutOtherVersion('window.Leerbudget', existing.version, version);
    return false;
  }
  const queued = Array.isArray(existing?.q) ? existing.q : [];
  const api: LeerbudgetGlobal = {
    version,
    configure(options) {
      if (core) core.configure(options);
      else waiting.push(options);
    },
    refresh() {
      // Before the first widget's code has loaded, no widget shows data that could be refreshed.
      core?.refresh();
    },
    clear() {
      if (core) return core.clear();
      // Nothing is shown yet; the wipe runs when the first widget's code arrives, before any widget reads.
      clearWhenConnected = true;
      return Promise.resolve();
    },
  };
  window.Leerbudget = api;
  if (Object.keys(defaults).length > 0) api.configure(defaults);
  for (const [method, args] of queued) {
    if (method === 'configure') api.configure((args[0] ?? {}) as LeerbudgetConfiguration);
    else warnOnce(`embed-queue:${method}`, `Leerbudget.${method}() does not exist; the queued call is ignored.`);
  }
  return true;
}
