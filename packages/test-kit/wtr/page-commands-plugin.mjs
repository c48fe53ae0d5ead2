// Commands for `@leerbudget/test-kit/page`: forced colours, the default font size and screenshots, through
// the Chromium page the test runs in (puppeteer, as @web/test-runner-chrome launches it).
function pageOf(session) {
  if (session.browser.type !== 'puppeteer') throw new Error(`page commands need Chromium, not ${session.browser.type}`);
  return session.browser.getPage(session.id);
}

/**
 * One DevTools protocol session per test page, kept open: emulation set through a session ends when
 * the session is detached.
 */
const protocolSessions = new Map();

async function send(session, method, params) {
  let cdp = protocolSessions.get(session.id);
  if (!cdp) {
    cdp = pageOf(session).createCDPSession();
    protocolSessions.set(session.id, cdp);
  }
  await (await cdp).send(method, params);
}

export function pageCommandsPlugin() {
  return {
    name: 'leerbudget-page-commands',
    async executeCommand({ command, payload, session }) {
      switch (command) {
        case 'lb-forced-colors':
          // Puppeteer's emulateMediaFeatures does not know forced-colors; the protocol does.
          await send(session, 'Emulation.setEmulatedMedia', {
            features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }],
          });
          return true;
        case 'lb-font-size':
          await send(session, 'Page.setFontSizes', { fontSizes: { standard: payload.pixels } });
          return true;
        case 'lb-screenshot':
          return pageOf(session).screenshot({ clip: payload.clip, encoding: 'base64' });
        default:
          return undefined;
      }
    },
  };
}
