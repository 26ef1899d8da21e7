// The report's inline script: filters, keyboard navigation between findings, the outline's current
// section and the confidence strip. Plain ES2020 in a string so it ships inside the HTML file as is;
// the browser tests run it. It reads everything it needs from the server-rendered page.
/** The body attribute holding the tables the script reads (severity ranks, score bands), as JSON. */
export const CLIENT_DATA_ATTRIBUTE = 'data-report';

export const CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var doc = document;
  var root = doc.documentElement;
  var cards = Array.prototype.slice.call(doc.querySelectorAll('.finding'));
  var pairs = Array.prototype.slice.call(doc.querySelectorAll('section.pair'));
  var marks = Array.prototype.slice.call(doc.querySelectorAll('mark.m'));
  var outlineLinks = Array.prototype.slice.call(doc.querySelectorAll('.outline a[data-pi]'));
  var filterBoxes = Array.prototype.slice.call(doc.querySelectorAll('input[data-filter]'));
  var onlyBox = doc.getElementById('only-findings');
  var position = doc.getElementById('nav-pos');
  var toolbar = doc.querySelector('.toolbar');
  var strip = doc.getElementById('strip');
  var canvas = strip ? strip.querySelector('canvas') : null;
  var viewBox = strip ? strip.querySelector('.view') : null;
  // severity ranks (higher is more severe) and score bands, from the page's data
  var DATA = JSON.parse(doc.body.getAttribute('${CLIENT_DATA_ATTRIBUTE}'));
  var RANK = DATA.severityRank;

  var cardById = {};
  cards.forEach(function (card) { cardById[card.id] = card; });
  var visible = {};
  var current = null;

  function list(el, name) {
    var value = el.getAttribute(name);
    return value ? value.split(' ') : [];
  }
  function isVisible(id) { return visible[id] === true; }
  function markIds(mark) {
    return list(mark, 'data-v').concat(list(mark, 'data-s'), list(mark, 'data-w'), list(mark, 'data-c'));
  }

  // marks of every finding, so activating one lights its marks on both sides
  var marksOf = {};
  marks.forEach(function (mark) {
    markIds(mark).forEach(function (id) {
      (marksOf[id] = marksOf[id] || []).push(mark);
    });
  });

  function paintMark(mark) {
    var v = list(mark, 'data-v').filter(isVisible);
    var s = list(mark, 'data-s').filter(isVisible);
    var w = list(mark, 'data-w').filter(isVisible);
    var c = list(mark, 'data-c').filter(isVisible);
    var all = v.concat(s, w, c);
    var style = v.length ? 'value' : s.length ? 'span' : w.length ? 'whole' : c.length ? 'context' : 'off';
    var severity = 'info';
    all.forEach(function (id) {
      var sev = cardById[id] && cardById[id].getAttribute('data-sev');
      if (sev && RANK[sev] > RANK[severity]) severity = sev;
    });
    mark.className = 'm s-' + style + ' sev-' + severity + (current && all.indexOf(current) >= 0 ? ' active' : '');
  }

  // ---------------------------------------------------------------- filters
  function checked(kind) {
    var set = {};
    filterBoxes.forEach(function (box) {
      if (box.getAttribute('data-filter') === kind && box.checked) set[box.value] = true;
    });
    return set;
  }

  function applyFilters() {
    var kinds = checked('kind');
    var severities = checked('sev');
    visible = {};
    cards.forEach(function (card) {
      var show = kinds[card.getAttribute('data-kind')] === true && severities[card.getAttribute('data-sev')] === true;
      card.hidden = !show;
      if (show) visible[card.id] = true;
    });
    marks.forEach(paintMark);
    var only = onlyBox && onlyBox.checked;
    doc.body.classList.toggle('only-findings', !!only);
    pairs.forEach(function (pair) {
      pair.classList.toggle('quiet', !list(pair, 'data-f').some(isVisible));
    });
    updateOutlineCounts();
    if (current && !isVisible(current)) deactivate();
    updatePosition();
    scheduleStrip();
  }

  function updateOutlineCounts() {
    var counts = {};
    cards.forEach(function (card) {
      if (card.hidden) return;
      var sev = card.getAttribute('data-sev');
      list(card, 'data-o').forEach(function (entry) {
        var c = counts[entry] || (counts[entry] = { n: 0, sev: 'info' });
        c.n += 1;
        if (RANK[sev] > RANK[c.sev]) c.sev = sev;
      });
    });
    outlineLinks.forEach(function (link) {
      var badge = link.querySelector('.count');
      var c = counts[link.getAttribute('data-o')];
      badge.textContent = c ? String(c.n) : '';
      badge.className = 'count' + (c ? ' sev-' + c.sev : '');
      badge.hidden = !c;
    });
  }

  // ---------------------------------------------------------------- navigation
  function visibleCards() {
    return cards.filter(function (card) { return !card.hidden; });
  }

  function updatePosition() {
    if (!position) return;
    var shown = visibleCards();
    var at = current ? shown.indexOf(cardById[current]) : -1;
    position.textContent = shown.length === 0 ? 'No findings shown'
      : at >= 0 ? 'Finding ' + (at + 1) + ' of ' + shown.length
      : shown.length + (shown.length === 1 ? ' finding' : ' findings');
  }

  function deactivate() {
    if (!current) return;
    var card = cardById[current];
    if (card) card.classList.remove('active');
    (marksOf[current] || []).forEach(function (mark) { mark.classList.remove('active'); });
    current = null;
    updatePosition();
  }

  function toolbarHeight() { return toolbar ? toolbar.getBoundingClientRect().height : 0; }
  // the lowest edge of what stays pinned at the top: the toolbar and the column headings
  var colhead = doc.querySelector('.colhead');
  function topLine() { return toolbarHeight() + (colhead ? colhead.offsetHeight : 0); }

  function activate(id, scroll) {
    var card = cardById[id];
    if (!card || card.hidden) return;
    deactivate();
    current = id;
    card.classList.add('active');
    var own = (marksOf[id] || []).filter(function (mark) { return !mark.classList.contains('s-off'); });
    own.forEach(function (mark) { mark.classList.add('active'); });
    if (scroll) {
      // bring the marked text and its card into view together; when both do not fit, the text first
      var line = topLine() + 16;
      var room = window.innerHeight - line - 24;
      var first = own.length ? own[0].closest('.row') || own[0] : null;
      var top = first ? Math.min(first.getBoundingClientRect().top, own[0].getBoundingClientRect().top) : card.getBoundingClientRect().top;
      var bottom = card.getBoundingClientRect().bottom;
      var offset = bottom - top <= room ? top - line - (room - (bottom - top)) / 3
        : first ? own[0].getBoundingClientRect().top - line - 24 : top - line;
      window.scrollTo(0, Math.max(0, window.scrollY + offset));
    }
    card.focus({ preventScroll: true });
    if (window.history && history.replaceState) history.replaceState(null, '', '#finding-' + id);
    updatePosition();
  }

  function step(delta) {
    var shown = visibleCards();
    if (shown.length === 0) return;
    var at = current ? shown.indexOf(cardById[current]) : -1;
    var next;
    if (at < 0) {
      // nothing active: start from what is on screen
      var line = toolbarHeight() + 10;
      next = delta > 0 ? 0 : shown.length - 1;
      for (var i = 0; i < shown.length; i += 1) {
        if (shown[i].getBoundingClientRect().top > line) { next = delta > 0 ? i : Math.max(0, i - 1); break; }
      }
    } else {
      next = (at + delta + shown.length) % shown.length;
    }
    activate(shown[next].id, true);
  }

  doc.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target && (target.isContentEditable || target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && target.type !== 'checkbox'))) return;
    if (event.key === 'j' || event.key === 'n') step(1);
    else if (event.key === 'k' || event.key === 'p') step(-1);
    else if (event.key === 'Escape') deactivate();
    else return;
    event.preventDefault();
  });

  doc.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var button = target.closest('button[data-step]');
    if (button) { step(Number(button.getAttribute('data-step'))); return; }
    var mark = target.closest('mark.m');
    if (mark) {
      var ids = markIds(mark).filter(isVisible);
      if (ids.length) activate(ids[0], false);
      return;
    }
    var card = target.closest('.finding');
    if (card) activate(card.id, false);
  });

  filterBoxes.forEach(function (box) { box.addEventListener('change', applyFilters); });
  if (onlyBox) onlyBox.addEventListener('change', applyFilters);

  // ---------------------------------------------------------------- strip and outline position
  var layoutCache = null; // pairs' tops and heights in document coordinates
  var COLORS = null;

  function measure() {
    var scrollY = window.scrollY;
    layoutCache = [];
    pairs.forEach(function (pair) {
      if (pair.offsetParent === null) return;
      var rect = pair.getBoundingClientRect();
      layoutCache.push({ top: rect.top + scrollY, height: rect.height, pair: pair });
    });
  }

  function color(name) {
    if (!COLORS) {
      var style = getComputedStyle(root);
      COLORS = {};
      ['good', 'mid', 'low', 'none', 'error', 'warning', 'info'].forEach(function (n) {
        COLORS[n] = style.getPropertyValue('--' + n).trim() || '#999';
      });
      COLORS.warning = '#d49a1f';
    }
    return COLORS[name];
  }

  function bandOf(pair) {
    var type = pair.getAttribute('data-type');
    var score = Number(pair.getAttribute('data-score'));
    if (type === '1-0' || type === '0-1') return 'none';
    return score < DATA.reviewThreshold ? 'low' : score < DATA.confidentScore ? 'mid' : 'good';
  }

  function drawStrip() {
    if (!canvas) return;
    measure();
    var width = strip.clientWidth;
    var height = strip.clientHeight;
    var ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    var context = canvas.getContext('2d');
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    var total = Math.max(1, root.scrollHeight);
    var scale = height / total;
    layoutCache.forEach(function (entry) {
      context.fillStyle = color(bandOf(entry.pair));
      context.fillRect(2, entry.top * scale, width - 8, Math.max(1, entry.height * scale));
    });
    visibleCards().forEach(function (card) {
      var rect = card.getBoundingClientRect();
      var y = (rect.top + window.scrollY) * scale;
      context.fillStyle = color(card.getAttribute('data-sev'));
      context.fillRect(width - 5, Math.max(0, y - 1), 4, 3);
    });
    updateView();
  }

  var stripPending = false;
  function scheduleStrip() {
    if (stripPending) return;
    stripPending = true;
    requestAnimationFrame(function () { stripPending = false; drawStrip(); });
  }

  function updateView() {
    if (!viewBox) return;
    var scale = strip.clientHeight / Math.max(1, root.scrollHeight);
    viewBox.style.top = (window.scrollY * scale) + 'px';
    viewBox.style.height = Math.max(4, window.innerHeight * scale) + 'px';
  }

  function pairAt(y) {
    if (!layoutCache) measure();
    var lo = 0, hi = layoutCache.length - 1, found = null;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (layoutCache[mid].top <= y) { found = layoutCache[mid]; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  }

  if (strip) {
    var dragging = false;
    var scrollToStrip = function (event) {
      var rect = strip.getBoundingClientRect();
      var y = (event.clientY - rect.top) / rect.height * root.scrollHeight;
      window.scrollTo(0, Math.max(0, y - window.innerHeight / 2));
    };
    strip.addEventListener('mousedown', function (event) { dragging = true; scrollToStrip(event); event.preventDefault(); });
    window.addEventListener('mousemove', function (event) { if (dragging) scrollToStrip(event); });
    window.addEventListener('mouseup', function () { dragging = false; });
    strip.addEventListener('mousemove', function (event) {
      var rect = strip.getBoundingClientRect();
      var entry = pairAt((event.clientY - rect.top) / rect.height * root.scrollHeight);
      if (entry) {
        var pair = entry.pair;
        strip.title = 'Pair ' + pair.id + ' · ' + pair.getAttribute('data-type') + ' · score ' + pair.getAttribute('data-score') + '\nClick to go there';
      }
    });
  }

  var currentLink = null;
  function updateOutlinePosition() {
    if (!outlineLinks.length) return;
    measure();
    // the section being read: the one holding the line a third of the way down the text
    var entry = pairAt(window.scrollY + topLine() + (window.innerHeight - topLine()) / 3);
    var index = entry ? Number(entry.pair.getAttribute('data-i')) : 0;
    var best = null;
    for (var i = 0; i < outlineLinks.length; i += 1) {
      if (Number(outlineLinks[i].getAttribute('data-pi')) <= index) best = outlineLinks[i]; else break;
    }
    if (best === currentLink) return;
    if (currentLink) currentLink.classList.remove('current');
    currentLink = best;
    if (best) {
      best.classList.add('current');
      var box = best.closest('.outline');
      var top = best.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
      if (top < box.scrollTop + 40 || top > box.scrollTop + box.clientHeight - 60) box.scrollTop = top - box.clientHeight / 3;
    }
  }

  var scrollPending = false;
  window.addEventListener('scroll', function () {
    if (scrollPending) return;
    scrollPending = true;
    requestAnimationFrame(function () { scrollPending = false; updateView(); updateOutlinePosition(); });
  }, { passive: true });

  function onResize() {
    root.style.setProperty('--toolbar-h', toolbarHeight() + 'px');
    scheduleStrip();
  }
  window.addEventListener('resize', onResize);
  // pairs drawn for the first time (content-visibility) take their real height: redraw the strip
  var main = doc.getElementById('doc');
  if (main && window.ResizeObserver) new ResizeObserver(scheduleStrip).observe(main);

  applyFilters();
  // layout is read only in the first frame, so parsing the page never waits for it
  requestAnimationFrame(function () {
    onResize();
    // '#finding-f4' names no element, so the browser leaves the scrolling to activate()
    var start = location.hash.indexOf('#finding-') === 0 ? location.hash.slice(9) : '';
    if (cardById[start]) activate(start, true);
    updateOutlinePosition();
    root.setAttribute('data-ready', 'true');
    // the moment the page is laid out and interactive, for load-time measurements
    if (window.performance && performance.mark) performance.mark('report-ready');
  });
})();
`;
