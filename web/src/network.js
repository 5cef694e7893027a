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
  const nodes = [...new Set(links.flatMap((l) => [l.source, l.target]))].map((id) => ({ id }));
  const width = 560, height = 300;
  const weight = d3.scaleSqrt().domain([1, d3.max(links, (l) => l.events)]).range([1, 6]);
  const svg = d3.select(container).append('svg').attr('viewBox', [0, 0, width, height]);
  svg.append('defs').append('marker').attr('id', 'arrow').attr('viewBox', '0 -4 8 8')
    .attr('refX', 14).attr('markerWidth', 6).attr('markerHeight', 6).attr('orient', 'auto')
    .append('path').attr('d', 'M0,-4L8,0L0,4').attr('fill', '#999');
  const link = svg.append('g').selectAll('line').data(links).join('line')
    .attr('class', 'link').attr('stroke-width', (l) => weight(l.events))
    .attr('marker-end', 'url(#arrow)');
  withTip(link, (l) => `${l.source.id ?? l.source} → ${l.target.id ?? l.target}: ${l.events} events`);
  const node = svg.append('g').selectAll('g').data(nodes).join('g').attr('class', 'node')
    .on('click', (_, d) => onActor(d.id));
  node.append('circle').attr('r', 6);
  node.append('text').attr('x', 8).attr('y', 3).text((d) => d.id);
  const sim = d3.forceSimulation(nodes)
    .force('link', d3.forceLink(links).id((d) => d.id).distance(70))
    .force('charge', d3.forceManyBody().strength(-160))
    .force('center', d3.forceCenter(width / 2, height / 2))
    .force('box', () => nodes.forEach((n) => {
      n.x = Math.max(10, Math.min(width - 40, n.x));
      n.y = Math.max(10, Math.min(height - 10, n.y));
    }));
  node.call(d3.drag()
    .on('start', (e, d) => { if (!e.active) sim.alphaTarget(0.3).restart(); d.fx = d.x; d.fy = d.y; })
    .on('drag', (e, d) => { d.fx = e.x; d.fy = e.y; })
    .on('end', (e, d) => { if (!e.active) sim.alphaTarget(0); d.fx = null; d.fy = null; }));
  sim.on('tick', () => {
    link.attr('x1', (l) => l.source.x).attr('y1', (l) => l.source.y)
      .attr('x2', (l) => l.target.x).attr('y2', (l) => l.target.y);
    node.attr('transform', (d) => `translate(${d.x},${d.y})`);
  });
}
