// The playground of the element pages: starts the service worker that runs the reference API, then the widgets,
// and wires "Bekijk als", the reset button, the fault switch and the request → approve example.
const copy = JSON.parse(document.getElementById('site-copy').textContent);
const status = document.getElementById('playground-status');
const select = document.getElementById('view-as');
const resetButton = document.getElementById('reset-demo');
const apiBase = `${location.origin}/api`;

let users = [];
let current;

const announce = (text) => {
  status.textContent = text;
};

/** The one script URL this page hands to a Trusted Types sink: the live API's service worker. */
const serviceWorkerUrl = window.trustedTypes
  ? window.trustedTypes
      .createPolicy('docs-site', {
        createScriptURL: (url) => {
          if (url !== '/sw.js') throw new TypeError(`Not the docs site's service worker: ${url}`);
          return url;
        },
      })
      .createScriptURL('/sw.js')
  : '/sw.js';

async function controlled() {
  await navigator.serviceWorker.register(serviceWorkerUrl, { type: 'module', scope: '/' });
  await navigator.serviceWorker.ready;
  if (navigator.serviceWorker.controller) return navigator.serviceWorker.controller;
  await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  return navigator.serviceWorker.controller;
}

/** Asks the service worker to do something and waits for its answer. */
function tell(message) {
  const channel = new MessageChannel();
  return new Promise((resolve, reject) => {
    channel.port1.onmessage = ({ data }) => (data.ok ? resolve() : reject(new Error(data.message)));
    navigator.serviceWorker.controller.postMessage(message, [channel.port2]);
  });
}

function viewAs(id) {
  const user = users.find((candidate) => candidate.id === id) ?? users[0];
  current = user;
  select.value = user.id;
  // A new token provider is a user switch: the widgets drop the previous employee's numbers at once.
  window.Leerbudget.configure({ getToken: () => user.token, userId: user.id });
  try {
    sessionStorage.setItem('docs-demo-user', user.id);
  } catch {
    /* the choice is not remembered */
  }
  return user;
}

const liveWidgets = () => [...document.querySelectorAll('[data-live-demo] > *')];

async function refreshLive() {
  await Promise.all(liveWidgets().map((widget) => widget.refresh?.()));
}

function wireFault() {
  const toggle = document.getElementById('fault-toggle');
  if (!toggle) return;
  toggle.addEventListener('click', async () => {
    const down = toggle.getAttribute('aria-pressed') !== 'true';
    await tell({ type: 'fault', down });
    toggle.setAttribute('aria-pressed', String(down));
    toggle.textContent = down ? toggle.dataset.off : toggle.dataset.on;
    announce(down ? copy.faultStarted : copy.faultStopped);
    await refreshLive();
  });
}

const api = (path, user, init = {}) =>
  fetch(`${apiBase}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${user.token}`, 'Content-Type': 'application/json', ...init.headers },
  });

const say = (target, text) => {
  target.textContent = text;
};

/** What the example says about a request: the course, its status in words, or the API's own explanation. */
function describe(response, body, words) {
  if (!response.ok) return `${words.failed} ${body.detail ?? body.title ?? ''}`.trim();
  return words.status[body.status] ?? body.status;
}

/**
 * Fatima's request, for the pages of <lb-my-requests> and <lb-approvals> (Lisa decides it). The fixed idempotency
 * key makes it one request however often a page is opened; "Reset" removes it with the rest of the demo data.
 */
async function seedRequest() {
  const fatima = users.find((user) => user.id === 'fatima');
  await api('/v1/me/requests', fatima, {
    method: 'POST',
    headers: { 'Idempotency-Key': 'docs-site-demo-request' },
    body: JSON.stringify({ courseId: 'zorg-medicatieveiligheid', offeringId: 'zorg-medicatieveiligheid-1' }),
  });
}

