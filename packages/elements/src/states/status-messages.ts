import { isConfigurationError, isHttpError, isNetworkError, isTimeoutError, isValidationError } from '@leerbudget/sdk';
import { str } from '@lit/localize';
import { msg } from '../localization/msg.js';

/** "Loading" in plain words. */
export function loadingMessage(): string {
  return msg('Even geduld. We halen je gegevens op.', { id: 'state.loading' });
}

/** The label of every retry button. */
export function retryLabel(): string {
  return msg('Opnieuw proberen', { id: 'state.retry' });
}

/** The label of the sign-in link or button after a 401. */
export function signInLabel(): string {
  return msg('Inloggen', { id: 'state.sign-in' });
}

/** "Bijgewerkt om 10:42": when the data shown was fetched. */
export function updatedAtMessage(time: string): string {
  return msg(str`Bijgewerkt om ${time}.`, { id: 'state.updated-at' });
}

/** "Bijgewerkt op 28 november om 21:48": when data from an earlier day was fetched. */
export function updatedOnMessage(date: string, time: string): string {
  return msg(str`Bijgewerkt op ${date} om ${time}.`, { id: 'state.updated-on' });
}

/** Said beside stale data when the browser is offline. */
export function offlineMessage(): string {
  return msg('Je bent offline. Je ziet de gegevens van de laatste keer.', { id: 'state.offline' });
}

/** What the user can do about a failure: try again, sign in again, or nothing here (someone else must act). */
export type ErrorAction = 'retry' | 'sign-in' | 'none';

/** A failure in plain words: what happened, what to do next, and which control helps. */
export interface ErrorParts {
  what: string;
  next: string;
  action: ErrorAction;
}

/**
 * What went wrong and what to do next, for any error a widget can meet. The words tell the truth: a
 * server that is down is not the user's internet, a 401 needs signing in (a retry cannot help), and
 * bad data is for HR to fix (the bad field goes to the console, not on screen). Must be called while
 * rendering (inside `inLocale`), like every message.
 */
export function errorParts(error: unknown): ErrorParts {
  if (isConfigurationError(error)) {
    return {
      what: msg('Deze widget is nog niet goed ingesteld.', { id: 'error.configuration' }),
      next: msg('Meld dit bij de beheerder van het intranet.', { id: 'error.configuration.next' }),
      action: 'none',
    };
  }
  if (isHttpError(error) && error.status === 401) {
    return {
      what: msg('Je bent niet meer ingelogd.', { id: 'error.sign-in' }),
      next: msg('Log opnieuw in. Dan zie je je gegevens weer.', { id: 'error.sign-in.next' }),
      action: 'sign-in',
    };
  }
  if (isHttpError(error) && error.status === 403) {
    return {
      what: msg('Je hebt geen toegang tot deze gegevens.', { id: 'error.forbidden' }),
      next: msg('Denk je dat dit niet klopt? Vraag het aan HR.', { id: 'error.forbidden.next' }),
      action: 'none',
    };
  }
  if (isNetworkError(error) && !navigator.onLine) {
    return {
      what: msg('Je bent offline.', { id: 'error.offline' }),
      next: msg('Controleer je internet. Daarna laden we je gegevens vanzelf.', { id: 'error.offline.next' }),
      action: 'retry',
    };
  }
  if (isNetworkError(error)) {
    // Online, yet no answer: the server or the network between; we cannot tell which, so blame neither.
    return {
      what: msg('We kunnen het leerbudget nu niet bereiken.', { id: 'error.unreachable' }),
      next: msg('Probeer het over een paar minuten opnieuw. Blijft het mis? Meld het bij HR.', {
        id: 'error.unreachable.next',
      }),
      action: 'retry',
    };
  }
  if (isHttpError(error) && error.status >= 500) {
    return {
      what: msg('Het leerbudget werkt nu even niet. Dat ligt niet aan jou.', { id: 'error.server-down' }),
      next: msg('Probeer het over een paar minuten opnieuw.', { id: 'error.server-down.next' }),
      action: 'retry',
    };
  }
  if (isTimeoutError(error)) {
    return {
      what: msg('Het laden duurt te lang.', { id: 'error.timeout' }),
      next: msg('Probeer het zo opnieuw.', { id: 'error.timeout.next' }),
      action: 'retry',
    };
  }
  if (isValidationError(error)) {
    return {
      what: msg('Er klopt iets niet in de gegevens.', { id: 'error.invalid-data' }),
      next: msg('Meld dit bij HR. Zij kunnen het oplossen.', { id: 'error.invalid-data.next' }),
      action: 'none',
    };
  }
  return {
    what: msg('Het ophalen lukt nu niet.', { id: 'error.generic' }),
    next: msg('Probeer het later opnieuw. Lukt het dan niet? Meld het bij HR.', { id: 'error.generic.next' }),
    action: 'retry',
  };
}

/** {@link errorParts} as one text, for `lb-error` events and short notices. */
export function errorMessage(error: unknown): string {
  const { what, next } = errorParts(error);
  return `${what} ${next}`;
}
