// The report's inline script: filters, keyboard navigation between findings (and the address bar's
// #finding-… with Back and Forward), search over both texts, the reviewer's verdicts and the
// baseline they make, the coverage view, the outline's current section and the confidence strip. Plain ES2020 in a string so it ships inside the HTML file as is;
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
    // the address names the finding without adding to the history, unless it already does
    if (location.hash !== '#finding-' + id && window.history && history.replaceState) history.replaceState(null, '', '#finding-' + id);
    updatePosition();
  }

  // '#finding-f4' names no element, so the browser leaves the scrolling to activate(); a changed
  // address (typed, a link, Back and Forward) activates the finding it names
  function followHash() {
    var id = location.hash.indexOf('#finding-') === 0 ? location.hash.slice(9) : '';
    if (cardById[id]) {
      if (id !== current) activate(id, true);
    } else if (current && location.hash === '') {
      deactivate();
    }
  }
  window.addEventListener('hashchange', followHash);
  window.addEventListener('popstate', followHash);

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
    if (target === searchBox) {
      if (event.key === 'Enter') searchStep(event.shiftKey ? -1 : 1);
      else if (event.key === 'Escape') { searchBox.value = ''; runSearch(); searchBox.blur(); }
      else return;
      event.preventDefault();
      return;
    }
    if (target && (target.isContentEditable || target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && target.type !== 'checkbox'))) return;
    if (event.key === 'j' || event.key === 'n') step(1);
    else if (event.key === 'k' || event.key === 'p') step(-1);
    else if (event.key === 'a' && current) review(current, 'accepted');
    else if (event.key === 'r' && current) review(current, 'rejected');
    else if (event.key === '/' && searchBox) searchBox.focus();
    else if (event.key === 'Escape') deactivate();
    else return;
    event.preventDefault();
  });

  doc.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var button = target.closest('button[data-step]');
    if (button) { step(Number(button.getAttribute('data-step'))); return; }
    var verdict = target.closest('button[data-review]');
    if (verdict) {
      var reviewed = verdict.closest('.finding');
      review(reviewed.id, verdict.getAttribute('data-review'));
      activate(reviewed.id, false);
      return;
    }
    var searchButton = target.closest('button[data-search-step]');
    if (searchButton) { searchStep(Number(searchButton.getAttribute('data-search-step'))); return; }
    if (target.closest('#download-baseline')) { downloadBaseline(); return; }
    var mark = target.closest('mark.m');
    if (mark) {
      var ids = markIds(mark).filter(isVisible);
      if (ids.length) activate(ids[0], false);
      return;
    }
    var card = target.closest('.finding');
    if (card) activate(card.id, false);
  });

  // ---------------------------------------------------------------- text ranges
  // The characters a cell or unit shows, each with the text node and offset it comes from, so a
  // stretch found in the text can be wrapped in an element however the marks have cut it up.
  function textIndex(element, fold) {
    var walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    var chars = '';
    var nodes = [];
    var offsets = [];
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var text = node.data;
      for (var i = 0; i < text.length;) {
        var width = text.codePointAt(i) > 0xffff ? 2 : 1;
        var piece = text.slice(i, i + width);
        // matching folds as the pipeline does (NFKC), ignores case and white space: '3GeV' finds the PDF's '3 G e V'
        var folded = fold ? piece.normalize('NFKC').toLowerCase().replace(/\s+/g, '') : piece;
        for (var k = 0; k < folded.length; k += 1) {
          chars += folded[k];
          nodes.push(node);
          offsets.push(fold ? i : i + k);
        }
        i += width;
      }
    }
    return { chars: chars, nodes: nodes, offsets: offsets, folded: fold };
  }

  // index positions [first, last) → pieces of text nodes
  function piecesOf(index, first, last) {
    var pieces = [];
    for (var i = first; i < last; i += 1) {
      var node = index.nodes[i];
      var start = index.offsets[i];
      var end = start + (index.folded && node.data.codePointAt(start) > 0xffff ? 2 : 1);
      var piece = pieces[pieces.length - 1];
      // one match in one text node is one piece: the white space it skipped lies inside it
      if (piece && piece.node === node) piece.end = Math.max(piece.end, end);
      else pieces.push({ node: node, start: start, end: end });
    }
    return pieces;
  }

  // wraps every piece in a new element made by make(); pieces of one node are cut from the last one
  // back, so the offsets of the others stay true
  function wrapPieces(pieces, make) {
    var made = [];
    for (var i = pieces.length - 1; i >= 0; i -= 1) {
      var piece = pieces[i];
      var node = piece.node;
      if (piece.end < node.data.length) node.splitText(piece.end);
      var middle = piece.start > 0 ? node.splitText(piece.start) : node;
      var element = make();
      middle.parentNode.insertBefore(element, middle);
      element.appendChild(middle);
      made.unshift(element);
    }
    return made;
  }

  function unwrap(elements) {
    var parents = [];
    elements.forEach(function (element) {
      var parent = element.parentNode;
      if (!parent) return;
      while (element.firstChild) parent.insertBefore(element.firstChild, element);
      parent.removeChild(element);
      parents.push(parent);
    });
    parents.forEach(function (parent) { parent.normalize(); });
  }

  // ---------------------------------------------------------------- search
  var searchBox = doc.getElementById('search');
  var searchCount = doc.getElementById('search-count');
  var hits = []; // one list of elements per match
  var hitAt = -1;
  var MAX_HITS = 2000;

  function runSearch() {
    unwrap(Array.prototype.concat.apply([], hits));
    hits = [];
    hitAt = -1;
    var needle = searchBox ? searchBox.value.normalize('NFKC').toLowerCase().replace(/\s+/g, '') : '';
    if (needle) {
      var units = doc.querySelectorAll('main .tx .u');
      for (var u = 0; u < units.length && hits.length < MAX_HITS; u += 1) {
        var index = textIndex(units[u], true);
        var found = [];
        for (var at = index.chars.indexOf(needle); at >= 0 && hits.length + found.length < MAX_HITS; at = index.chars.indexOf(needle, at + needle.length)) {
          found.push(piecesOf(index, at, at + needle.length));
        }
        // from the last match back: wrapping splits the text nodes the earlier ones point at
        for (var f = found.length - 1; f >= 0; f -= 1) {
          found[f] = wrapPieces(found[f], function () { var hit = doc.createElement('mark'); hit.className = 'hit'; return hit; });
        }
        hits = hits.concat(found);
      }
    }
    if (searchCount) {
      searchCount.textContent = !needle ? '' : hits.length === 0 ? 'No match'
        : (hits.length >= MAX_HITS ? MAX_HITS + '+' : String(hits.length)) + (hits.length === 1 ? ' match' : ' matches');
    }
    if (hits.length) searchStep(1);
  }

  function searchStep(delta) {
    if (!hits.length) return;
    var shown = function (at) { return hits[at][0].getClientRects().length > 0; };
    var next = hitAt;
    for (var tries = 0; tries < hits.length; tries += 1) {
      next = hitAt < 0 && delta > 0 && tries === 0 ? 0 : (next + delta + hits.length) % hits.length;
      if (shown(next)) break;
    }
    if (hitAt >= 0) hits[hitAt].forEach(function (hit) { hit.classList.remove('current'); });
    hitAt = next;
    hits[hitAt].forEach(function (hit) { hit.classList.add('current'); });
    hits[hitAt][0].scrollIntoView({ block: 'center' });
    if (searchCount) searchCount.textContent = (hitAt + 1) + ' of ' + (hits.length >= MAX_HITS ? MAX_HITS + '+' : hits.length);
  }

  var searchTimer = 0;
  if (searchBox) searchBox.addEventListener('input', function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(runSearch, 120);
  });

  // ---------------------------------------------------------------- review and baseline
  // verdicts by fingerprint, kept in this browser under both documents' hashes
  var verdicts = {};
  var storage = null;
  try { storage = window.localStorage; verdicts = JSON.parse(storage.getItem(DATA.reviewKey) || '{}') || {}; } catch (error) { storage = null; }
  var reviewCount = doc.getElementById('review-count');
  var downloadButton = doc.getElementById('download-baseline');

  function showVerdicts() {
    var accepted = 0;
    var rejected = 0;
    cards.forEach(function (card) {
      var verdict = verdicts[card.getAttribute('data-fp')];
      card.classList.toggle('accepted', verdict === 'accepted');
      card.classList.toggle('rejected', verdict === 'rejected');
      Array.prototype.forEach.call(card.querySelectorAll('button[data-review]'), function (button) {
        button.setAttribute('aria-pressed', String(button.getAttribute('data-review') === verdict));
      });
      if (verdict === 'accepted') accepted += 1;
      if (verdict === 'rejected') rejected += 1;
    });
    if (reviewCount) reviewCount.textContent = accepted + ' accepted · ' + rejected + ' rejected';
    if (downloadButton) downloadButton.disabled = accepted === 0;
  }

  // a second click on the same verdict takes it back
  function review(id, verdict) {
    var card = cardById[id];
    if (!card) return;
    var fingerprint = card.getAttribute('data-fp');
    if (verdicts[fingerprint] === verdict) delete verdicts[fingerprint]; else verdicts[fingerprint] = verdict;
    try { if (storage) storage.setItem(DATA.reviewKey, JSON.stringify(verdicts)); } catch (error) { /* kept for this visit only */ }
    showVerdicts();
  }

  // the accepted findings, with the entries of the baseline the page was made with, in the baseline
  // format of src/diff/baseline.ts (serializeBaseline)
  function baselineText() {
    var findings = DATA.baseline.filter(function (entry) { return DATA.kept.indexOf(entry.id) >= 0 || verdicts[entry.id] === 'accepted'; });
    return JSON.stringify({ schema: DATA.baselineSchema, findings: findings }, null, 2) + '\n';
  }

  function downloadBaseline() {
    var link = doc.createElement('a');
    link.href = URL.createObjectURL(new Blob([baselineText()], { type: 'application/json' }));
    link.download = 'strategy-align-baseline.json';
    doc.body.appendChild(link);
    link.click();
    doc.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 0);
  }

  // ---------------------------------------------------------------- coverage view
  var coverageBox = doc.getElementById('coverage');
  var coverageDrawn = false;
  var SOURCES = { s: 'supplement', d: 'dictionary', n: 'number or date', l: 'same Latin word', k: 'loanword', r: 'reading', a: 'learned association' };

  // 'gap+length' tokens, each gap from the end of the span before (coverage.ts)
  function spans(value) {
    var previous = 0;
    return (value || '').split(' ').filter(Boolean).map(function (token) {
      var parts = token.split('+');
      var start = previous + Number(parts[0]);
      previous = start + Number(parts[1]);
      return [start, previous];
    });
  }

  // the links and unlinked words of every sentence row, drawn once, when first asked for
  function drawCoverage() {
    coverageDrawn = true;
    Array.prototype.forEach.call(doc.querySelectorAll('.row[data-cov]'), function (row) {
      var jaCell = row.querySelector('.tx-ja');
      var enCell = row.querySelector('.tx-en');
      if (!jaCell || !enCell) return;
      var jaIndex = textIndex(jaCell, false);
      var enIndex = textIndex(enCell, false);
      var ja = spans(row.getAttribute('data-kj'));
      var en = spans(row.getAttribute('data-ke'));
      var sources = row.getAttribute('data-ks') || '';
      var jobs = [];
      ja.forEach(function (span, n) {
        var enSpan = en[n];
        var source = SOURCES[sources[n]] || '';
        var enText = enSpan ? enIndex.chars.slice(enSpan[0], enSpan[1]) : '';
        var jaText = jaIndex.chars.slice(span[0], span[1]);
        jobs.push({ pieces: piecesOf(jaIndex, span[0], span[1]), className: 'lk', link: n, title: enText + ' · ' + source });
        if (enSpan) jobs.push({ pieces: piecesOf(enIndex, enSpan[0], enSpan[1]), className: 'lk', link: n, title: jaText + ' · ' + source });
      });
      spans(row.getAttribute('data-nl')).forEach(function (span) {
        jobs.push({ pieces: piecesOf(jaIndex, span[0], span[1]), className: 'nl', title: 'No English counterpart found for this word' });
      });
      // every piece of a node cut from the last one back, whichever job it belongs to
      var all = [];
      jobs.forEach(function (job) { job.pieces.forEach(function (piece) { all.push({ node: piece.node, start: piece.start, end: piece.end, job: job }); }); });
      var byNode = new Map();
      all.forEach(function (piece) {
        if (!byNode.has(piece.node)) byNode.set(piece.node, []);
        byNode.get(piece.node).push(piece);
      });
      byNode.forEach(function (pieces) {
        pieces.sort(function (a, b) { return a.start - b.start; });
        for (var i = pieces.length - 1; i >= 0; i -= 1) {
          var piece = pieces[i];
          var job = piece.job;
          wrapPieces([piece], function () {
            var span = doc.createElement('span');
            span.className = job.className;
            span.title = job.title;
            if (job.link !== undefined) span.setAttribute('data-l', String(job.link));
            return span;
          });
        }
      });
    });
  }

  function applyCoverage() {
    var on = !!(coverageBox && coverageBox.checked);
    if (on && !coverageDrawn) drawCoverage();
    doc.body.classList.toggle('coverage', on);
  }
  if (coverageBox) coverageBox.addEventListener('change', applyCoverage);

  // hovering a linked word lights its counterpart in the other column
  var lit = [];
  doc.addEventListener('mouseover', function (event) {
    var target = event.target;
    var word = target instanceof Element ? target.closest('.coverage .lk') : null;
    lit.forEach(function (element) { element.classList.remove('on'); });
    lit = [];
    if (!word) return;
    var row = word.closest('.row');
    lit = Array.prototype.slice.call(row.querySelectorAll('.lk[data-l="' + word.getAttribute('data-l') + '"]'));
    lit.forEach(function (element) { element.classList.add('on'); });
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
  showVerdicts();
  applyCoverage();
  // layout is read only in the first frame, so parsing the page never waits for it
  requestAnimationFrame(function () {
    onResize();
    followHash();
    updateOutlinePosition();
    root.setAttribute('data-ready', 'true');
    // the moment the page is laid out and interactive, for load-time measurements
    if (window.performance && performance.mark) performance.mark('report-ready');
  });
})();
`;
