// One tooltip for the whole page, following the pointer.
const tip = () => document.getElementById('tooltip');

export function showTip(event, text) {
  const el = tip();
  el.textContent = text;
  el.hidden = false;
  el.style.left = `${Math.min(event.clientX + 12, innerWidth - 440)}px`;
  el.style.top = `${event.clientY + 12}px`;
}

export function hideTip() { tip().hidden = true; }

// Shows `text(datum)` while the pointer is over each element of a d3 selection.
export function withTip(selection, text) {
  selection.on('mousemove', (e, d) => showTip(e, text(d))).on('mouseleave', hideTip);
}
