// Timeline: events per day (per week over long ranges), stacked by PLOVER type.
import * as d3 from 'd3';
import { getJson } from './api.js';
import { withTip } from './tooltip.js';

export async function renderTimeline(container, filters) {
  const types = (await getJson('/api/counts', { ...filters, by: 'plover' })).counts
    .map((r) => r.key).filter(Boolean).slice(0, 10);
  const span = filters.from && filters.to ? (new Date(filters.to) - new Date(filters.from)) / 864e5 : 0;
  const by = span > 120 ? 'week' : 'day';
  const series = await Promise.all(types.map(async (plover) => ({
    plover,
    counts: (await getJson('/api/counts', { ...filters, plover, by })).counts,
  })));
  // Events without a PLOVER type (or beyond the ten types drawn) are "other".
  const totals = (await getJson('/api/counts', { ...filters, by })).counts;
  const drawn = new Map();
  for (const s of series) for (const c of s.counts) drawn.set(c.key, (drawn.get(c.key) || 0) + c.events);
  const other = totals.map((t) => ({ key: t.key, events: t.events - (drawn.get(t.key) || 0) }))
    .filter((c) => c.events > 0);
  if (other.length) {
    types.push('other');
    series.push({ plover: 'other', counts: other });
  }
  const days = [...new Set(series.flatMap((s) => s.counts.map((c) => c.key)))].sort();
  container.replaceChildren();
  if (!days.length) {
    container.innerHTML = '<p class="empty">No events match.</p>';
    return;
  }
  const rows = days.map((day) => {
    const row = { day };
    for (const s of series) row[s.plover] = s.counts.find((c) => c.key === day)?.events || 0;
    return row;
  });
  const width = 560, height = 220, m = { top: 8, right: 8, bottom: 40, left: 32 };
  const stack = d3.stack().keys(types)(rows);
  const x = d3.scaleBand().domain(days).range([m.left, width - m.right]).padding(0.1);
  const y = d3.scaleLinear().domain([0, d3.max(stack.at(-1), (d) => d[1]) || 1]).nice()
    .range([height - m.bottom, m.top]);
  const color = d3.scaleOrdinal(types, d3.schemeTableau10);
  const svg = d3.select(container).append('svg').attr('viewBox', [0, 0, width, height]);
  const layers = svg.append('g').selectAll('g').data(stack).join('g')
    .attr('fill', (d) => color(d.key)).attr('class', (d) => `series series-${d.key}`);
  const bars = layers.selectAll('rect').data((d) => d.map((v) => Object.assign(v, { key: d.key })))
    .join('rect').attr('class', 'bar')
    .attr('x', (d) => x(d.data.day)).attr('width', x.bandwidth())
    .attr('y', (d) => y(d[1])).attr('height', (d) => y(d[0]) - y(d[1]));
  withTip(bars, (d) => `${d.data.day}\n${d.key}: ${d.data[d.key]} events`);
  const ticks = days.filter((_, i) => i % Math.ceil(days.length / 8) === 0);
  svg.append('g').attr('transform', `translate(0,${height - m.bottom})`)
    .call(d3.axisBottom(x).tickValues(ticks)).selectAll('text')
    .attr('transform', 'rotate(-30)').style('text-anchor', 'end');
  svg.append('g').attr('transform', `translate(${m.left},0)`).call(d3.axisLeft(y).ticks(4));
  const legend = d3.select(container).append('div').attr('class', 'legend');
  legend.selectAll('span').data(types).join('span')
    .html((t) => `<span style="color:${color(t)}">■</span> ${t}`);
}
