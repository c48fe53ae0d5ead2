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

/** "Bijgewerkt om 10:42": when the data shown was fetched. */
export function updatedAtMessage(time: string): string {
  return msg(str`Bijgewerkt om ${time}.`, { id: 'state.updated-at' });
}

/** Said beside stale data when the API could not be reached. */
export function offlineMessage(): string {
  return msg('Je bent offline. Je ziet de laatst bekende gegevens.', { id: 'state.offline' });
}

/**
 * What went wrong and what to do next, in plain words, for any error a widget can meet. Must be called
 * while rendering (inside `inLocale`), like every message.
 */
export function errorMessage(error: unknown): string {
  if (isConfigurationError(error)) {
    return msg('Deze widget is nog niet goed ingesteld. Meld dit bij de beheerder van het intranet.', {
      id: 'error.configuration',
    });
  }
  if (isHttpError(error) && error.status === 401) {
    return msg('Log opnieuw in om je gegevens te zien.', { id: 'error.sign-in' });
  }
  if (isHttpError(error) && error.status === 403) {
    return msg('Je hebt geen toegang tot deze gegevens. Vraag je HR-afdeling om hulp.', { id: 'error.forbidden' });
  }
  if (isNetworkError(error)) {
    return msg('Er is geen verbinding. Controleer je internet en probeer het opnieuw.', { id: 'error.offline' });
  }
  if (isTimeoutError(error)) {
    return msg('Het laden duurt te lang. Probeer het zo opnieuw.', { id: 'error.timeout' });
  }
  if (isValidationError(error)) {
    const field = error.field || '(alles)';
    return msg(str`De gegevens kloppen niet (veld ${field}). Meld dit bij je HR-afdeling.`, {
      id: 'error.invalid-data',
    });
  }
  return msg('Het ophalen lukt nu niet. Probeer het later opnieuw.', { id: 'error.generic' });
}
