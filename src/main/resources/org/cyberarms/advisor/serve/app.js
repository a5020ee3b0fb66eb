// The analyst's workbench: a page over `advisor serve`'s JSON API (see README, "Workbench").
//
// Every conclusion on this page comes from the server, which runs the rule files: the page keeps only the
// analyst's changes (in --set syntax), sends all of them with every evaluation, and shows what comes back.
// It is plain JavaScript with no build step and no library, served from the jar under a strict
// Content-Security-Policy: no inline script or style, no eval. All text from the server is put into the page
// with textContent (never as markup), so a name with markup in a knowledge file shows as text.

const TOKEN = takeTokenFromAddress();

const state = {
  /** The report without changes (GET /api/report), refetched when the files on disk change. */
  baseline: null,
  /** The report under the current changes (POST /api/evaluate); the baseline when there are none. */
  current: null,
  /** "E03.attribution" -> {status, reliance}: only the values that differ from the baseline. */
  changes: new Map(),
  /** Changes of a loaded scenario that no cell can show (kept and sent as they are). */
  otherChanges: [],
  /** The scenario last loaded or saved: {name, title}. */
  scenario: null,
  /** The scenarios of the pack's scenarios folder: [{name, title}]. */
  scenarios: [],
  /** The element whose explanation is open. */
  explained: null,
  /** The shape the heatmap was built for: rebuilt only when the model's elements or scales change. */
  heatmapShape: '',
  /** The last state of the files shown (GET /api/status, or an event), as JSON. */
  filesShown: '',
  /** The files' version (GET /api/status) the baseline was fetched at. */
  filesVersion: null,
  /** Increases with every evaluation, so that an older answer arriving late is ignored. */
  evaluation: 0,
  inFlight: null,
};

const $ = (id) => document.getElementById(id);

// ---------------------------------------------------------------------------------------------------------
// Small helpers

/** An element with attributes and children (strings become text nodes, never markup). */
function h(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'class') node.className = value;
    else if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function clear(node) {
  node.replaceChildren();
  return node;
}

/** "a", "a and b", "a, b and c". */
function andList(items) {
  if (items.length <= 1) return items.join('');
  return items.slice(0, -1).join(', ') + ' and ' + items[items.length - 1];
}

function capitalised(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The text, cut at a word before `length` characters, with an ellipsis when cut. */
function shorten(text, length) {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), length / 2)) + '…';
}

function ruleCitation(rule) {
  return rule ? `“${rule.name}” (${rule.file}${rule.line ? ':' + rule.line : ''})` : '';
}

/**
 * The colour of step `rank` of a scale of `steps` steps: the Viridis ramp of the report's heatmap
 * (document/SequentialPalette.java), with the text colour that reads on it. Set through the CSS object model,
 * which the Content-Security-Policy allows (it forbids only style attributes written as markup).
 */
const VIRIDIS = [0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962, 0xaddc30, 0xfde725];
const EQUAL_CONTRAST_LUMINANCE = Math.sqrt(1.05 * 0.05) - 0.05;

function swatch(rank, steps) {
  const t = steps <= 1 ? 1 : Math.max(0, Math.min(1, rank / (steps - 1)));
  const at = t * (VIRIDIS.length - 1);
  const low = Math.floor(at);
  const high = Math.min(VIRIDIS.length - 1, low + 1);
  const f = at - low;
  const mix = (shift) => Math.round(((VIRIDIS[low] >> shift) & 0xff)
      + (((VIRIDIS[high] >> shift) & 0xff) - ((VIRIDIS[low] >> shift) & 0xff)) * f);
  const [r, g, b] = [mix(16), mix(8), mix(0)];
  const linear = (c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : Math.pow((c / 255 + 0.055) / 1.055, 2.4));
  const luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  const hex = (v) => v.toString(16).padStart(2, '0');
  return { fill: `#${hex(r)}${hex(g)}${hex(b)}`, ink: luminance > EQUAL_CONTRAST_LUMINANCE ? '#000000' : '#ffffff' };
}

function paint(node, colours) {
  node.style.backgroundColor = colours ? colours.fill : '';
  node.style.color = colours ? colours.ink : '';
}

// ---------------------------------------------------------------------------------------------------------
// The token and the server

/** The token of the start-up address (?token=…): kept in memory only, and taken out of the address bar. */
function takeTokenFromAddress() {
  const address = new URL(window.location.href);
  const token = address.searchParams.get('token') || '';
  if (address.searchParams.has('token')) {
    address.searchParams.delete('token');
    window.history.replaceState(null, '', address.pathname + address.search + address.hash);
  }
  return token;
}

