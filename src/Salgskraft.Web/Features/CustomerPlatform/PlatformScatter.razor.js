// The customer platform's scatter on a canvas: tens of thousands of points drawn in one pass, hover answered from a
// grid of buckets in the browser (no round trip, nothing recomputed on the server), click sent to .NET.
const colours = ['#2e7d32', '#f9a825', '#1565c0', '#c62828'];
const pad = { left: 72, right: 16, top: 16, bottom: 44 };

export function create(canvas, tooltip, dotnet) {
    const state = { canvas, tooltip, dotnet, data: null, options: null, filter: null, screen: [], buckets: new Map() };
    const observer = new ResizeObserver(() => draw(state));
    observer.observe(canvas.parentElement);
    canvas.addEventListener('mousemove', e => hover(state, e));
    canvas.addEventListener('mouseleave', () => { tooltip.hidden = true; });
    canvas.addEventListener('click', e => {
        const i = nearest(state, e);
        if (i >= 0) dotnet.invokeMethodAsync('OpenCustomer', state.data.ids[i]);
    });
    state.dispose = () => observer.disconnect();
    return state;
}

export function setData(state, data, options) {
    state.data = data;
    state.options = options;
    state.format = new Intl.NumberFormat(options.culture, { maximumFractionDigits: 0 });
    state.percent = new Intl.NumberFormat(options.culture, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    draw(state);
}

export function setFilter(state, group) {
    state.filter = group;
    draw(state);
}

export function dispose(state) {
    state.dispose();
}

function scales(state) {
    const { data, options, canvas } = state;
    const w = canvas.clientWidth, h = canvas.clientHeight;
    const xs = data.revenue, ys = data.margin;
    let xmin = Infinity, xmax = -Infinity, ymin = Infinity, ymax = -Infinity;
    for (let i = 0; i < xs.length; i++) {
        if (xs[i] < xmin) xmin = xs[i]; if (xs[i] > xmax) xmax = xs[i];
        if (ys[i] < ymin) ymin = ys[i]; if (ys[i] > ymax) ymax = ys[i];
    }
    if (options.marginThreshold !== null) { ymin = Math.min(ymin, options.marginThreshold); ymax = Math.max(ymax, options.marginThreshold); }
    ymin = Math.max(ymin, -1); ymax = Math.min(ymax, 1);
    if (!(xmax > xmin)) { xmax = xmin + 1; }
    if (!(ymax > ymin)) { ymax = ymin + 0.01; }
    const log = options.log;
    const fx = v => log ? Math.log10(Math.max(v, 1)) : v;
    const x0 = fx(log ? Math.max(xmin, 1) : 0), x1 = fx(xmax) + (log ? 0.05 : 0), yr = (ymax - ymin) * 0.05;
    return {
        w, h,
        x: v => pad.left + (fx(v) - x0) / (x1 - x0) * (w - pad.left - pad.right),
        y: v => h - pad.bottom - (Math.min(Math.max(v, -1), 1) - (ymin - yr)) / ((ymax + yr) - (ymin - yr)) * (h - pad.top - pad.bottom),
        x0, x1, ymin: ymin - yr, ymax: ymax + yr, log,
    };
}

function draw(state) {
    const { canvas, data, options } = state;
    if (!data) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = canvas.clientWidth * ratio;
    canvas.height = canvas.clientHeight * ratio;
    const ctx = canvas.getContext('2d');
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, canvas.clientWidth, canvas.clientHeight);
    const s = scales(state);
    axes(ctx, s, state);

    const sizes = data.size;
    let maxSize = 0;
    for (let i = 0; i < sizes.length; i++) if (Math.abs(sizes[i]) > maxSize) maxSize = Math.abs(sizes[i]);
    state.screen = new Array(data.ids.length);
    state.buckets = new Map();
    ctx.globalAlpha = 0.7;
    for (let i = 0; i < data.ids.length; i++) {
        if (state.filter !== null && data.group[i] !== state.filter) { state.screen[i] = null; continue; }
        const px = s.x(data.revenue[i]), py = s.y(data.margin[i]);
        const r = 2 + (maxSize > 0 ? Math.sqrt(Math.abs(sizes[i]) / maxSize) * 14 : 2);
        state.screen[i] = [px, py, r];
        ctx.fillStyle = colours[data.group[i]];
        ctx.beginPath();
        ctx.arc(px, py, r, 0, 2 * Math.PI);
        ctx.fill();
        const key = bucketKey(px, py);
        if (!state.buckets.has(key)) state.buckets.set(key, []);
        state.buckets.get(key).push(i);
    }
    ctx.globalAlpha = 1;
    const top = state.screen.findIndex(p => p !== null);
    canvas.dataset.topPoint = top >= 0 ? `${Math.round(state.screen[top][0])},${Math.round(state.screen[top][1])}` : '';
    canvas.dataset.points = String(state.screen.filter(p => p !== null).length);
}

