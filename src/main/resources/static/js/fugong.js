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

// The self-check shows only the items that apply to the site as described at the top.
(function () {
  'use strict';
  var form = document.getElementById('selfcheck-form');
  if (!form) {
    return;
  }
  var rules = {
    ALWAYS: function () { return true; },
    STAFF_ON_SITE_100: function () { return Number(form.querySelector('#staffOnSite').value || 0) >= 100; },
    HAS_DORMITORY: function () { return form.querySelector('#hasDormitory').checked; },
    HAS_CANTEEN: function () { return form.querySelector('#hasCanteen').checked; },
    IMPORTED_GOODS: function () { return form.querySelector('#importedGoods').checked; },
    HAS_VEHICLES: function () { return form.querySelector('#hasVehicles').checked; }
  };
  var update = function () {
    form.querySelectorAll('[data-applies]').forEach(function (item) {
      var rule = rules[item.getAttribute('data-applies')];
      item.hidden = rule ? !rule() : false;
    });
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  update();
})();