class ServerProblem extends Error {
  constructor(message, problems = [], status = 0) {
    super(message);
    this.problems = problems;
    this.status = status;
  }
}

async function api(path, { method = 'GET', body, signal } = {}) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    headers['X-Advisor-Token'] = TOKEN;
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      signal, cache: 'no-store' });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ServerProblem('The workbench server does not answer. Is `advisor serve` still running?');
  }
  let json = null;
  try {
    json = await response.json();
  } catch (error) {
    json = null;
  }
  if (!response.ok) {
    let message = (json && json.error) || `The server refused the request (HTTP ${response.status}).`;
    if (response.status === 403 && !TOKEN) {
      message += ' This page was opened without its token: open the address that `advisor serve` printed '
          + '(it ends in ?token=…).';
    }
    throw new ServerProblem(message, (json && json.problems) || [], response.status);
  }
  return json;
}

function problemList(problems) {
  if (!problems || problems.length === 0) return null;
  return h('ul', { class: 'problems' }, problems.map((p) => h('li', {},
      p.file ? h('code', {}, `${p.file}:${p.line}:${p.column}`) : null, p.file ? ': ' : '', p.message)));
}

function showRequestProblem(problem) {
  const box = $('request-problem');
  if (!problem) {
    box.hidden = true;
    clear(box);
    return;
  }
  clear(box);
  append(box, [h('p', {}, h('strong', { class: 'note-kind' }, 'Problem: '), problem.message),
    problemList(problem.problems),
    h('p', {}, 'Your changes are kept; the page shows the last answer it had.')]);
  box.hidden = false;
}

// ---------------------------------------------------------------------------------------------------------
// The model, as the report JSON gives it

function model(report) {
  const scales = report.scales || { dimensions: [], statuses: [], reliances: [] };
  const levels = [...report.summary.levels].sort((a, b) => a.rank - b.rank);
  return {
    dimensions: scales.dimensions,
    dimensionName: new Map(scales.dimensions.map((d) => [d.id, d.name])),
    statuses: scales.statuses.map((s) => s.name),
    statusMeaning: new Map(scales.statuses.map((s) => [s.name, s.meaning])),
    reliances: scales.reliances.map((s) => s.name),
    levels: levels.map((l) => l.name),
  };
}

/**
 * The page's own text in the pack's nouns (the report's `words`): every `data-word` holds one of "element",
 * "elements", "dimension", "dimensions", "an element" or "a dimension" (capitalised where a sentence begins with
 * it), and the bundled page's text is written with them; what speaks of reliance (`data-reliance`) shows only
 * for a pack with a reliance scale.
 */
function speakThePacksWords(report) {
  const words = report.words;
  const nouns = { element: words.element, elements: words.elements, dimension: words.dimension,
    dimensions: words.dimensions, 'an element': words.elementWithArticle, 'a dimension': words.dimensionWithArticle };
  for (const node of document.querySelectorAll('[data-word]')) {
    const key = node.dataset.word;
    const noun = nouns[key.toLowerCase()];
    node.textContent = key.charAt(0) === key.charAt(0).toUpperCase() ? capitalised(noun) : noun;
  }
  const hasReliance = model(report).reliances.length > 0;
  for (const node of document.querySelectorAll('[data-reliance]')) node.hidden = !hasReliance;
}

function standing(report, elementId, dimensionId) {
  const element = report && report.elements.find((e) => e.id === elementId);
  return element && element.dimensions.find((d) => d.dimension === dimensionId);
}

function levelName(element) {
  return element && element.level ? element.level.name : '(no level)';
}

function levelSwatch(m, name) {
  const rank = m.levels.indexOf(name);
  return rank < 0 ? { fill: '#e0e0e0', ink: '#000000' } : swatch(rank, m.levels.length);
}

// ---------------------------------------------------------------------------------------------------------
// Changes, in --set syntax

function setList() {
  const list = [];
  for (const [key, change] of state.changes) {
    if (change.status !== undefined) list.push(`${key}=${change.status}`);
    if (change.reliance !== undefined) list.push(`${key}.reliance=${change.reliance}`);
  }
  return list.concat(state.otherChanges);
}

/** Records the value the analyst picked; a value equal to the baseline's is no change at all. */
function setValue(elementId, dimensionId, field, value) {
  const key = `${elementId}.${dimensionId}`;
  const base = standing(state.baseline, elementId, dimensionId);
  const change = { ...(state.changes.get(key) || {}) };
  if (base && base[field] === value) delete change[field];
  else change[field] = value;
  if (change.status === undefined && change.reliance === undefined) state.changes.delete(key);
  else state.changes.set(key, change);
}

