import { expect } from '@open-wc/testing';
import type { Budget } from '@leerbudget/contract';
import { testServers } from '@leerbudget/test-kit/servers';
import { breakIndexedDb, dumpIndexedDb, emptyIndexedDb, webStorageText } from '@leerbudget/test-kit/storage';
import { createClient, type ClientOptions, type LeerbudgetClient } from './index.js';
import type { WatchState } from './resources/watch.js';

const token = (user: string) => () => `demo-${user}`;

/** Collects watch states until the first one that is not `cached`. */
function watchUntilSettled<T>(
  watch: LeerbudgetClient['budget']['watch'] | ((l: (s: WatchState<T>) => void, o: { signal: AbortSignal }) => void),
) {
  const controller = new AbortController();
  return new Promise<WatchState<T>[]>((resolve) => {
    const states: WatchState<T>[] = [];
    (watch as (l: (s: WatchState<T>) => void, o: { signal: AbortSignal }) => void)(
      (state) => {
        states.push(state);
        if (state.status === 'cached') return;
        controller.abort();
        resolve(states);
      },
      { signal: controller.signal },
    );
  });
}

describe('client against the reference server (Chromium, IndexedDB)', () => {
  let apiBase: string;
  const client = (options: Partial<ClientOptions> = {}) => createClient({ baseUrl: apiBase, ...options });

  before(async () => {
    ({ apiBase } = await testServers());
  });

  beforeEach(async () => {
    await client().catalogue.sync(); // make sure the database and its store exist
    await emptyIndexedDb('leerbudget');
  });

  it('discovery, me, budget, paths and courses all validate against the contract', async () => {
    const sanne = client({ getToken: token('sanne') });
    const discovery = await sanne.discover();
    expect(discovery.capabilities).to.include('budget');
    expect((await sanne.me()).id).to.equal('sanne');
    const budget = await sanne.budget.get();
    expect(budget.userId).to.equal('sanne');
    expect(budget.pots.length).to.be.greaterThan(1);
    const mehmet = client({ getToken: token('mehmet') });
    const paths = await mehmet.learningPaths.list();
    expect(paths.length).to.be.greaterThan(0);
    expect((await mehmet.learningPaths.get(paths[0]!.id)).id).to.equal(paths[0]!.id);
    const page = await sanne.courses.list({ limit: 5 });
    expect(page.items).to.have.length(5);
    expect(page.issues).to.deep.equal([]);
    expect(page.nextCursor).to.be.a('string');
    expect((await sanne.courses.get(page.items[0]!.id)).description).to.be.a('string');
  });

  it('a second client is served from IndexedDB at once (stale), then fresh', async () => {
    await client({ getToken: token('anna') }).budget.get();
    const states = await watchUntilSettled<Budget>(client({ getToken: token('anna') }).budget.watch);
    expect(states.map((s) => [s.status, s.stale])).to.deep.equal([
      ['cached', true],
      ['fresh', false],
    ]);
    const [cached] = states;
    expect(cached!.status === 'cached' && cached!.data.userId).to.equal('anna');
    expect(Date.parse(cached!.updatedAt!)).to.be.a('number').and.not.NaN;
    const stored = await dumpIndexedDb();
    expect(stored.some((row) => row.db === 'leerbudget' && row.key.endsWith(':user:anna:budget'))).to.equal(true);
  });

  it("user A then user B (same client and after a reload) never sees A's data", async () => {
    const shared = client({ getToken: token('anna') });
    await shared.budget.get();
    await shared.learningPaths.list();
    shared.setTokenProvider(token('sanne'));
    const sameClient = await watchUntilSettled<Budget>(shared.budget.watch);
    expect(sameClient.map((s) => (s.status === 'error' ? 'error' : s.data.userId))).to.deep.equal(['sanne']);
    let keys = (await dumpIndexedDb()).map((row) => row.key);
    expect(keys.filter((key) => key.includes(':user:anna:'))).to.deep.equal([]);

    // "Reload": a new client for anna over sanne's IndexedDB.
    const reloaded = await watchUntilSettled<Budget>(client({ getToken: token('anna') }).budget.watch);
    expect(reloaded.map((s) => (s.status === 'error' ? 'error' : s.data.userId))).to.deep.equal(['anna']);
    keys = (await dumpIndexedDb()).map((row) => row.key);
    expect(keys.filter((key) => key.includes(':user:sanne:'))).to.deep.equal([]);
  });

  it('clear() and cache "none" leave no personal data in IndexedDB', async () => {
    const anna = client({ getToken: token('anna') });
    await anna.budget.get();
    await anna.clear();
    const personal = () =>
      dumpIndexedDb().then((rows) =>
        rows.filter((row) => row.key.includes(':user:') || row.key.endsWith('current-user')),
      );
    expect(await personal()).to.deep.equal([]);
    const kiosk = client({ getToken: token('anna'), cache: 'none' });
    await kiosk.budget.get();
    await kiosk.learningPaths.list();
    expect(await personal()).to.deep.equal([]);
  });

  it('the token never appears in IndexedDB, localStorage or an error', async () => {
    const secret = 'demo-anna';
    const anna = client({ getToken: () => secret });
    await anna.budget.get();
    await anna.learningPaths.list();
    await anna.catalogue.sync();
    const wrong = 'not-a-valid-token-xyz';
    const error = await client({ getToken: () => wrong })
      .budget.get()
      .catch((e: unknown) => e as Error);
    expect(error).to.have.property('name', 'HttpError');
    expect(error).to.have.property('status', 401);
    const everything = JSON.stringify(await dumpIndexedDb()) + webStorageText();
    expect(everything.includes(secret)).to.equal(false);
    const errorText = `${(error as Error).message} ${(error as Error).stack} ${JSON.stringify(error)}`;
    expect(errorText.includes(wrong)).to.equal(false);
  });

  for (const mode of ['throw', 'hang'] as const) {
    it(`IndexedDB that ${mode === 'throw' ? 'throws' : 'never answers'}: memory serves and everything settles`, async () => {
      const restore = breakIndexedDb(mode);
      try {
        const anna = client({ getToken: token('anna') });
        expect((await anna.budget.get()).userId).to.equal('anna');
        const states = await watchUntilSettled<Budget>(anna.budget.watch);
        expect(states.map((s) => s.status)).to.deep.equal(['cached', 'fresh']);
        expect((await anna.catalogue.sync()).courses.length).to.be.greaterThan(0);
        await anna.clear();
      } finally {
        restore();
      }
    });
  }
});
