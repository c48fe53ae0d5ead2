// Demo only: the texts of the "Vind een cursus" page in the language the page toggle chose (it sets
// <html lang>; the finder follows it by itself), and what happens when the employee chooses a course.
(function () {
  var english = {
    back: '← Back to the homepage',
    title: 'Find a course',
    intro: 'Search for a course. For each course you see what your budgets pay and what you pay yourself.',
    finder: 'Courses',
  };
  var dutch = {};

  function isEnglish() {
    return document.documentElement.lang === 'en';
  }

  function translate() {
    document.querySelectorAll('[data-page-text]').forEach(function (element) {
      var key = element.getAttribute('data-page-text');
      if (!(key in dutch)) dutch[key] = element.textContent;
      element.textContent = isEnglish() ? english[key] : dutch[key];
    });
    document.title = isEnglish() ? 'Find a course – City of Rivierstad' : 'Vind een cursus – Gemeente Rivierstad';
  }

  function choiceText(detail) {
    var plan = detail.plan;
    var own = plan
      ? new Intl.NumberFormat(isEnglish() ? 'en-GB' : 'nl-NL', {
          style: 'currency',
          currency: plan.price.currency,
        }).format(plan.ownContribution / 100)
      : null;
    if (isEnglish()) {
      return (
        'You chose "' +
        detail.course.title +
        '".' +
        (own ? ' You pay ' + own + '.' : '') +
        " Discuss it with your manager, then enrol on the provider's website."
      );
    }
    return (
      'Je koos "' +
      detail.course.title +
      '".' +
      (own ? ' Je betaalt zelf ' + own + '.' : '') +
      ' Bespreek het met je leidinggevende en meld je aan op de website van de opleider.'
    );
  }

  translate();
  // page-language.js changes <html lang> (and the title) on a toggle: follow it.
  new MutationObserver(translate).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  document.addEventListener('lb-course-select', function (event) {
    document.getElementById('course-choice').textContent = choiceText(event.detail);
  });
})();