/** Takes a scenario's --set lines apart into cell changes; anything else is kept as it is. */
function applySetList(lines) {
  state.changes.clear();
  state.otherChanges = [];
  const m = model(state.baseline);
  const ids = new Set(state.baseline.elements.map((e) => e.id));
  for (const line of lines) {
    const match = /^([^.=]+)\.([^.=]+)(\.reliance)?=(.+)$/.exec(line);
    const field = match && match[3] ? 'reliance' : 'status';
    if (match && ids.has(match[1]) && m.dimensionName.has(match[2])
        && (field === 'status' ? m.statuses : m.reliances).includes(match[4])) {
      setValue(match[1], match[2], field, match[4]);
    } else {
      state.otherChanges.push(line);
    }
  }
}

function changeSentences() {
  const m = model(state.baseline);
  const sentences = [];
  for (const [key, change] of state.changes) {
    const [elementId, dimensionId] = key.split('.');
    const base = standing(state.baseline, elementId, dimensionId) || {};
    const label = m.dimensionName.get(dimensionId) || dimensionId;
    for (const field of ['status', 'reliance']) {
      if (change[field] !== undefined) {
        sentences.push(`${elementId} ${label} ${field}: ${base[field]} -> ${change[field]}`);
      }
    }
  }
  return sentences.concat(state.otherChanges);
}

function hasChanges() {
  return state.changes.size > 0 || state.otherChanges.length > 0;
}

// ---------------------------------------------------------------------------------------------------------
// Evaluation

async function evaluate() {
  const number = ++state.evaluation;
  if (state.inFlight) state.inFlight.abort();
  document.body.dataset.state = 'evaluating';
  $('main').setAttribute('aria-busy', 'true');
  if (!hasChanges()) {
    state.inFlight = null;
    state.current = state.baseline;
    showRequestProblem(null);
    render();
    return;
  }
  const controller = new AbortController();
  state.inFlight = controller;
  try {
    const answer = await api('/api/evaluate', { method: 'POST', body: { set: setList() },
      signal: controller.signal });
    if (number !== state.evaluation) return;
    state.current = answer;
    showRequestProblem(null);
    render();
  } catch (error) {
    if (error.name === 'AbortError' || number !== state.evaluation) return;
    showRequestProblem(error);
    renderBanner();
    finished();
  }
}

function finished() {
  document.body.dataset.state = 'ready';
  $('main').removeAttribute('aria-busy');
}

function render() {
  renderBanner();
  renderOutcome();
  renderHeatmap();
  renderComparison();
  renderLevels();
  renderElements();
  renderActions();
  $('reset').disabled = !hasChanges();
  finished();
  if (state.explained) explain(state.explained, { moveFocus: false });
}

// ---------------------------------------------------------------------------------------------------------
// The what-if banner

function renderBanner() {
  const banner = $('whatif-banner');
  banner.hidden = !hasChanges();
  const scenario = $('whatif-scenario');
  scenario.hidden = !state.scenario;
  clear(scenario);
  if (state.scenario) {
    append(scenario, ['Scenario: ', h('strong', {}, state.scenario.name),
      state.scenario.title ? ` — ${state.scenario.title}` : '',
      ' (with any changes made since)']);
    if (state.scenario.untried && state.scenario.untried.length > 0) {
      append(scenario, [h('br'), h('strong', {}, 'Not tried here'),
        ' (no change of a cell can say it): ', state.scenario.untried.join('; ')]);
    }
  }
  clear($('whatif-changes'));
  append($('whatif-changes'), changeSentences().map((s) => h('li', {}, s)));
  document.title = (hasChanges() ? 'WHAT-IF — ' : '') + 'Workbench — '
      + (state.baseline ? state.baseline.title : 'Feasibility Advisor');
}

/** One sentence after every evaluation, announced politely: which levels the changes move. */
function renderOutcome() {
  const words = state.baseline.words;
  const moved = [];
  for (const element of state.current.elements) {
    const base = state.baseline.elements.find((e) => e.id === element.id);
    if (levelName(base) !== levelName(element)) {
      moved.push(`${element.id} ${levelName(base)} → ${levelName(element)}`);
    }
  }
  $('outcome').textContent = !hasChanges() ? ''
    : moved.length === 0 ? `Under the what-if, no ${words.element} changes level.`
      : `Under the what-if, ${moved.length} `
        + (moved.length === 1 ? `${words.element} changes` : `${words.elements} change`)
        + ` level: ${andList(moved)}.`;
}

// ---------------------------------------------------------------------------------------------------------
// The heatmap: built once per model, then updated in place so that a control keeps its focus while the
// analyst moves through its values with the arrow keys.

