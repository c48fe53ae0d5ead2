import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { CatalogueSnapshot } from '@leerbudget/contract';
import { startTestServer } from '../../test/helpers.js';
import type { RunningServer } from '../server.js';
import { formatImportSummary, importCatalogue } from './catalogue-import.js';

/** An OOAPI v6 course as the specification's examples write it, with one offering. */
function ooapiCourse(n: number) {
  return {
    courseId: `course-${n}`,
    primaryCode: { codeType: 'identifier', code: `C${n}` },
    name: [{ language: 'nl-NL', value: `Cursus ${n}` }],
    description: [{ language: 'nl-NL', value: `Over cursus ${n}.` }],
    studyLoad: [{ studyLoadUnit: 'hour', value: 8 * n }],
    modesOfDelivery: ['online'],
    teachingLanguages: ['nld'],
    level: 'bachelor',
    link: `https://ooapi.example/cursus/${n}`,
    abbreviation: `C${n}`,
    organisation: { organisationId: 'hs-example', name: [{ language: 'nl-NL', value: 'Hogeschool Voorbeeld' }] },
  };
}

/** A loopback OOAPI source: `/courses` in pages of 2 and `/courses/{id}/offerings`. */
async function serveOoapi(
  courses: () => unknown[],
): Promise<{ url: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(`${url.pathname}${url.search}`);
    const offerings = /^\/courses\/([^/]+)\/offerings$/.exec(url.pathname);
    let body: unknown;
    if (url.pathname === '/courses') {
      const pageNumber = Number(url.searchParams.get('pageNumber') ?? '1');
      const all = courses();
      const items = all.slice((pageNumber - 1) * 2, pageNumber * 2);
      body = {
        pageSize: 2,
        pageNumber,
        hasPreviousPage: pageNumber > 1,
        hasNextPage: pageNumber * 2 < all.length,
        items,
      };
    } else if (offerings !== null) {
      body = {
        pageSize: 10,
        pageNumber: 1,
        hasPreviousPage: false,
        hasNextPage: false,
        items: [
          {
            courseOfferingId: `${offerings[1]}-run`,
            startDateTime: '2027-03-01T09:00:00+01:00',
            priceInformation: [{ costType: 'total_costs', amount: '1250.10', currency: 'EUR' }],
          },
        ],
      };
    } else {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('importing an OOAPI catalogue', () => {
  let server: RunningServer;
  let source: Awaited<ReturnType<typeof serveOoapi>>;
  let offered = [1, 2, 3].map(ooapiCourse);
  before(async () => {
    server = await startTestServer({ seed: 'none' });
    source = await serveOoapi(() => offered);
  });
  after(async () => {
    await source.close();
    await server.close();
  });

  it('follows the pages, maps every course with its offering, and reports the unmapped fields', async () => {
    const progress: number[] = [];
    const summary = await importCatalogue(server.store, {
      format: 'ooapi',
      from: `${source.url}/courses`,
      source: 'hs',
      onProgress: ({ records }) => progress.push(records),
    });
    assert.deepEqual(progress, [2, 3]);
    assert.ok(
      source.requests.includes('/courses?expand=organisation&pageNumber=2&pageSize=100'),
      source.requests.join('\n'),
    );
    assert.deepEqual(
      { ...summary, issues: summary.issues.length },
      { imported: 3, changed: 3, removed: [], skipped: 0, issues: 3 },
    );
    assert.deepEqual(summary.issues[0], {
      record: 'hs:course-1',
      issue: { field: 'abbreviation', reason: 'the contract has no field for this' },
    });
    assert.match(
      formatImportSummary(summary),
      /Imported 3 courses: 3 new or changed, 0 removed \(tombstoned\), 0 skipped\.\n3 issues:\n {2}3× abbreviation/,
    );
    const response = await fetch(`${server.url}/v1/courses/hs%3Acourse-2`);
    const course = (await response.json()) as { price: unknown; offerings: unknown[]; durationHours: number };
    assert.deepEqual(course.price, { amount: 125010, currency: 'EUR', vatIncluded: true });
    assert.deepEqual(course.offerings, [{ id: 'course-2-run', start: '2027-03-01', end: null, location: null }]);
    assert.equal(course.durationHours, 16);
  });

  it('changes nothing when nothing changed, and turns a course gone from the source into a tombstone', async () => {
    const before = CatalogueSnapshot.parse(await (await fetch(`${server.url}/v1/catalogue`)).json());
    const again = await importCatalogue(server.store, { format: 'ooapi', from: `${source.url}/courses`, source: 'hs' });
    assert.equal(again.changed, 0);
    offered = [1, 3].map(ooapiCourse);
    const removal = await importCatalogue(server.store, {
      format: 'ooapi',
      from: `${source.url}/courses`,
      source: 'hs',
    });
    assert.deepEqual(removal.removed, ['hs:course-2']);
    const delta = CatalogueSnapshot.parse(
      await (await fetch(`${server.url}/v1/catalogue?since=${before.version}`)).json(),
    );
    assert.deepEqual(delta.deleted, ['hs:course-2']);
    assert.deepEqual(delta.courses, []);
    assert.equal((await fetch(`${server.url}/v1/courses/hs%3Acourse-2`)).status, 404);
  });
});
