// The vendor demo publishes its courses for search engines the way a real vendor site would: schema.org
// JSON-LD made with `toSchemaOrg`, in the HTML itself (no script runs, so the strict CSP is untouched).
import { jsonLdScript, toSchemaOrg } from '../packages/adapters/dist/index.js';

/** The provider the page's finder shows, read from its `<lb-course-finder provider="…">`. */
function providerOf(html) {
  return /<lb-course-finder[^>]*\sprovider="([^"]+)"/.exec(html)?.[1];
}

/** The page with one JSON-LD block per course of its provider, before `</head>`; unchanged when the API is down. */
export async function withCourseMarkup(html, apiOrigin) {
  const provider = providerOf(html);
  if (provider === undefined) return html;
  try {
    const response = await fetch(`${apiOrigin}/v1/catalogue`);
    const { courses } = await response.json();
    const blocks = courses
      .filter((course) => course.provider.id === provider)
      .map((course) => `    ${jsonLdScript(toSchemaOrg(course))}\n`);
    return html.replace('</head>', `${blocks.join('')}  </head>`);
  } catch (error) {
    console.error(`vendor site: no course markup, the API did not answer (${error.message})`);
    return html;
  }
}