function heatmapShape(report) {
  const m = model(report);
  return JSON.stringify([report.elements.map((e) => [e.id, e.name]), m.dimensions, m.statuses, m.reliances]);
}

function buildHeatmap() {
  const report = state.baseline;
  const m = model(report);
  const head = $('heatmap-head');
  for (const old of head.querySelectorAll('th[data-dimension]')) old.remove();
  for (const d of m.dimensions) {
    head.insertBefore(h('th', { scope: 'col', 'data-dimension': d.id }, d.name), $('heatmap-level-head'));
  }
  const body = clear($('heatmap-body'));
  for (const element of report.elements) {
    const row = h('tr', { 'data-element': element.id });
    append(row, h('th', { scope: 'row' }, h('button', { type: 'button', class: 'element-button',
      'data-explain': element.id, 'aria-controls': 'explanation' }, element.id,
    h('span', { class: 'visually-hidden' }, ': explain'))));
    append(row, h('td', { class: 'element-name' }, element.name));
    for (const dimension of m.dimensions) {
      const cell = h('td', { class: 'cell', 'data-dimension': dimension.id });
      const controls = h('span', { class: 'cell-controls' });
      const statusId = `status-${element.id}-${dimension.id}`;
      append(controls, [h('label', { class: 'visually-hidden', for: statusId },
        `${element.id} ${dimension.name} status`),
      h('select', { id: statusId, 'data-element': element.id, 'data-dimension': dimension.id,
        'data-field': 'status' }, m.statuses.map((s) => h('option', { value: s }, s)))]);
      if (m.reliances.length > 0) {
        const relianceId = `reliance-${element.id}-${dimension.id}`;
        append(controls, [h('span', { class: 'separator', 'aria-hidden': 'true' }, '/'),
          h('label', { class: 'visually-hidden', for: relianceId }, `${element.id} ${dimension.name} reliance`),
          h('select', { id: relianceId, 'data-element': element.id, 'data-dimension': dimension.id,
            'data-field': 'reliance' }, m.reliances.map((s) => h('option', { value: s }, s)))]);
      }
      append(cell, [controls, h('span', { class: 'cell-note' })]);
      append(row, cell);
    }
    append(row, h('td', { class: 'level-cell' }));
    append(body, row);
  }
  state.heatmapShape = heatmapShape(report);
}

function renderHeatmap() {
  if (state.heatmapShape !== heatmapShape(state.baseline)) buildHeatmap();
  const m = model(state.baseline);
  for (const row of $('heatmap-body').rows) {
    const elementId = row.dataset.element;
    const element = state.current.elements.find((e) => e.id === elementId);
    const baseElement = state.baseline.elements.find((e) => e.id === elementId);
    for (const cell of row.querySelectorAll('td.cell')) {
      const dimensionId = cell.dataset.dimension;
      const now = standing(state.current, elementId, dimensionId) || {};
      const base = standing(state.baseline, elementId, dimensionId) || {};
      const change = state.changes.get(`${elementId}.${dimensionId}`) || {};
      const changed = change.status !== undefined || change.reliance !== undefined;
      for (const select of cell.querySelectorAll('select')) {
        const field = select.dataset.field;
        const value = change[field] !== undefined ? change[field] : now[field];
        if (select.value !== value) select.value = value;
      }
      cell.classList.toggle('changed', changed);
      cell.classList.toggle('blocking', Boolean(now.holdsDown));
      cell.classList.toggle('muted', now.needed === false);
      cell.classList.toggle('shaded', now.needed !== false);
      paint(cell, now.needed === false ? null : swatch(m.statuses.indexOf(now.status), m.statuses.length));
      const notes = [];
      if (now.holdsDown) notes.push('blocks');
      if (changed) {
        const was = ['status', 'reliance'].filter((f) => change[f] !== undefined).map((f) => base[f]);
        notes.push(`changed, was ${was.join(' / ')}`);
      }
      clear(cell.querySelector('.cell-note'));
      append(cell.querySelector('.cell-note'), notes.length ? `— ${notes.join('; ')}` : '');
    }
    const levelCell = row.querySelector('td.level-cell');
    const level = levelName(element);
    const baseLevel = levelName(baseElement);
    paint(levelCell, levelSwatch(m, level));
    levelCell.classList.add('shaded');
    levelCell.classList.toggle('changed', level !== baseLevel);
    clear(levelCell);
    append(levelCell, [level, level !== baseLevel
      ? h('span', { class: 'level-was' }, ` ${rise(m, baseLevel, level)} (was ${baseLevel})`) : null]);
  }
}

/** ↑ or ↓, with the words for readers that do not see the arrow. */
function rise(m, from, to) {
  const up = m.levels.indexOf(to) > m.levels.indexOf(from);
  return up ? '↑ raised' : '↓ lowered';
}

