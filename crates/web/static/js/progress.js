// Keeps a job's progress section up to date by fetching the page again
// every second and a half until the job is done. Without JavaScript the
// page offers a reload link instead.
(function () {
  'use strict';
  var section = document.getElementById('job-progress');
  if (!section || !window.fetch || !window.DOMParser) return;
  function refresh() {
    if (section.getAttribute('data-job-state') === 'done') return;
    fetch(window.location.href, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) return;
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('job-progress');
        if (fresh) {
          section.replaceWith(fresh);
          section = fresh;
        }
      })
      .catch(function () {})
      .then(function () { window.setTimeout(refresh, 1500); });
  }
  window.setTimeout(refresh, 1500);
})();
