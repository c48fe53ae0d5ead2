/**
 * Helpers for the embed's browser tests: load the built bundle like an admin's script tag, and open
 * pages in an iframe under a strict Content-Security-Policy.
 */

/**
 * The built loader of one copy of the embed, served as built by test/embed-files-middleware.mjs; each
 * copy has its own address, like the same embed hosted twice.
 */
export function loaderPath(copy: string): string {
  return `/embed/${copy}/leerbudget.js`;
}

/** Appends `<script type="module" src="/embed/<copy>/leerbudget.js">` with `data-*` defaults; resolves on load. */
export function loadBundle(copy: string, dataset: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = loaderPath(copy);
    Object.assign(script.dataset, dataset);
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`could not load ${script.src}`)), { once: true });
    document.head.append(script);
  });
}

/** What `test/fixtures/page-setup.js` records in a page. */
export interface PageRecord {
  violations: string[];
  errors: string[];
  /** When the first budget was on screen, in ms since the page started, and whether it was the cached one. */
  firstBudget: { at: number; stale: boolean } | undefined;
}

/** The CSP of the strict test pages: no inline script or style, Trusted Types with only our policy. */
export function strictPolicy(apiOrigin: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${apiOrigin}`,
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types leerbudget',
  ].join('; ');
}

/** How a page pastes the loader: as a module script (default), a classic script, or a classic script pinned by SRI. */
export type LoaderTag = 'module' | 'classic' | 'pinned';

/** The loader's SRI hash from the build's dist/integrity.json. */
export async function loaderIntegrity(): Promise<string> {
  const manifest = (await (await fetch('/embed/manifest/integrity.json')).json()) as { files: Record<string, string> };
  return manifest.files['leerbudget.js']!;
}

/**
 * Opens a page in an iframe whose `<meta>` CSP applies from the first byte, signed in as `token`,
 * with `body` as its markup and the loader of each copy in `copies` pasted as `tag`. Resolves with the
 * iframe once the page has loaded.
 */
export async function openStrictPage(options: {
  apiBase: string;
  token: string;
  body: string;
  copy: string;
  copies?: string[];
  tag?: LoaderTag;
  head?: string;
  /** The page's `<html lang>`; default `nl`. */
  lang?: string;
  /** `data-lang` on the loader's script tag. */
  dataLang?: string;
}): Promise<HTMLIFrameElement> {
  const { origin } = new URL(options.apiBase);
  const tag = options.tag ?? 'module';
  const lang = options.dataLang ? ` data-lang="${options.dataLang}"` : '';
  const pin = tag === 'pinned' ? ` integrity="${await loaderIntegrity()}"` : '';
  const loaders = (options.copies ?? [options.copy])
    .map(
      (copy) =>
        `<script${tag === 'module' ? ' type="module"' : ''}${pin} src="${loaderPath(copy)}" data-api-base="${options.apiBase}"${lang}></script>`,
    )
    .join('');
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '600px';
  frame.srcdoc = `<!doctype html><html lang="${options.lang ?? 'nl'}"><head>
    <meta http-equiv="Content-Security-Policy" content="${strictPolicy(origin)}">
    <script src="/packages/embed/test/fixtures/page-setup.js" data-token="${options.token}"></script>
    ${loaders}${options.head ?? ''}
    </head><body>${options.body}</body></html>`;
  return new Promise((resolve) => {
    frame.addEventListener('load', () => resolve(frame), { once: true });
    document.body.append(frame);
  });
}

/** The record of a page opened with {@link openStrictPage}. */
export function pageRecord(frame: HTMLIFrameElement): PageRecord {
  return (frame.contentWindow as unknown as { __lb: PageRecord }).__lb;
}

/** Polls `condition` every 20 ms until it holds (the test's own timeout bounds it). */
export async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 20));
}
