// Actor network: nodes are actor codes, edges source -> target weighted by
// the number of events between them (a force layout; drag to rearrange).
import * as d3 from 'd3';
import { getJson } from './api.js';
import { withTip } from './tooltip.js';

export async function renderNetwork(container, filters, minWeight, onActor) {
  const { counts } = await getJson('/api/network', { ...filters, by: 'dyad' });
  const links = counts
    .map((r) => { const [source, target] = r.key.split('>'); return { source, target, events: r.events }; })
    .filter((l) => l.source && l.target && l.source !== l.target && l.events >= minWeight)
    .slice(0, 150);
  container.replaceChildren();
  if (!links.length) {
    container.innerHTML = '<p class="empty">No actor pairs match.</p>';
    return;
  }
  const degree = new Map();
  for (const l of links) {
    for (const id of [l.source, l.target]) degree.set(id, (degree.get(id) || 0) + l.events);
  }
  const nodes = [...degree.keys()].map((id) => ({ id, events: degree.get(id) }));
  const width = 1100, height = 340, pad = 24;
  const weight = d3.scaleSqrt().domain([1, d3.max(links, (l) => l.events)]).range([1.2, 6]);
  const radius = d3.scaleSqrt().domain([1, d3.max(nodes, (n) => n.events)]).range([4, 12]);
  const svg = d3.select(container).append('svg').attr('viewBox', [0, 0, width, height]);
  // Arrow heads sized in user units, so heavy links do not get huge heads.
  svg.append('defs').append('marker').attr('id', 'arrow').attr('viewBox', '0 -4 8 8')
    .attr('markerUnits', 'userSpaceOnUse').attr('refX', 8).attr('markerWidth', 8)
    .attr('markerHeight', 8).attr('orient', 'auto')
    .append('path').attr('d', 'M0,-4L8,0L0,4').attr('fill', '#8a94a3');
  // The layout is computed to rest before drawing: a still picture, no jitter.
  const sim = d3.forceSimulation(nodes)
    .force('link', d3.forceLink(links).id((d) => d.id).distance(80))
    .force('charge', d3.forceManyBody().strength(-220))
    .force('x', d3.forceX(width / 2).strength(0.04))
    .force('y', d3.forceY(height / 2).strength(0.12))
    .force('collide', d3.forceCollide((d) => radius(d.events) + 14))
    .stop();
  for (let i = 0; i < 300; i++) {
    sim.tick();
    for (const n of nodes) {
      n.x = Math.max(pad, Math.min(width - pad * 3, n.x));
      n.y = Math.max(pad, Math.min(height - pad, n.y));
    }
  }
  // Lines stop at the target circle's edge so the arrow head stays visible.
  const end = (l) => {
    const dx = l.target.x - l.source.x, dy = l.target.y - l.source.y;
    const len = Math.hypot(dx, dy) || 1, r = radius(l.target.events) + 2;
    return [l.target.x - (dx / len) * r, l.target.y - (dy / len) * r];
  };
  const link = svg.append('g').selectAll('line').data(links).join('line')
    .attr('class', 'link').attr('stroke-width', (l) => weight(l.events))
    .attr('marker-end', 'url(#arrow)')
    .attr('x1', (l) => l.source.x).attr('y1', (l) => l.source.y)
    .attr('x2', (l) => end(l)[0]).attr('y2', (l) => end(l)[1]);
  withTip(link, (l) => `${l.source.id} → ${l.target.id}: ${l.events} events`);
  const node = svg.append('g').selectAll('g').data(nodes).join('g').attr('class', 'node')
    .attr('transform', (d) => `translate(${d.x},${d.y})`)
    .on('click', (_, d) => onActor(d.id));
  node.append('circle').attr('r', (d) => radius(d.events));
  node.append('text').attr('x', (d) => radius(d.events) + 3).attr('y', 4).text((d) => d.id);
  withTip(node, (d) => `${d.id}: ${d.events} events\nclick to filter by this actor`);
}