// ---------------------------------------------------------------------------------------------------------
// Levels, what holds each element down, what it would take, recommendations, actions

function renderLevels() {
  const m = model(state.baseline);
  const body = clear($('levels-body'));
  for (const level of state.current.summary.levels) {
    const before = state.baseline.summary.levels.find((l) => l.name === level.name);
    const header = h('th', { scope: 'row', class: 'shaded' }, level.name);
    paint(header, levelSwatch(m, level.name));
    const moved = before && before.count !== level.count;
    append(body, h('tr', {}, header,
      h('td', { class: 'number' + (moved ? ' changed' : '') }, String(level.count),
        moved ? h('span', { class: 'level-was' }, ` (was ${before.count})`) : null),
      h('td', {}, level.elements.join(', '))));
  }
}

function changesText(m, changes) {
  return andList(changes.map((c) => `${m.dimensionName.get(c.dimension) || c.dimension} ${c.from} → ${c.to}`));
}

function wouldTake(m, element) {
  if (!element.level) return [h('p', {}, `No rule concluded a level for this ${state.baseline.words.element}.`)];
  if (element.atTopLevel) return [h('p', {}, 'It is at the highest level: nothing holds it down.')];
  const goals = [];
  const take = element.whatItWouldTake || {};
  const goal = (target, changes) => {
    if (!target) return;
    if (changes === null || target.reachable === false) {
      goals.push(h('li', {}, `To reach ${target.target}: no status change reaches it`,
        target.notReachableBecause ? ` (${target.notReachableBecause})` : '', '.'));
    } else if (changes.length > 0) {
      goals.push(h('li', {}, `To reach ${target.target}: ${changesText(m, changes)}.`));
    }
  };
  goal(take.nextLevel, element.toNextLevel);
  if (take.top && (!take.nextLevel || take.top.target !== take.nextLevel.target)) goal(take.top, element.toTop);
  return goals.length ? [h('ul', {}, goals)] : [];
}

function renderElements() {
  const m = model(state.baseline);
  const body = clear($('elements-body'));
  for (const element of state.current.elements) {
    const baseElement = state.baseline.elements.find((e) => e.id === element.id);
    const level = levelName(element);
    const baseLevel = levelName(baseElement);
    const headingId = `card-${element.id}-heading`;
    const card = h('section', { class: 'element-card' + (level !== baseLevel ? ' moved' : ''),
      id: `card-${element.id}`, 'aria-labelledby': headingId });
    const badge = h('span', { class: 'level-badge shaded' }, level);
    paint(badge, levelSwatch(m, level));
    append(card, h('h3', { id: headingId }, `${element.id} ${element.name} `, badge,
      level !== baseLevel ? h('mark', { class: 'changed' }, ` ${rise(m, baseLevel, level)} (was ${baseLevel})`) : null));
    if (element.blockingDimensions.length > 0) {
      append(card, h('p', {}, h('strong', {}, 'Held down by: '), andList(element.blockingDimensions.map((b) =>
          `${b.name} (${b.status}${b.reliance ? ', ' + b.reliance : ''}: ceiling ${b.ceiling})`)), '.'));
    }
    const take = wouldTake(m, element);
    if (take.length) append(card, [h('p', { class: 'label' }, h('strong', {}, 'What it would take:')), take]);
    if (element.recommendations.length > 0) {
      append(card, [h('p', { class: 'label' }, h('strong', {}, 'Recommendations:')),
        h('ul', {}, element.recommendations.map((r) => h('li', {}, h('strong', {}, r.title),
          r.toReach ? ` (to reach ${r.toReach})` : '', `: ${r.text}`)))]);
    }
    append(body, card);
  }
}

function renderActions() {
  const body = clear($('actions-body'));
  const key = (a) => `${a.dimension}|${a.title}`;
  const before = new Map(state.baseline.actions.map((a) => [key(a), a]));
  const now = new Set(state.current.actions.map(key));
  const words = state.baseline.words;
  if (state.current.actions.length === 0) {
    append(body, h('p', {}, `No ${words.dimension} holds several ${words.elements} down.`));
  }
  for (const action of state.current.actions) {
    const base = before.get(key(action));
    const ids = action.elements.map((e) => e.id);
    const baseIds = base ? base.elements.map((e) => e.id) : [];
    const news = !base ? ' (new under the what-if)'
      : ids.join() !== baseIds.join() ? ` (under the what-if; was for ${baseIds.join(', ')})` : '';
    append(body, h('div', { class: 'action' }, h('h3', {}, action.title),
      h('p', {}, action.text),
      h('p', { class: news ? 'changed-text' : '' }, `${action.dimensionName}: `,
        andList(action.elements.map((e) => `${e.id} ${e.name}`)), '.', news ? h('mark', { class: 'changed' }, news) : null)));
  }
  const gone = state.baseline.actions.filter((a) => !now.has(key(a)));
  if (hasChanges() && gone.length > 0) {
    append(body, h('p', {}, h('strong', {}, 'No longer needed under the what-if: '),
      andList(gone.map((a) => `${a.title} (${a.dimensionName})`)), '.'));
  }
}

