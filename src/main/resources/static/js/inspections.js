// Notice and meeting pages: the print button prints the A4 sheet (the rest is hidden when printing).
(function () {
  'use strict';
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () {
      window.print();
    });
  });
})();
