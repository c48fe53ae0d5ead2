// Demo only: the intranet's nl/en toggle. It sets <html lang>, which the Leerbudget widgets follow,
// and translates the page's own texts. The choice is read from ?lang= or remembered in localStorage.
(function () {
  var english = {
    skip: 'Skip to content',
    'search.label': 'Search the intranet',
    'search.placeholder': 'Search colleagues, policies, news',
    'search.button': 'Search',
    viewAs: 'View as',
    'viewAs.loading': 'Loading…',
    'nav.label': 'Main menu',
    'nav.home': 'Home',
    'nav.news': 'News',
    'nav.organisation': 'Organisation',
    'nav.hr': 'HR & policies',
    'nav.learning': 'Learning & development',
    welcome: 'Good morning',
    'welcome.text': 'Good to see you. Read the latest news below and see what you can learn this year.',
    'news.title': 'News',
    'news.1.date': '20 November',
    'news.1.tag': 'Organisation',
    'news.1.title': 'New open-plan office at Havenkade',
    'news.1.text':
      'From Monday the Permits and Enforcement teams work together on the second floor, with quiet desks and three new meeting rooms.',
    'news.2.date': '18 November',
    'news.2.tag': 'Learning',
    'news.2.title': 'Use your learning budget before it expires',
    'news.2.text': 'Some budgets expire soon. See on the right how much you have left and choose a course in time.',
    'news.3.date': '14 November',
    'news.3.tag': 'HR',
    'news.3.title': 'Year-end bonus on the November payslip',
    'news.3.text': 'The 8.3% bonus is paid in one go this year. Questions? Call the HR Service Desk on extension 4400.',
    'learning.title': 'All your learning budgets',
    'learning.text': 'For each budget you see what you spent, what is reserved and what is left.',
    'side.label': 'Personal',
    'budget.title': 'Learning and development',
    'path.title': 'Your learning path',
    'requests.title': 'Course requests',
    'links.title': 'Quick links',
    'links.roster': 'My roster',
    'links.expenses': 'Expenses',
    'links.courses': 'Find a course',
    'links.it': 'IT service desk',
    'links.phonebook': 'Phone book',
    'links.hr': 'For HR: learning budget in the organisation',
    'hr.title': 'Overview for HR',
    'hr.text':
      'Where is the learning money, what expires soon and why are requests declined? You only see groups, never a person.',
    'hr.back': 'Back to the homepage',
    footer: 'City of Rivierstad · Stadhuisplein 1 · Intranet for employees',
  };
  var dutch = {};

  function remember(lang) {
    try {
      localStorage.setItem('intranet-lang', lang);
    } catch (error) {
      /* private mode: not remembered */
    }
  }

  function chosenLanguage() {
    var fromUrl = new URLSearchParams(location.search).get('lang');
    if (fromUrl === 'en' || fromUrl === 'nl') return fromUrl;
    try {
      return localStorage.getItem('intranet-lang') === 'en' ? 'en' : 'nl';
    } catch (error) {
      return 'nl';
    }
  }

  function translate(lang) {
    document.querySelectorAll('[data-i18n]').forEach(function (element) {
      var key = element.getAttribute('data-i18n');
      if (!(key in dutch)) dutch[key] = element.textContent;
      element.textContent = lang === 'en' ? english[key] : dutch[key];
    });
    [
      ['data-i18n-placeholder', 'placeholder'],
      ['data-i18n-aria-label', 'aria-label'],
    ].forEach(function (pair) {
      document.querySelectorAll('[' + pair[0] + ']').forEach(function (element) {
        var key = element.getAttribute(pair[0]);
        var store = 'attr:' + pair[1] + ':' + key;
        if (!(store in dutch)) dutch[store] = element.getAttribute(pair[1]);
        element.setAttribute(pair[1], lang === 'en' ? english[key] : dutch[store]);
      });
    });
  }

  function apply(lang) {
    document.documentElement.lang = lang;
    translate(lang);
    var toggle = document.getElementById('language-toggle');
    toggle.textContent = lang === 'en' ? 'Nederlands' : 'English';
    toggle.lang = lang === 'en' ? 'nl' : 'en';
    document.title = lang === 'en' ? 'Intranet – City of Rivierstad' : 'Intranet – Gemeente Rivierstad';
  }

  apply(chosenLanguage());
  document.getElementById('language-toggle').addEventListener('click', function () {
    var next = document.documentElement.lang === 'en' ? 'nl' : 'en';
    remember(next);
    apply(next);
  });
})();