function axes(ctx, s, state) {
    const { options } = state;
    ctx.strokeStyle = '#9e9e9e'; ctx.fillStyle = '#616161'; ctx.lineWidth = 1;
    ctx.font = '12px Roboto, sans-serif';
    ctx.beginPath();
    ctx.moveTo(pad.left, s.h - pad.bottom); ctx.lineTo(s.w - pad.right, s.h - pad.bottom);
    ctx.moveTo(pad.left, pad.top); ctx.lineTo(pad.left, s.h - pad.bottom);
    ctx.stroke();
    ctx.textAlign = 'center';
    const ticks = s.log
        ? Array.from({ length: Math.floor(s.x1) - Math.ceil(s.x0) + 1 }, (_, k) => Math.pow(10, Math.ceil(s.x0) + k))
        : Array.from({ length: 5 }, (_, k) => (s.x1 / 4) * k);
    for (const t of ticks) ctx.fillText(state.format.format(t), s.x(t), s.h - pad.bottom + 16);
    ctx.fillText(options.xLabel, (pad.left + s.w - pad.right) / 2, s.h - 6);
    ctx.textAlign = 'right';
    for (let k = 0; k <= 4; k++) {
        const v = s.ymin + (s.ymax - s.ymin) * k / 4;
        ctx.fillText(state.percent.format(v), pad.left - 6, s.y(v) + 4);
    }
    ctx.save(); ctx.translate(14, (pad.top + s.h - pad.bottom) / 2); ctx.rotate(-Math.PI / 2); ctx.textAlign = 'center';
    ctx.fillText(options.yLabel, 0, 0); ctx.restore();

    // Quadrant lines at the thresholds.
    ctx.setLineDash([6, 4]); ctx.strokeStyle = '#424242';
    ctx.beginPath();
    if (options.highRevenueFrom !== null) { const x = s.x(options.highRevenueFrom); ctx.moveTo(x, pad.top); ctx.lineTo(x, s.h - pad.bottom); }
    if (options.marginThreshold !== null) { const y = s.y(options.marginThreshold); ctx.moveTo(pad.left, y); ctx.lineTo(s.w - pad.right, y); }
    ctx.stroke(); ctx.setLineDash([]);
}

const bucketSize = 24;
function bucketKey(x, y) { return `${Math.floor(x / bucketSize)},${Math.floor(y / bucketSize)}`; }

function nearest(state, e) {
    if (!state.data) return -1;
    const rect = state.canvas.getBoundingClientRect();
    const x = e.clientX - rect.left, y = e.clientY - rect.top;
    let best = -1, bestDistance = Infinity;
    const bx = Math.floor(x / bucketSize), by = Math.floor(y / bucketSize);
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) {
        for (const i of state.buckets.get(`${bx + dx},${by + dy}`) || []) {
            const [px, py, r] = state.screen[i];
            const d = Math.hypot(px - x, py - y);
            if (d <= Math.max(r, 6) && d < bestDistance) { best = i; bestDistance = d; }
        }
    }
    return best;
}

function hover(state, e) {
    const i = nearest(state, e);
    const { tooltip, data, options } = state;
    if (i < 0) { tooltip.hidden = true; state.canvas.style.cursor = 'default'; return; }
    state.canvas.style.cursor = 'pointer';
    const l = options.labels;
    const money = v => `${state.format.format(v)} ${options.currency}`;
    tooltip.replaceChildren();
    const title = document.createElement('strong');
    title.textContent = `${data.externalIds[i]} ${data.names[i]}`;
    tooltip.append(title);
    for (const [label, value] of [
        [l.group, l.groups[data.group[i]] + (data.isNew[i] ? ` (${l.new})` : '')],
        [l.revenue, money(data.revenue[i])],
        [l.contribution, money(data.contribution[i])],
        [l.margin, state.percent.format(data.margin[i])],
        [l.salesCost, money(data.salesCost[i])],
    ]) {
        const line = document.createElement('div');
        line.textContent = `${label}: ${value}`;
        tooltip.append(line);
    }
    const [px, py] = state.screen[i];
    tooltip.style.left = `${Math.min(px + 12, state.canvas.clientWidth - 240)}px`;
    tooltip.style.top = `${Math.max(py - 12, 0)}px`;
    tooltip.hidden = false;
}
