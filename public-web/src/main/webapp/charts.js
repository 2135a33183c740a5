// Draws the charts whose data the page carries in data-values; the same figures are in the
// page's tables, so a reader without scripts loses nothing.
document.addEventListener('DOMContentLoaded', function () {
  if (!window.Chart) {
    return;
  }
  var palette = ['#0b3d66', '#c77c02'];

  function radar(canvas, data) {
    return {
      type: 'radar',
      data: {
        labels: data.labels,
        datasets: data.series.map(function (series, index) {
          return {
            label: series.label,
            data: series.values,
            borderColor: palette[index],
            backgroundColor: index === 0 ? 'rgba(11, 61, 102, 0.15)' : 'transparent',
            borderDash: index === 0 ? [] : [6, 4]
          };
        })
      },
      options: { scales: { r: { min: 0, max: 100 } } }
    };
  }

  function trend(canvas, data) {
    return {
      type: 'line',
      data: {
        labels: data.labels,
        datasets: [
          { label: data.rankLabel, data: data.ranks, borderColor: palette[0], yAxisID: 'rank' },
          { label: data.percentLabel, data: data.percents, borderColor: palette[1], yAxisID: 'percent' }
        ]
      },
      options: {
        scales: {
          rank: { reverse: true, min: 1, max: data.of, position: 'left', ticks: { precision: 0 } },
          percent: { min: 0, max: 100, position: 'right', grid: { drawOnChartArea: false } }
        }
      }
    };
  }

  var builders = { radar: radar, trend: trend };
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var build = builders[canvas.dataset.chart];
    if (build) {
      new window.Chart(canvas, build(canvas, JSON.parse(canvas.dataset.values)));
    }
  });
});
