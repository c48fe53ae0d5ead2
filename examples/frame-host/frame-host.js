// Demo only: a host page that shows the widgets through <lb-frame>, the way a page on SharePoint or
// Google Sites would. The frames load from the other loopback name (localhost ↔ 127.0.0.1), so host and
// frame are two origins, as an intranet and the embed's own domain are in real life.
(function () {
  var script = document.currentScript;
  var params = new URLSearchParams(location.search);
  var apiBase = params.get('api') || script.getAttribute('data-api-base');
  var user = params.get('user') || 'sanne';
  var otherName = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  var frameUrl = location.protocol + '//' + otherName + ':' + location.port + '/frame.html';

  window.LeerbudgetFrame.configure({
    getToken: function () {
      return 'demo-' + user;
    },
  });

  document.querySelectorAll('[data-frame]').forEach(function (slot) {
    var frame = document.createElement('lb-frame');
    frame.setAttribute('widget', slot.getAttribute('data-frame'));
    frame.setAttribute('src', frameUrl);
    frame.setAttribute('api-base', apiBase);
    frame.setAttribute('title', slot.closest('section').querySelector('h2').textContent);
    if (params.get('lang')) frame.setAttribute('lang', params.get('lang'));
    if (slot.getAttribute('data-variant')) frame.setAttribute('variant', slot.getAttribute('data-variant'));
    slot.replaceWith(frame);
  });

  document.addEventListener('lb-course-select', function (event) {
    var course = event.detail.course;
    document.getElementById('chosen').textContent = 'Gekozen: ' + (course ? course.title : event.detail.courseId);
  });
})();
