// Follows a running background job (a roster import, a large export): polls its status
// and moves the progress bar; when the job has ended, reloads the page, which then shows
// the outcome (the bad rows of an import, the download of an export).
(function () {
  'use strict';
  var box = document.querySelector('[data-job-progress]');
  if (!box || !window.fetch) {
    return;
  }
  var url = box.getAttribute('data-status-url');
  var bar = box.querySelector('[data-progress-bar]');
  var processed = box.querySelector('[data-processed]');
  var show = function (percent) {
    bar.style.width = percent + '%';
    bar.textContent = percent + '%';
    bar.parentElement.setAttribute('aria-valuenow', percent);
  };
  show(Number(bar.getAttribute('data-percent') || 0));
  var poll = function () {
    fetch(url, { headers: { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (status) {
        var percent = status.total > 0 ? Math.min(100, Math.floor(status.processed * 100 / status.total)) : 0;
        show(status.state === 'RUNNING' ? percent : 100);
        processed.textContent = status.processed;
        if (status.state === 'RUNNING') {
          window.setTimeout(poll, 1000);
        } else {
          window.location.reload();
        }
      })
      .catch(function () {
        window.setTimeout(poll, 5000);
      });
  };
  window.setTimeout(poll, 500);
})();
