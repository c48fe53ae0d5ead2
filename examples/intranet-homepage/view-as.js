// Demo only: the "Bekijk als" (view as) switcher over the reference server's demo employees. It hands
// Leerbudget a token provider; on a switch the widgets drop the previous employee's numbers at once.
// A real intranet passes its own sign-in instead: Leerbudget.configure({ getToken: () => sso.token(), userId }).
(function () {
  var params = new URLSearchParams(location.search);
  var bundle = document.querySelector('script[src$="leerbudget.js"]');
  // ?api= lets the screenshot script point the page at an API on another port.
  var apiBase = params.get('api') || bundle.getAttribute('data-api-base');
  var select = document.getElementById('view-as');
  var welcomeName = document.getElementById('welcome-name');
  var users = [];
  var resolveFirstToken;
  var firstToken = new Promise(function (resolve) {
    resolveFirstToken = resolve;
  });

  // A page may name its own demo user (hr.html: Hanna of HR) instead of the one remembered from another page.
  var remembered = params.get('user') || select.getAttribute('data-user');
  try {
    remembered = remembered || sessionStorage.getItem('intranet-demo-user');
  } catch (error) {
    /* ignore */
  }
  var team = document.getElementById('team');

  // Demo only: managers see their team. The widget is added for them alone; the API refuses anyone else anyway.
  function showTeamOf(user) {
    if (!team) return;
    team.hidden = true;
    team.textContent = '';
    fetch(apiBase + '/v1/me', { headers: { Authorization: 'Bearer ' + user.token } })
      .then(function (response) {
        return response.ok ? response.json() : { manages: [] };
      })
      .then(function (me) {
        if (me.id !== user.id || !me.manages || me.manages.length === 0) return;
        var widget = document.createElement('lb-team-budget');
        widget.setAttribute('approvals-href', team.getAttribute('data-approvals-href'));
        team.append(widget);
        team.hidden = false;
      })
      .catch(function () {
        /* no team card without the API */
      });
  }

  // Queued before the bundle loads: requests wait for the demo user list, but naming the employee we
  // expect lets the widgets paint that employee's last numbers at once (also with the API down).
  if (params.get('api')) Leerbudget.configure({ apiBase: apiBase });
  Leerbudget.configure({
    getToken: function () {
      return firstToken;
    },
    userId: remembered || undefined,
  });

  function firstName(user) {
    return user ? ', ' + user.displayName.split(' ')[0] : '';
  }

  function signIn(user) {
    if (welcomeName) welcomeName.textContent = firstName(user);
    try {
      sessionStorage.setItem('intranet-demo-user', user.id);
    } catch (error) {
      /* not remembered */
    }
    Leerbudget.configure({
      getToken: function () {
        return user.token;
      },
      userId: user.id,
    });
    showTeamOf(user);
  }

  fetch(apiBase + '/v1/demo/users')
    .then(function (response) {
      return response.json();
    })
    .then(function (list) {
      users = list.items;
      var current =
        users.find(function (user) {
          return user.id === remembered;
        }) || users[0];
      // Another employee than the one named above: say so, so their last numbers are not kept.
      if (current.id !== remembered)
        Leerbudget.configure({
          getToken: function () {
            return firstToken;
          },
          userId: current.id,
        });
      select.textContent = '';
      users.forEach(function (user) {
        var option = document.createElement('option');
        option.value = user.id;
        option.textContent = user.displayName;
        option.title = user.scenario;
        option.selected = user === current;
        select.append(option);
      });
      select.disabled = false;
      if (welcomeName) welcomeName.textContent = firstName(current);
      try {
        sessionStorage.setItem('intranet-demo-user', current.id);
      } catch (error) {
        /* ignore */
      }
      resolveFirstToken(current.token);
      showTeamOf(current);
    })
    .catch(function () {
      select.textContent = '';
      var option = document.createElement('option');
      option.textContent = 'API niet bereikbaar';
      select.append(option);
      resolveFirstToken(null);
    });

  select.addEventListener('change', function () {
    var user = users.find(function (candidate) {
      return candidate.id === select.value;
    });
    if (user) signIn(user);
  });
})();