// ---------------------------------------------------------------------------------------------------------
// Compare with the baseline

function renderComparison() {
  const m = model(state.baseline);
  const body = clear($('comparison-body'));
  for (const element of state.current.elements) {
    const base = state.baseline.elements.find((e) => e.id === element.id);
    const level = levelName(element);
    const baseLevel = levelName(base);
    const was = h('td', { class: 'shaded' }, baseLevel);
    paint(was, levelSwatch(m, baseLevel));
    const now = h('td', { class: 'shaded' + (level !== baseLevel ? ' changed' : '') }, level);
    paint(now, levelSwatch(m, level));
    append(body, h('tr', { 'data-element': element.id }, h('th', { scope: 'row' }, element.id),
      h('td', {}, element.name), was, now,
      h('td', {}, level === baseLevel ? 'same' : rise(m, baseLevel, level))));
  }
}

function toggleComparison() {
  const button = $('compare');
  const showing = button.getAttribute('aria-pressed') !== 'true';
  button.setAttribute('aria-pressed', String(showing));
  $('comparison').hidden = !showing;
  if (showing) $('comparison-heading').scrollIntoView({ block: 'start' });
}

// ---------------------------------------------------------------------------------------------------------
// An element's explanation: HOW and WHY NOT, and its rule trace

async function explain(elementId, { moveFocus = true } = {}) {
  state.explained = elementId;
  const section = $('explanation');
  section.hidden = false;
  const query = setList().map((s) => 'set=' + encodeURIComponent(s)).join('&');
  const number = state.evaluation;
  let answer;
  try {
    answer = await api(`/api/explain/${encodeURIComponent(elementId)}${query ? '?' + query : ''}`);
  } catch (error) {
    clear($('explanation-body'));
    append($('explanation-body'), h('div', { class: 'note warning' }, h('p', {}, error.message),
      problemList(error.problems)));
    return;
  }
  if (number !== state.evaluation || state.explained !== elementId) return;
  renderExplanation(answer);
  if (moveFocus) {
    $('explanation-heading').focus();
    $('explanation-heading').scrollIntoView({ block: 'start' });
  }
}

function renderExplanation(answer) {
  const m = model(state.baseline);
  const label = (id) => m.dimensionName.get(id) || id;
  $('explanation-heading').textContent = `Explanation: ${answer.element} ${answer.name}`
      + (answer.scenario ? ' (under the what-if)' : '');
  const body = clear($('explanation-body'));
  append(body, h('p', { class: 'lead', id: 'explanation-summary' }, answer.summary));

  const how = h('section', { id: 'explanation-how', 'aria-labelledby': 'explanation-how-heading' },
    h('h3', { id: 'explanation-how-heading' }, `How it came to be ${answer.level || 'without a level'}`));
  if (answer.how && answer.how.concludedBy) {
    const rule = answer.how.concludedBy;
    append(how, h('p', {}, `Its level is concluded by ${ruleCitation(rule)}`, rule.rationale ? `: ${rule.rationale}` : '.'));
  }
  if (answer.heldAtLevelBy.length > 0) {
    const words = state.baseline.words;
    append(how, [h('p', {}, `${answer.heldAtLevelBy.length === 1 ? `This ${words.dimension} holds`
      : `These ${answer.heldAtLevelBy.length} ${words.dimensions} hold`} it at ${answer.level}:`),
    h('ul', {}, answer.heldAtLevelBy.map((b) => h('li', {},
      `${b.label}: ${b.reliance ? 'reliance ' + b.reliance + ', ' : ''}status ${b.status}, by ${ruleCitation(b.ceilingRule)}`,
      b.ceilingRule && b.ceilingRule.rationale ? `: ${b.ceilingRule.rationale}` : '.')))]);
  } else {
    append(how, h('p', {}, 'Nothing holds it down: it is at the highest level.'));
  }
  append(body, how);

  const whyNot = h('section', { id: 'explanation-why-not', 'aria-labelledby': 'explanation-why-not-heading' },
    h('h3', { id: 'explanation-why-not-heading' }, 'Why not a higher level'));
  if (answer.toNextLevel && answer.toNextLevel.length > 0) {
    const changes = answer.toNextLevel;
    append(whyNot, h('p', {}, `The smallest change that the rules lift to ${answer.nextLevel}: `,
      changesText(m, changes), '. ',
      h('button', { type: 'button', class: 'try', 'data-try': JSON.stringify(changes.map((c) =>
          `${answer.element}.${c.dimension}=${c.to}`)) }, 'Try these changes')));
  }
  for (const level of answer.whyNot || []) {
    append(whyNot, [h('h4', {}, `Why not ${level.level}`),
      h('ul', {}, level.heldBackBy.map((held) => h('li', {},
        `${label(held.dimension)}: ceiling ${held.ceiling}, set by ${ruleCitation(held.ceilingRule)}. `,
        `None of the ${held.alternatives.length} rules that would allow ${level.level} or higher holds for its facts.`)))]);
  }
  if ((answer.whyNot || []).length === 0 && !answer.toNextLevel) {
    append(whyNot, h('p', {}, answer.level ? 'It is at the highest level.' : 'No rule concluded a level.'));
  }
  append(body, whyNot);

  const trace = answer.trace || [];
  append(body, h('details', { id: 'explanation-trace' },
    h('summary', {}, `Rule trace of ${answer.element} (${trace.length} lines)`),
    h('pre', { class: 'trace', tabindex: '0', 'aria-label': `Rule trace of ${answer.element}` },
      trace.join('\n'))));
}

