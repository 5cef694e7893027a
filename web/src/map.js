// Map: countries shaded by how many events involve them, and a dot per
// event place (world-atlas 110m outlines, d3-geo; no tile server).
import * as d3 from 'd3';
import { feature } from 'topojson-client';
import { getJson } from './api.js';
import { withTip } from './tooltip.js';

let world, iso3;  // loaded once

export async function renderMap(container, filters, onEvent) {
  if (!world) {
    [world, iso3] = await Promise.all([
      fetch('countries-110m.json').then((r) => r.json()),
      fetch('iso3.json').then((r) => r.json()),
    ]);
  }
  const [byCountry, page] = await Promise.all([
    getJson('/api/actors', { ...filters, by: 'country' }),
    getJson('/api/events', { ...filters, limit: 1000 }),
  ]);
  const counts = new Map();
  for (const r of byCountry.counts) {
    if (iso3[r.key]) counts.set(iso3[r.key].numeric, { code: r.key, events: r.events });
  }
  const width = 560, height = 300;
  const countries = feature(world, world.objects.countries);
  const projection = d3.geoNaturalEarth1().fitSize([width, height], countries);
  const path = d3.geoPath(projection);
  const shade = d3.scaleSequentialLog(d3.interpolateBlues)
    .domain([1, d3.max([...counts.values()], (c) => c.events) || 10]);
  container.replaceChildren();
  const svg = d3.select(container).append('svg').attr('viewBox', [0, 0, width, height]);
  const shapes = svg.append('g').selectAll('path').data(countries.features).join('path')
    .attr('class', (d) => (counts.has(d.id) ? 'country has-events' : 'country')).attr('d', path)
    .style('fill', (d) => (counts.has(d.id) ? shade(counts.get(d.id).events) : null));
  withTip(shapes, (d) => `${d.properties.name}: ${counts.get(d.id)?.events || 0} events`);
  const placed = page.events.filter((e) => e.place && (e.place.lat || e.place.lon));
  const dots = svg.append('g').selectAll('circle').data(placed).join('circle')
    .attr('class', 'place-dot').attr('r', 3.5)
    .attr('cx', (e) => projection([e.place.lon, e.place.lat])[0])
    .attr('cy', (e) => projection([e.place.lon, e.place.lat])[1])
    .on('click', (_, e) => onEvent(e));
  withTip(dots, (e) => `${e.place.name}: ${e.source.code} ${e.cameo} ${e.target.code}\n${e.evidence.sentence}`);
}
