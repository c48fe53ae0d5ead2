// Eleventy builds the pages from src/; scripts/build.mjs adds the live API, the widgets and the SDK reference.
export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy({ 'src/assets': 'assets' });
  eleventyConfig.setQuietMode(true);
  return { dir: { input: 'src', output: '_site' } };
}
