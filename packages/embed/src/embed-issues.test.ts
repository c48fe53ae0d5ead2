import { expect } from '@open-wc/testing';
import { programFaults, testServers } from '@leerbudget/test-kit/servers';
import { loadBundle, until } from '../test/test-pages.js';

type Stub = { q: unknown[][]; configure(...args: unknown[]): void };

describe('bad records reach the page through the embed', () => {
  it('configure({ onIssue }) queued before the bundle hears each bad record once, with its id and field', async () => {
    const { apiBase } = await testServers();
    const paths = await (
      await fetch(`${apiBase}/v1/me/learning-paths`, { headers: { authorization: 'Bearer demo-mehmet' } })
    ).json();
    const [good] = paths.items;
    const bad = (id: string) => ({ ...good, id, title: undefined });
    const base = await programFaults(
      'embed-bad-records',
      [
        { proxy: true, path: '/v1/me' },
        { proxy: true, path: '/v1/me/budget' },
      ],
      {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ items: [bad('kapot-1'), good, bad('kapot-2')] }),
      },
    );
    const issues: Array<{ resource: string; id?: string; field: string }> = [];
    const stub: Stub = {
      q: [],
      configure(...args) {
        this.q.push(['configure', args]);
      },
    };
    (window as unknown as { Leerbudget: Stub }).Leerbudget = stub;
    stub.configure({ getToken: () => 'demo-mehmet', onIssue: (issue: (typeof issues)[number]) => issues.push(issue) });
    await loadBundle('issues', { apiBase: base, cache: 'memory' });
    // Two widgets read the same routes: still one report per bad record.
    const routes = [1, 2].map(() => document.body.appendChild(document.createElement('lb-learning-path')));
    await until(() => routes.every((route) => (route.shadowRoot?.textContent ?? '').includes(good.title.trim())));
    await until(() => issues.length >= 2);
    expect(issues.map(({ resource, id, field }) => ({ resource, id, field }))).to.deep.equal([
      { resource: 'LearningPath', id: 'kapot-1', field: 'title' },
      { resource: 'LearningPath', id: 'kapot-2', field: 'title' },
    ]);
    for (const route of routes) route.remove();
  });
});