// ---------------------------------------------------------------------------------------------------------
// Scenarios: save and load

function openSave() {
  $('save').hidden = false;
  $('save-overwrite').hidden = true;
  $('save-status').textContent = hasChanges() ? ''
    : 'There are no changes yet: the scenario would change nothing.';
  if (state.scenario && !$('save-name').value) {
    $('save-name').value = state.scenario.name;
    $('save-title').value = state.scenario.title || '';
  }
  $('save-name').focus();
}

function closeSave() {
  $('save').hidden = true;
  $('open-save').focus();
}

const SCENARIO_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

async function save(overwrite) {
  const name = $('save-name').value.trim();
  const title = $('save-title').value.trim();
  const rationale = $('save-rationale').value.trim();
  const status = $('save-status');
  $('save-overwrite').hidden = true;
  for (const [field, ok, message] of [
    ['save-name', SCENARIO_NAME.test(name), 'The name must be 1 to 64 lower-case letters, digits or hyphens, '
        + 'starting with a letter or digit (it becomes the file name).'],
    ['save-title', title !== '', 'Give the scenario a title.'],
    ['save-rationale', rationale !== '', 'Say why these values could hold (the rationale).']]) {
    $(field).setAttribute('aria-invalid', String(!ok));
    if (!ok) {
      status.textContent = message;
      $(field).focus();
      return;
    }
  }
  status.textContent = 'Saving…';
  let saved;
  try {
    saved = await api('/api/scenarios', { method: 'POST',
      body: { name, title, rationale, set: setList(), overwrite } });
  } catch (error) {
    if (error.status === 409) {
      status.textContent = '';
      $('save-overwrite-question').textContent =
          `A scenario named ${name} already exists in the scenarios folder. Overwrite it?`;
      $('save-overwrite').hidden = false;
      $('save-overwrite-yes').focus();
      return;
    }
    status.textContent = error.message + (error.problems.length
      ? ' ' + error.problems.map((p) => p.message).join(' ') : '');
    return;
  }
  state.scenario = { name, title };
  status.textContent = `Saved as ${(saved && saved.file) || `scenarios/${name}.yaml`} in the knowledge folder.`;
  renderBanner();
  await loadScenarioList(name);
}

async function loadScenarioList(selected) {
  let answer;
  try {
    answer = await api('/api/scenarios');
  } catch (error) {
    showRequestProblem(error);
    return;
  }
  state.scenarios = answer.scenarios;
  const list = clear($('scenario-list'));
  append(list, h('option', { value: '' }, '(choose a scenario)'));
  for (const scenario of answer.scenarios) {
    append(list, h('option', { value: scenario.name }, scenario.title
      ? `${scenario.name} — ${shorten(scenario.title, 70)}` : scenario.name));
  }
  list.value = selected && answer.scenarios.some((s) => s.name === selected) ? selected : '';
}

async function loadScenario() {
  const name = $('scenario-list').value;
  if (!name) {
    showRequestProblem({ message: 'Choose a scenario to load first.', problems: [] });
    $('scenario-list').focus();
    return;
  }
  let answer;
  try {
    answer = await api(`/api/scenarios/${encodeURIComponent(name)}`);
  } catch (error) {
    showRequestProblem(error);
    return;
  }
  const listed = state.scenarios.find((s) => s.name === name);
  state.scenario = { name: answer.name, title: answer.title || (listed ? listed.title : ''),
    untried: answer.otherChanges || [] };
  applySetList(answer.set);
  await evaluate();
}

