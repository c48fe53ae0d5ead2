/**
 * Calls `found(element)` for every element whose tag is in `tags`: those on the page now and those added
 * later, in the document and in the open shadow roots of the host's own components (also of components
 * that are defined only later). Returns a function that stops watching.
 */
export function watchForTags(tags: readonly string[], found: (element: Element) => void): () => void {
  const wanted = new Set(tags);
  const watchedRoots = new WeakSet<Node>();
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });

  function watchRoot(root: Document | ShadowRoot): void {
    if (watchedRoots.has(root)) return;
    watchedRoots.add(root);
    observer.observe(root, { childList: true, subtree: true });
    for (const element of root.querySelectorAll('*')) visit(element);
  }

  function visit(element: Element): void {
    if (wanted.has(element.localName)) found(element);
    if (element.shadowRoot) watchRoot(element.shadowRoot);
    else if (element.localName.includes('-') && !customElements.get(element.localName)) {
      // Its shadow root (if any) appears when it is defined.
      customElements.whenDefined(element.localName).then(
        () => element.shadowRoot && watchRoot(element.shadowRoot),
        () => undefined,
      );
    }
  }

  function scan(element: Element): void {
    visit(element);
    for (const inner of element.querySelectorAll('*')) visit(inner);
  }

  watchRoot(document);
  return () => observer.disconnect();
}
