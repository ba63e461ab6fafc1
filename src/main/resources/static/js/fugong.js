// Small enhancements; every page works without them.
(function () {
  'use strict';

  // Town selects show only the towns of the chosen district.
  document.querySelectorAll('select[data-town-select]').forEach(function (district) {
    var town = document.getElementById(district.getAttribute('data-town-select'));
    if (!town) {
      return;
    }
    var filter = function () {
      town.querySelectorAll('optgroup').forEach(function (group) {
        var match = group.getAttribute('data-district') === district.value;
        group.hidden = !match;
        group.disabled = !match;
      });
      var selected = town.options[town.selectedIndex];
      if (selected && selected.parentElement.tagName === 'OPTGROUP' && selected.parentElement.disabled) {
        town.value = '';
      }
    };
    district.addEventListener('change', filter);
    filter();
  });

  // Forms that change something serious ask first.
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
})();
