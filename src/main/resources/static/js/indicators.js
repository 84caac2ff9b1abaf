// Indicator charts on the item page (followup/indicators.html), drawn with Chart.js from the data-chart
// attribute of each canvas: the values over time against the target line (and the baseline). The
// canvas carries a text summary (aria-label) and every value is in the table below it, so the chart
// adds a picture, never information only a picture holds. Redrawn when htmx swaps an indicator in.
(() => {
  const DAY = 86400000;
  const lang = document.documentElement.lang === 'en' ? 'en-GB' : 'nb-NO';
  const numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const months = new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const days = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const toDay = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
  const date = (day) => new Date(day * DAY);

  // Ticks on the first of January (or of each quarter, for a span shorter than two years).
  function ticks(from, to) {
    const first = date(from).getUTCFullYear();
    const last = date(to).getUTCFullYear();
    const quarters = last - first < 2;
    const out = [];
    for (let y = first; y <= last + 1; y++) {
      for (let m = 0; m < 12; m += quarters ? 3 : 12) {
        const day = Date.UTC(y, m, 1) / DAY;
        if (day >= from && day <= to) out.push({ value: day });
      }
    }
    return { values: out, label: (v) => (quarters ? months.format(date(v)) : String(date(v).getUTCFullYear())) };
  }

  function draw(canvas) {
    if (canvas.dataset.drawn || typeof window.Chart === 'undefined') {
      return;
    }
    const data = JSON.parse(canvas.dataset.chart);
    const from = toDay(data.from);
    const to = toDay(data.to);
    const line = (label, y, colour, dash) => ({
      label, data: [{ x: from, y }, { x: to, y }], borderColor: colour, backgroundColor: colour,
      borderDash: dash, borderWidth: 2, pointRadius: 0, pointHitRadius: 0,
    });
    const datasets = [{
      label: canvas.dataset.labelValues,
      data: data.points.map((p) => ({ x: toDay(p.x), y: p.y })),
      borderColor: '#0a5cb0', backgroundColor: '#0a5cb0', borderWidth: 2, pointRadius: 4, pointHoverRadius: 6,
      stepped: data.milestone ? 'before' : false,
      spanGaps: false,
    }];
    if (data.goal !== null) {
      datasets.push(line(canvas.dataset.labelGoal, data.goal, '#0f6b3a', [7, 4]));
    }
    if (data.baseline !== null) {
      datasets.push(line(canvas.dataset.labelBaseline, data.baseline, '#505e6e', [2, 3]));
    }
    const axis = ticks(from, to);
    window.Chart.defaults.color = '#505e6e';
    window.Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    new window.Chart(canvas, {
      type: 'line',
      data: { datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'nearest', intersect: false },
        scales: {
          x: {
            type: 'linear', min: from, max: to,
            afterBuildTicks: (scale) => { scale.ticks = axis.values; },
            ticks: { callback: axis.label, autoSkip: true, maxRotation: 0 },
            grid: { color: '#e6eaee' },
          },
          y: {
            beginAtZero: true,
            suggestedMax: data.milestone ? 1 : undefined,
            ticks: {
              precision: data.milestone || data.whole ? 0 : undefined,
              callback: (v) => {
                if (data.milestone) {
                  return v === 1 ? canvas.dataset.labelDone : v === 0 ? canvas.dataset.labelOpen : '';
                }
                return numbers.format(v);
              },
            },
            grid: { color: '#e6eaee' },
          },
        },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 18, boxHeight: 2 } },
          tooltip: {
            filter: (item) => item.datasetIndex === 0,
            callbacks: {
              title: (items) => days.format(date(items[0].parsed.x)),
              label: (item) => `${item.dataset.label}: ${numbers.format(item.parsed.y)}`,
            },
          },
        },
      },
    });
    canvas.dataset.drawn = 'true';
  }

  const drawAll = (root) => root.querySelectorAll('canvas[data-chart]').forEach(draw);
  drawAll(document);

  // An indicator redrawn by htmx: draw its chart, and move focus to its message (notice or errors),
  // so that a keyboard or screen reader user hears what happened to the form they just sent.
  document.addEventListener('htmx:load', (event) => {
    const element = event.detail.elt;
    if (!(element instanceof Element)) {
      return;
    }
    drawAll(element);
    const message = element.querySelector('.indicator-block [data-focus]');
    if (message) {
      message.focus();
    }
  });
})();
