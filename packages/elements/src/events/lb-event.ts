/**
 * Base of every Leerbudget event: a `CustomEvent` with a typed `detail` that bubbles and crosses shadow
 * roots, so a host page can listen on `document`. Names are prefixed `lb-`.
 */
export abstract class LbEvent<Detail> extends CustomEvent<Detail> {
  constructor(type: `lb-${string}`, detail: Detail) {
    super(type, { detail, bubbles: true, composed: true });
  }
}