function wireRequest() {
  const requestButton = document.getElementById('request-course');
  const approveButton = document.getElementById('approve-request');
  const requestStatus = document.getElementById('request-status');
  if (!requestButton) return;
  const words = JSON.parse(document.getElementById('request-copy').textContent);
  let pending;
  let approver;
  requestButton.addEventListener('click', async () => {
    const response = await api('/v1/me/requests', current, {
      method: 'POST',
      headers: { 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({ courseId: 'zorg-medicatieveiligheid', offeringId: 'zorg-medicatieveiligheid-1' }),
    });
    const body = await response.json();
    pending = response.ok && body.status === 'submitted' ? body : undefined;
    // An HR approver is a role, not a person: in the demo data that is Hanna.
    const step = pending?.approvers?.[0];
    approver = users.find((user) => user.id === (step?.role === 'hr' ? 'hanna' : step?.userId));
    approveButton.hidden = approver === undefined;
    if (approver) approveButton.textContent = words.approveAs.replace('{name}', approver.displayName);
    say(requestStatus, describe(response, body, words));
    await refreshLive();
  });
  approveButton.addEventListener('click', async () => {
    const queue = await (await api('/v1/approvals', approver)).json();
    const request = queue.items.find((item) => item.id === pending.id);
    const response = await api(`/v1/approvals/${request.id}/decision`, approver, {
      method: 'POST',
      headers: { 'If-Match': `"${request.version}"` },
      body: JSON.stringify({ decision: 'approve', note: words.note }),
    });
    say(requestStatus, describe(response, await response.json(), words));
    approveButton.hidden = true;
    await refreshLive();
  });
}

/** The theming guide's editor: each field sets its token on the demo (CSSOM, which the CSP allows) and in the CSS. */
function wireTokenEditor() {
  const demo = document.querySelector('[data-token-demo]');
  if (!demo) return;
  const fields = [...document.querySelectorAll('[data-token]')];
  const output = document.getElementById('token-css');
  const update = () => {
    const changed = fields.filter((field) => field.value !== field.defaultValue);
    for (const field of fields) demo.style.setProperty(field.dataset.token, field.value);
    output.textContent = `:root {\n${changed.map((field) => `  ${field.dataset.token}: ${field.value};\n`).join('')}}`;
  };
  for (const field of fields) field.addEventListener('input', update);
}

async function start() {
  await controlled();
  window.Leerbudget.configure({ apiBase });
  const list = await (await fetch(`${apiBase}/v1/demo/users`)).json();
  users = list.items;
  select.replaceChildren(...users.map((user) => new Option(user.displayName, user.id)));
  let remembered;
  try {
    // A page may start as its own demo user (the team view as a manager), before the one remembered.
    remembered =
      new URLSearchParams(location.search).get('user') ??
      document.querySelector('[data-demo-user]')?.dataset.demoUser ??
      sessionStorage.getItem('docs-demo-user');
  } catch {
    remembered = undefined;
  }
  viewAs(remembered ?? 'sanne');
  if (document.querySelector('[data-demo-seed="request"]')) await seedRequest();
  for (const template of document.querySelectorAll('template[data-widget]')) {
    const content = template.content.cloneNode(true);
    // The state demos call bases the service worker answers in their own way (down, never).
    for (const widget of content.querySelectorAll('[data-demo-base]')) {
      widget.setAttribute('api-base', `${location.origin}/${widget.dataset.demoBase}`);
    }
    template.replaceWith(content);
  }
  select.disabled = false;
  resetButton.disabled = false;
  select.addEventListener('change', () => announce(copy.switched.replace('{name}', viewAs(select.value).displayName)));
  for (const button of document.querySelectorAll('[data-view-as]')) {
    button.addEventListener('click', () => {
      announce(copy.switched.replace('{name}', viewAs(button.dataset.viewAs).displayName));
      select.focus();
    });
  }
  resetButton.addEventListener('click', async () => {
    resetButton.disabled = true;
    await tell({ type: 'reset' });
    viewAs(current.id);
    await refreshLive();
    resetButton.disabled = false;
    announce(copy.resetDone);
  });
  wireFault();
  wireRequest();
  wireTokenEditor();
  // The demo database lives in the service worker's memory; Chromium stops an idle worker after about 30 s, which
  // would start a fresh demo. A message every 20 s while the page is open keeps it, and the visitor's changes.
  setInterval(() => navigator.serviceWorker.controller?.postMessage({ type: 'keep-alive' }), 20_000);
  document.documentElement.dataset.playground = 'ready';
  announce(copy.ready);
}

start().catch((error) => {
  announce(copy.failed);
  document.documentElement.dataset.playground = 'failed';
  console.error(error);
});
