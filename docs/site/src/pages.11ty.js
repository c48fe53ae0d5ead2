// One template for every page: the content comes from lib/pages.mjs, the frame from lib/layout.mjs.
import { layout } from '../lib/layout.mjs';

export const data = {
  pagination: { data: 'pages', size: 1, alias: 'entry' },
  permalink: (data) => (data.entry.url.endsWith('/') ? `${data.entry.url}index.html` : data.entry.url),
  eleventyExcludeFromCollections: true,
};

export const render = (data) => layout(data.entry);
