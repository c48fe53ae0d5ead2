import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jsonLdScript } from './json-ld-script.js';

describe('jsonLdScript', () => {
  it('keeps hostile course text inside the data block', () => {
    const html = jsonLdScript({ name: '</script><script>alert(1)</script>' });
    assert.equal(html.match(/<\/script>/g)?.length, 1);
    assert.ok(html.endsWith('</script>'));
    const json = html.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    assert.deepEqual(JSON.parse(json), { name: '</script><script>alert(1)</script>' });
  });
});
