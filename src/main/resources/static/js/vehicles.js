// Vehicle trip page: the print button prints the pass card (the rest is hidden when printing).
(function () {
  'use strict';
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () {
      window.print();
    });
  });
})();