function reset() {
  state.changes.clear();
  state.otherChanges = [];
  state.scenario = null;
  $('scenario-list').value = '';
  evaluate();
}

// ---------------------------------------------------------------------------------------------------------
// The files on disk: live reload

async function loadBaseline() {
  state.baseline = await api('/api/report');
  $('title').textContent = state.baseline.title;
  speakThePacksWords(state.baseline);
}

async function showFiles(status) {
  // A reconnecting event stream sends the same state again: announce only what is new.
  const shown = JSON.stringify(status);
  if (shown === state.filesShown) return;
  state.filesShown = shown;
  const live = clear($('live'));
  live.className = '';
  const problems = status.problems || [];
  if (problems.length > 0) {
    live.className = 'note warning';
    append(live, [h('p', {}, h('strong', { class: 'note-kind' }, 'The files on disk have errors. '),
      'The page keeps the last version that worked, and your changes. Fix the files and save: the page follows.'),
    problemList(problems)]);
    return;
  }
  if (status.version !== state.filesVersion && state.filesVersion !== null) {
    state.filesVersion = status.version;
    try {
      await loadBaseline();
      await evaluate();
    } catch (error) {
      showRequestProblem(error);
    }
  }
  state.filesVersion = status.version;
  if (status.change && status.change.summary) {
    live.className = 'note';
    append(live, [h('p', {}, h('strong', { class: 'note-kind' }, 'The files changed: '), status.change.summary),
      status.change.lines && status.change.lines.length
        ? h('ul', {}, status.change.lines.map((line) => h('li', {}, line))) : null]);
  }
}

function followFiles() {
  if (!window.EventSource) return;
  const events = new EventSource('/api/events');
  events.addEventListener('reload', (event) => {
    try {
      showFiles(JSON.parse(event.data));
    } catch (error) {
      // A malformed event is ignored; the next one carries the whole state again.
    }
  });
  // The browser reconnects on its own; say the connection is lost only when it stays lost for a while.
  let lost = null;
  events.addEventListener('open', () => {
    clearTimeout(lost);
    lost = null;
    $('connection').hidden = true;
  });
  events.addEventListener('error', () => {
    if (lost === null) {
      lost = setTimeout(() => {
        lost = null;
        $('connection').hidden = events.readyState === EventSource.OPEN;
      }, 3000);
    }
  });
}

// ---------------------------------------------------------------------------------------------------------
// Start

function listen() {
  $('heatmap-body').addEventListener('change', (event) => {
    const select = event.target.closest('select');
    if (!select) return;
    setValue(select.dataset.element, select.dataset.dimension, select.dataset.field, select.value);
    renderBanner();
    evaluate();
  });
  $('heatmap-body').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-explain]');
    if (button) explain(button.dataset.explain);
  });
  $('explanation-body').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-try]');
    if (!button) return;
    for (const line of JSON.parse(button.dataset.try)) {
      const match = /^([^.]+)\.([^=]+)=(.+)$/.exec(line);
      if (match) setValue(match[1], match[2], 'status', match[3]);
    }
    evaluate();
  });
  $('reset').addEventListener('click', reset);
  $('compare').addEventListener('click', toggleComparison);
  $('open-save').addEventListener('click', openSave);
  $('save-cancel').addEventListener('click', closeSave);
  $('save-form').addEventListener('submit', (event) => {
    event.preventDefault();
    save(false);
  });
  $('save-overwrite-yes').addEventListener('click', () => save(true));
  $('save-overwrite-no').addEventListener('click', () => {
    $('save-overwrite').hidden = true;
    $('save-name').focus();
  });
  $('load-scenario').addEventListener('click', loadScenario);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !$('save').hidden) closeSave();
  });
}

async function start() {
  listen();
  document.body.dataset.state = 'loading';
  try {
    const [status] = await Promise.all([api('/api/status').catch(() => null), loadBaseline()]);
    state.current = state.baseline;
    render();
    if (!TOKEN) {
      showRequestProblem({ message: 'This page was opened without its token, so it cannot try changes or save '
          + 'scenarios. Open the address that `advisor serve` printed (it ends in ?token=…).', problems: [] });
    }
    if (status) {
      state.filesVersion = status.version;
      showFiles(status);
    }
  } catch (error) {
    $('title').textContent = 'The assessment could not be loaded';
    showRequestProblem(error);
    finished();
  }
  followFiles();
  loadScenarioList();
}

start();
