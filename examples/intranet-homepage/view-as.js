// Demo only: the "Bekijk als" (view as) switcher over the reference server's demo employees. It hands
// Leerbudget a token provider; on a switch the widgets drop the previous employee's numbers at once.
// A real intranet passes its own sign-in instead: Leerbudget.configure({ getToken: () => sso.token() }).
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

  // Queued before the bundle loads: the first render waits for the demo user list.
  if (params.get('api')) Leerbudget.configure({ apiBase: apiBase });
  Leerbudget.configure({
    getToken: function () {
      return firstToken;
    },
  });

  function firstName(user) {
    return user ? ', ' + user.displayName.split(' ')[0] : '';
  }

  function signIn(user) {
    welcomeName.textContent = firstName(user);
    try {
      sessionStorage.setItem('intranet-demo-user', user.id);
    } catch (error) {
      /* not remembered */
    }
    Leerbudget.configure({
      getToken: function () {
        return user.token;
      },
    });
  }

  fetch(apiBase + '/v1/demo/users')
    .then(function (response) {
      return response.json();
    })
    .then(function (list) {
      users = list.items;
      var wanted = params.get('user');
      try {
        wanted = wanted || sessionStorage.getItem('intranet-demo-user');
      } catch (error) {
        /* ignore */
      }
      var current =
        users.find(function (user) {
          return user.id === wanted;
        }) || users[0];
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
      welcomeName.textContent = firstName(current);
      try {
        sessionStorage.setItem('intranet-demo-user', current.id);
      } catch (error) {
        /* ignore */
      }
      resolveFirstToken(current.token);
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
