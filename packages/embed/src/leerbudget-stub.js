// The Leerbudget queue stub. Paste it before the bundle (inline, or as this file when your CSP has no
// 'unsafe-inline'): calls to Leerbudget.configure() made before the bundle loads are queued, and the
// bundle replays them.
window.Leerbudget = window.Leerbudget || {
  q: [],
  configure: function () {
    this.q.push(['configure', [].slice.call(arguments)]);
  },
};
