// Typechecked only (pnpm typecheck): a React 19 app that uses the tags themselves, with the JSX types
// from @leerbudget/elements/jsx. The @ts-expect-error lines fail the typecheck if the types go missing.
import type { CustomElements } from '@leerbudget/elements/jsx';
import '@leerbudget/elements/define/budget-meter';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}

export function DirectTags() {
  return (
    <>
      <lb-budget-meter variant="full" lang="nl" />
      {/* @ts-expect-error: a variant the meter does not have */}
      <lb-budget-meter variant="enormous" />
      {/* @ts-expect-error: a tag that is not ours */}
      <lb-budget-metre />
    </>
  );
}
