import { resolveElementLocale } from '@leerbudget/elements';

const MESSAGES = {
  nl: 'Dit onderdeel kon niet laden. Laad de pagina opnieuw. Lukt het dan nog niet? Meld het aan de beheerder van het intranet.',
  en: 'This part could not load. Reload the page. Still not working? Tell the intranet administrator.',
};

/**
 * The error state of a widget whose code did not load: a plain message in the element itself (light DOM,
 * so the element can still be defined later) and an `lb-error` event, as a loaded widget would send.
 */
export function showLoadFailure(element: Element, error: unknown, configuredLang: string | undefined): void {
  if (customElements.get(element.localName) || element.querySelector(':scope > [data-lb-load-failure]')) return;
  const message = MESSAGES[resolveElementLocale(element, configuredLang)];
  const notice = document.createElement('p');
  notice.setAttribute('role', 'alert');
  notice.dataset.lbLoadFailure = '';
  notice.textContent = message;
  element.replaceChildren(notice);
  element.dispatchEvent(
    new CustomEvent('lb-error', { bubbles: true, composed: true, detail: { error, message, stale: false } }),
  );
}
