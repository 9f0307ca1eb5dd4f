/*
 * Book search (vanilla JS, no build step). Nothing is fetched on first paint: lunr.min.js and the index
 * script load on the first focus of the search box, or on "/" or Ctrl-K (which focus it). Both load as
 * <script> elements, not fetch(), so search also works when the site is opened from disk (file://).
 * The index (search/index.js) sets window.bookSearchData = { index: <lunr 2.3.9 JSON>, store: {ref: {chapter, section, text}} }.
 * On a page reached from a result, ?highlight=term+term marks those terms inside <main>.
 * User Timing entries (read by the search-browser benchmark, visible in DevTools): book-search:fetch
 * (the two scripts), book-search:index-load (lunr.Index.load), book-search:query (one query, rendered).
 */
(function () {
  'use strict';

  var MAX_RESULTS = 10;
  var input, results, root;
  var state = { loading: null, index: null, store: null, items: [], active: -1, timer: 0 };

  function ready(fn) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn);
    else fn();
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.async = true;
      s.onload = resolve;
      s.onerror = function () { reject(new Error('could not load ' + src)); };
      document.head.appendChild(s);
    });
  }

  /* ---- lazy loading ---- */

  function measure(name, startMark) {
    try { performance.measure(name, startMark); } catch (e) { /* no User Timing: nothing to record */ }
  }

  function mark(name) {
    try { performance.mark(name); } catch (e) { /* as above */ }
  }

  function ensureLoaded() {
    if (state.loading) return state.loading;
    mark('book-search:load-start');
    showMessage('Loading the search index…');
    var lunrSrc = input.getAttribute('data-lunr');
    var indexSrc = input.getAttribute('data-index');
    var lunrReady = window.lunr ? Promise.resolve() : loadScript(lunrSrc);
    state.loading = lunrReady
      .then(function () { return window.bookSearchData ? null : loadScript(indexSrc); })
      .then(function () {
        measure('book-search:fetch', 'book-search:load-start');
        mark('book-search:fetched');
        var data = window.bookSearchData;
        if (!data || !data.index) throw new Error('the search index script did not define bookSearchData');
        state.index = window.lunr.Index.load(data.index);
        measure('book-search:index-load', 'book-search:fetched');
        state.store = data.store || {};
        if (document.activeElement === input) update();
        else clearResults();
      })
      .catch(function (e) {
        state.loading = null;
        showMessage('Search is unavailable: ' + e.message);
        throw e;
      });
    return state.loading;
  }

  /* ---- querying ---- */

  // Users type words, not lunr syntax: a query that does not parse is retried as plain words, and a
  // query with no hits as prefixes (so results appear while the last word is still being typed).
  function runQuery(q) {
    var idx = state.index;
    var hits = [];
    try { hits = idx.search(q); } catch (e) { hits = []; }
    if (hits.length) return hits;
    var words = q.toLowerCase().split(/[\s\-]+/).map(function (w) { return w.replace(/[:^~+*\\]/g, ''); })
      .filter(function (w) { return w.length > 0; });
    if (!words.length) return [];
    try { hits = idx.search(words.join(' ')); } catch (e) { hits = []; }
    if (hits.length) return hits;
    try { return idx.search(words.map(function (w) { return w + '*'; }).join(' ')); } catch (e) { return []; }
  }

  function update() {
    var q = input.value.trim();
    if (!q) { clearResults(); return; }
    if (!state.index) { ensureLoaded().catch(function () {}); return; }
    mark('book-search:query-start');
    var hits = runQuery(q);
    render(q, hits.slice(0, MAX_RESULTS), hits.length);
    measure('book-search:query', 'book-search:query-start');
  }

  /* ---- rendering ---- */

  function escapeHtml(s) {
    return s.replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  // True when a word of the page would have been indexed as one of the matched terms. Uses the index's
  // own search pipeline (the stemmer, or nothing when the site turned stemming off).
  function termMatcher(terms) {
    var set = {};
    terms.forEach(function (t) { set[t] = true; });
    var pipeline = state.index && state.index.pipeline;
    return function (word) {
      var w = word.toLowerCase().replace(/^\W+/, '').replace(/\W+$/, '');
      if (!w) return false;
      if (set[w]) return true;
      var stemmed = pipeline ? pipeline.runString(w) : [w];
      return stemmed.some(function (s) { return set[s]; });
    };
  }

  function highlightText(text, matches) {
    return text.split(/([\s\-]+)/).map(function (part, i) {
      var html = escapeHtml(part);
      return i % 2 === 0 && matches(part) ? '<mark>' + html + '</mark>' : html;
    }).join('');
  }

  // A window of the stored text around the first matched word, so the snippet shows why it matched.
  function snippet(text, matches) {
    var words = text.split(/\s+/);
    var first = -1;
    for (var i = 0; i < words.length; i++) if (matches(words[i])) { first = i; break; }
    var start = first > 12 ? first - 8 : 0;
    var cut = words.slice(start, start + 36).join(' ');
    return (start > 0 ? '…' : '') + highlightText(cut, matches) + (start + 36 < words.length ? '…' : '');
  }

  function resultUrl(ref, terms) {
    var hash = '';
    var at = ref.indexOf('#');
    if (at >= 0) { hash = ref.slice(at); ref = ref.slice(0, at); }
    var query = terms.length ? '?highlight=' + terms.map(encodeURIComponent).join('+') : '';
    return root + ref + query + hash;
  }

  function render(q, hits, total) {
    state.items = [];
    state.active = -1;
    input.removeAttribute('aria-activedescendant');
    if (!hits.length) {
      showMessage('No results for “' + q + '”');
      return;
    }
    var html = '';
    hits.forEach(function (hit, i) {
      var entry = state.store[hit.ref] || { chapter: '', section: hit.ref, text: '' };
      var terms = Object.keys(hit.matchData.metadata);
      var matches = termMatcher(terms);
      var url = resultUrl(hit.ref, terms);
      state.items.push(url);
      html += '<li><a class="search-result" role="option" aria-selected="false" id="search-result-' + i + '" href="' + escapeHtml(url) + '" tabindex="-1">' +
        '<span class="search-result-where">' +
        (entry.chapter ? '<span class="search-result-chapter">' + highlightText(entry.chapter, matches) + '</span><span class="search-result-sep" aria-hidden="true"> › </span>' : '') +
        '<span class="search-result-section">' + highlightText(entry.section, matches) + '</span></span>' +
        (entry.text ? '<span class="search-result-snippet">' + snippet(entry.text, matches) + '</span>' : '') +
        '</a></li>';
    });
    var more = total > hits.length ? '<p class="search-more">' + (total - hits.length) + ' more results: refine the query</p>' : '';
    results.innerHTML = '<ul class="search-list" role="listbox" aria-label="Search results">' + html + '</ul>' + more;
    open(true);
  }

  function showMessage(text) {
    state.items = [];
    state.active = -1;
    input.removeAttribute('aria-activedescendant');
    results.innerHTML = '<p class="search-message" role="status">' + escapeHtml(text) + '</p>';
    open(true);
  }

  function clearResults() {
    results.innerHTML = '';
    state.items = [];
    state.active = -1;
    input.removeAttribute('aria-activedescendant');
    open(false);
  }

  function open(isOpen) {
    input.setAttribute('aria-expanded', isOpen ? 'true' : 'false');
    results.classList.toggle('is-open', isOpen);
  }

  function setActive(i) {
    var options = results.querySelectorAll('[role="option"]');
    if (!options.length) return;
    i = (i + options.length) % options.length;
    if (state.active >= 0 && options[state.active]) options[state.active].setAttribute('aria-selected', 'false');
    state.active = i;
    options[i].setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', options[i].id);
    options[i].scrollIntoView({ block: 'nearest' });
  }

  /* ---- keyboard ---- */

  function onInputKey(e) {
    if (e.key === 'ArrowDown') { e.preventDefault(); setActive(state.active + 1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActive(state.active - 1); }
    else if (e.key === 'Enter') {
      var target = state.items[state.active >= 0 ? state.active : 0];
      if (target) { e.preventDefault(); window.location.href = target; }
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (results.classList.contains('is-open')) clearResults();
      else { input.value = ''; input.blur(); }
    }
  }

  function isTyping(el) {
    if (!el) return false;
    var tag = el.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable;
  }

  function onGlobalKey(e) {
    var ctrlK = (e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'k' || e.key === 'K');
    var slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(document.activeElement);
    if (ctrlK || slash) {
      e.preventDefault();
      input.focus();
      input.select();
    }
  }

  /* ---- highlighting on the target page ---- */

  function highlightPage() {
    var params = new URLSearchParams(window.location.search);
    var raw = params.get('highlight');
    var main = document.querySelector('main');
    if (!raw || !main) return;
    var terms = raw.split(/[\s+]+/).map(function (t) { return t.toLowerCase(); }).filter(function (t) { return t.length > 0; });
    if (!terms.length) return;
    // Terms are index terms (stems when stemming is on): a word matches when it starts with one and
    // carries at most a suffix's worth of extra letters ("quantiz" marks quantize, quantization).
    function matches(word) {
      var w = word.toLowerCase();
      return terms.some(function (t) { return w.lastIndexOf(t, 0) === 0 && w.length - t.length <= 5; });
    }
    var walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        var p = node.parentNode;
        if (!node.nodeValue.trim() || p.closest('script, style, mark, button, .katex, svg, textarea')) return NodeFilter.FILTER_REJECT;
        return NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    var count = 0;
    nodes.forEach(function (node) {
      var parts = node.nodeValue.split(/([^\w\u00C0-\uFFFF]+)/);
      if (!parts.some(function (p, i) { return i % 2 === 0 && p && matches(p); })) return;
      var frag = document.createDocumentFragment();
      parts.forEach(function (p, i) {
        if (i % 2 === 0 && p && matches(p)) {
          var mark = document.createElement('mark');
          mark.className = 'search-hit';
          mark.textContent = p;
          frag.appendChild(mark);
          count++;
        } else if (p) {
          frag.appendChild(document.createTextNode(p));
        }
      });
      node.parentNode.replaceChild(frag, node);
    });
    if (!count) return;
    var bar = document.createElement('div');
    bar.className = 'search-hits-bar';
    bar.setAttribute('role', 'status');
    bar.innerHTML = '<span>' + count + ' highlighted match' + (count === 1 ? '' : 'es') + ' for “' + escapeHtml(terms.join(' ')) + '”</span> ';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'search-clear-hits';
    button.textContent = 'Clear highlights';
    button.addEventListener('click', function () {
      main.querySelectorAll('mark.search-hit').forEach(function (m) {
        m.parentNode.replaceChild(document.createTextNode(m.textContent), m);
      });
      main.normalize();
      bar.remove();
      params.delete('highlight');
      var search = params.toString();
      history.replaceState(history.state, '', window.location.pathname + (search ? '?' + search : '') + window.location.hash);
    });
    bar.appendChild(button);
    main.insertBefore(bar, main.firstChild);
  }

  /* ---- wiring ---- */

  ready(function () {
    highlightPage();
    input = document.getElementById('search-input');
    results = document.getElementById('search-results');
    if (!input || !results) return;
    root = document.body.getAttribute('data-root') || '';
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', 'search-results');
    input.setAttribute('aria-expanded', 'false');
    results.classList.add('search-results');

    input.addEventListener('focus', function () {
      ensureLoaded().catch(function () {});
      if (input.value.trim() && state.index) update();
    });
    input.addEventListener('input', function () {
      clearTimeout(state.timer);
      state.timer = setTimeout(update, 60);
    });
    input.addEventListener('keydown', onInputKey);
    document.addEventListener('keydown', onGlobalKey);
    results.addEventListener('mousedown', function (e) { e.preventDefault(); });
    document.addEventListener('click', function (e) {
      if (!e.target.closest || !e.target.closest('.site-search, #search-results')) {
        if (e.target !== input) clearResults();
      }
    });
  });
})();
