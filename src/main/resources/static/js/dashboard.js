// Draws the dashboard's charts with Apache ECharts (served by the app). Each chart
// reads the table beside it: the row headers are the categories, the columns
// whose header carries data-series are the series, a cell's data-value (or its
// text) the number. The tables stay the source of truth for screen readers and
// copying; without ECharts the page simply shows them. A chart is drawn when it
// comes near the screen, so that the page is complete without waiting for the
// charts far below.
(function () {
  'use strict';
  if (!window.echarts) {
    return;
  }
  var number = function (cell) {
    var raw = cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent;
    var value = parseFloat(String(raw).replace(/[^0-9.\-]/g, ''));
    return isNaN(value) ? 0 : value;
  };
  var charts = [];
  var draw = function (box) {
    var table = document.getElementById(box.getAttribute('data-table'));
    if (!table) {
      return;
    }
    var headers = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    if (rows.length === 0) {
      box.classList.add('d-none');
      return;
    }
    var kind = box.getAttribute('data-chart');
    var categories = rows.map(function (row) {
      return row.querySelector('th').textContent.trim();
    });
    var series = [];
    headers.forEach(function (header, index) {
      if (!header.hasAttribute('data-series')) {
        return;
      }
      series.push({
        name: header.textContent.trim(),
        type: kind === 'line' ? 'line' : 'bar',
        stack: kind === 'stacked' ? 'total' : undefined,
        data: rows.map(function (row) {
          var cell = row.children[index];
          return cell ? number(cell) : 0;
        })
      });
    });
    var chart = window.echarts.init(box, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: { left: 48, right: 16, top: series.length > 1 ? 32 : 16, bottom: 48 },
      legend: series.length > 1 ? { top: 0 } : undefined,
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: categories, axisLabel: { interval: 'auto', rotate: categories.length > 8 ? 30 : 0 } },
      yAxis: { type: 'value' },
      series: series
    });
    box.setAttribute('data-rendered', 'true');
    charts.push(chart);
  };
  var boxes = Array.prototype.slice.call(document.querySelectorAll('.fg-chart[data-table]'));
  if ('IntersectionObserver' in window) {
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          draw(entry.target);
        }
      });
    }, { rootMargin: '200px 0px' });
    boxes.forEach(function (box) {
      observer.observe(box);
    });
  } else {
    boxes.forEach(draw);
  }
  window.addEventListener('resize', function () {
    charts.forEach(function (chart) {
      chart.resize();
    });
  });
  document.documentElement.setAttribute('data-charts', String(boxes.length));
})();
