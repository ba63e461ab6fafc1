// Follows a running export job: polls its state, moves the progress bar, and
// reloads the page when the job has ended (it then offers the download).
(function () {
  'use strict';
  var box = document.getElementById('export-progress');
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
      .then(function (job) {
        var percent = job.total > 0 ? Math.min(100, Math.floor(job.processed * 100 / job.total)) : 0;
        show(job.state === 'RUNNING' ? percent : 100);
        processed.textContent = job.processed;
        if (job.state === 'RUNNING') {
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
