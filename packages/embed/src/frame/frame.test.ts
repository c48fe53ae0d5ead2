import { expect } from '@open-wc/testing';
import { testServers } from '@leerbudget/test-kit/servers';
import { until } from '../../test/test-pages.js';
import { envelope, openEnvelope, FRAME_MESSAGE_TYPES, type FrameMessage } from './protocol.js';

// The test page is the host (one origin); the frame is served by the same server under the other
// loopback name, so host and frame are really two origins, as an intranet and the embed's CDN are.
const frameOrigin =
  location.hostname === 'localhost' ? `http://127.0.0.1:${location.port}` : `http://localhost:${location.port}`;

function loadHelper(copy: string): Promise<void> {
  if (window.LeerbudgetFrame) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = `/embed/${copy}/leerbudget-frame.js`;
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error('no leerbudget-frame.js')), { once: true });
    document.head.append(script);
  });
}

/** Every protocol message this window received from `origin`, in order. */
function recordMessages(origin: string): FrameMessage[] {
  const messages: FrameMessage[] = [];
  window.addEventListener('message', (event) => {
    const message = event.origin === origin ? openEnvelope<FrameMessage>(event.data, FRAME_MESSAGE_TYPES) : undefined;
    if (message) messages.push(message);
  });
  return messages;
}

interface FrameUnderTest {
  element: HTMLElement & { refresh(): void };
  iframe: HTMLIFrameElement;
  budgetLoads: CustomEvent[];
}

async function openFrame(attributes: Record<string, string>, copy = 'frame'): Promise<FrameUnderTest> {
  await loadHelper(copy);
  const element = document.createElement('lb-frame') as FrameUnderTest['element'];
  element.setAttribute('src', `${frameOrigin}/embed/${copy}/frame.html`);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const budgetLoads: CustomEvent[] = [];
  element.addEventListener('lb-budget-load', (event) => budgetLoads.push(event as CustomEvent));
  document.body.append(element);
  const iframe = element.querySelector('iframe')!;
  return { element, iframe, budgetLoads };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<lb-frame> and the frame page, on two origins', () => {
  let tokenRequests = 0;
  let apiBase = '';
  const messages = recordMessages(frameOrigin);

  before(async () => {
    ({ apiBase } = await testServers());
    await loadHelper('frame');
    window.LeerbudgetFrame!.configure({
      getToken: () => {
        tokenRequests += 1;
        return 'demo-sanne';
      },
    });
  });

  afterEach(() => {
    for (const element of document.querySelectorAll('lb-frame, iframe')) element.remove();
    messages.length = 0;
  });

  it('signs in through the token handshake, passes events on, and sizes the iframe to its content', async () => {
    const { element, iframe, budgetLoads } = await openFrame({
      widget: 'budget-meter',
      'api-base': apiBase,
      variant: 'full',
    });
    expect(iframe.title).to.equal('Leerbudget');
    expect(iframe.src).not.to.contain('demo-sanne');
    await until(() => budgetLoads.some((event) => !(event.detail as { stale: boolean }).stale));
    const budget = (budgetLoads.at(-1)!.detail as { budget: { pots: { name: string }[] } }).budget;
    expect(budget.pots.map((pot) => pot.name).join(' ')).to.contain('Opleidingsbudget');
    expect(tokenRequests).to.be.greaterThan(0);
    expect(element.contains(iframe)).to.equal(true);

    // The height follows the content: a loading state first, then the full meter.
    const heights = () => messages.flatMap((message) => (message.type === 'height' ? [message.height] : []));
    await until(() => iframe.style.blockSize === `${heights().at(-1)}px`);
    expect(new Set(heights()).size).to.be.greaterThan(1);
    expect(heights().at(-1)).to.be.greaterThan(100);
    expect(messages.filter((message) => message.type === 'error')).to.deep.equal([]);
  });

  it('a refresh from the host reloads the widget; messages from a third origin are ignored', async () => {
    const { element, budgetLoads } = await openFrame({ widget: 'budget-meter', 'api-base': apiBase });
    await until(() => budgetLoads.some((event) => !(event.detail as { stale: boolean }).stale));
    const requestsBefore = tokenRequests;
    const loadsBefore = budgetLoads.length;

    // A sandboxed frame has an opaque origin of its own: it asks the host for a token and tells the
    // widget's frame to refresh and switch language, as a hostile ad or widget on the intranet could.
    const hostile = document.createElement('iframe');
    hostile.setAttribute('sandbox', 'allow-scripts');
    const forged = JSON.stringify([
      envelope({ type: 'token-request', id: 1 }),
      envelope({ type: 'refresh' }),
      envelope({ type: 'lang', lang: 'en' }),
    ]);
    hostile.srcdoc = `<script>
      const [tokenRequest, refresh, lang] = ${forged};
      parent.postMessage(tokenRequest, '*');
      for (const message of [refresh, lang]) parent.frames[0].postMessage(message, '*');
      parent.postMessage({ hostileDone: true }, '*');
    </script>`;
    const done = new Promise<void>((resolve) =>
      window.addEventListener(
        'message',
        (event) => (event.data as { hostileDone?: boolean })?.hostileDone && resolve(),
      ),
    );
    document.body.append(hostile);
    await done;
    await wait(500);
    expect(tokenRequests, 'no token handed to a third origin').to.equal(requestsBefore);
    expect(budgetLoads.length, 'a forged refresh does nothing').to.equal(loadsBefore);

    element.refresh();
    await until(() => budgetLoads.length > loadsBefore);
  });

  it('a frame whose host is not on its allow-list sends the host nothing', async () => {
    const frame = document.createElement('iframe');
    const url = new URL(`${frameOrigin}/embed/frame/frame.html`);
    url.searchParams.set('widget', 'budget-meter');
    url.searchParams.set('api-base', apiBase);
    url.searchParams.set('host-origin', 'https://intranet.example');
    frame.src = url.href;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    await wait(1000);
    expect(messages).to.deep.equal([]);
  });

  it('an unknown widget name shows nothing and says why', async () => {
    await openFrame({ widget: 'script' });
    await until(() => messages.some((message) => message.type === 'error'));
    expect(messages.find((message) => message.type === 'error')).to.deep.include({
      message: 'unknown widget lb-script',
    });
  });
});
