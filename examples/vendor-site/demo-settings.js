// Demo only: lets the screenshot script point the page at another API (?api=) and switches the page
// between Dutch and English (?lang=en). The Leerbudget finder follows <html lang>. When a visitor chooses
// a course, the page says how to enrol (the finder's lb-course-select event).
(function () {
  var params = new URLSearchParams(location.search);
  var english = params.get('lang') === 'en';
  window.Leerbudget = window.Leerbudget || {
    q: [],
    configure: function () {
      this.q.push(['configure', [].slice.call(arguments)]);
    },
  };
  if (params.get('api')) window.Leerbudget.configure({ apiBase: params.get('api') });
  if (english) document.documentElement.lang = 'en';

  var texts = {
    skip: 'Skip to the courses',
    tagline: 'Training centre for the installation trade',
    nav: 'Main menu',
    'nav.courses': 'Courses',
    'nav.about': 'About us',
    'nav.contact': 'Contact',
    'hero.title': 'Learn to install safely and sustainably',
    'hero.text':
      'Hands-on courses for fitters and technicians in Nieuwegein, Zwolle, Rotterdam and Eindhoven. CEDEO certified.',
    'hero.note':
      'See right away what a course costs. Does it say "Subsidy possible" or "Sector fund"? Then a fund or the government may pay part of it.',
    'courses.title': 'Our courses',
    'about.title': 'About InstallWijs',
    'about.text':
      'We have trained installers for twenty years. Small groups, real installations and teachers from the trade.',
    footer:
      'InstallWijs Opleidingen · Industrieweg 12, Nieuwegein · +31 30 123 45 67 · aanmelden@installwijs.example.nl',
  };

  function choiceText(title) {
    return english
      ? 'You chose "' + title + '". To enrol, e-mail aanmelden@installwijs.example.nl or call +31 30 123 45 67.'
      : 'Je koos "' + title + '". Meld je aan via aanmelden@installwijs.example.nl of bel 030 123 45 67.';
  }

  document.addEventListener('DOMContentLoaded', function () {
    var link = document.getElementById('language-link');
    var other = new URLSearchParams(location.search);
    other.delete('lang');
    if (!english) other.set('lang', 'en');
    link.href = '?' + other.toString();
    if (english) {
      document.title = 'Courses – InstallWijs Opleidingen';
      document.querySelectorAll('[data-text]').forEach(function (element) {
        element.textContent = texts[element.getAttribute('data-text')];
      });
      document.querySelectorAll('[data-label]').forEach(function (element) {
        element.setAttribute('aria-label', texts[element.getAttribute('data-label')]);
      });
      link.textContent = 'Nederlands';
      link.lang = 'nl';
      link.hreflang = 'nl';
    }
    document.addEventListener('lb-course-select', function (event) {
      document.getElementById('keuze').textContent = choiceText(event.detail.course.title);
    });
  });
})();
