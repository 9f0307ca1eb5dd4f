/* The book theme's behaviour: theme toggle, menu drawer, scroll-spy, copy buttons, margin notes,
   glossary tooltips, scrollable regions, and KaTeX (loaded only on pages with math). No dependencies;
   works from file:// (no fetch, no modules). */
(function () {
  'use strict';

  var doc = document.documentElement;
  var script = document.currentScript;
  var narrow = window.matchMedia('(max-width: 1199.98px)');

  function store(key, value) {
    try { localStorage.setItem(key, value); } catch (e) { /* private mode: the choice lasts this page only */ }
  }

  /* ---- light / dark ---- */
  function isDark() {
    var chosen = doc.getAttribute('data-theme');
    if (chosen) { return chosen === 'dark'; }
    return window.matchMedia('(prefers-color-scheme: dark)').matches;
  }
  function initThemeToggle() {
    var button = document.querySelector('.theme-toggle');
    if (!button) { return; }
    var sync = function () {
      var dark = isDark();
      button.setAttribute('aria-pressed', dark ? 'true' : 'false');
      button.title = dark ? 'Switch to light mode' : 'Switch to dark mode';
    };
    button.addEventListener('click', function () {
      var next = isDark() ? 'light' : 'dark';
      doc.setAttribute('data-theme', next);
      store('book-theme', next);
      sync();
    });
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
    sync();
  }

  /* ---- menu drawer (phones) ---- */
  function initMenu() {
    var button = document.querySelector('.menu-toggle');
    var sidebar = document.getElementById('sidebar');
    if (!button || !sidebar) { return; }
    var setOpen = function (open) {
      sidebar.classList.toggle('is-open', open);
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    };
    button.addEventListener('click', function () {
      var open = !sidebar.classList.contains('is-open');
      setOpen(open);
      if (open) {
        var current = sidebar.querySelector('[aria-current="page"]') || sidebar.querySelector('a');
        if (current) { current.focus(); }
      }
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && sidebar.classList.contains('is-open')) {
        setOpen(false);
        button.focus();
      }
    });
    document.addEventListener('click', function (e) {
      if (sidebar.classList.contains('is-open') && !sidebar.contains(e.target) && !button.contains(e.target)) {
        setOpen(false);
      }
    });
  }

  /* ---- "On this page": highlight the section being read ---- */
  function initScrollSpy() {
    var links = Array.prototype.slice.call(document.querySelectorAll('.page-toc a[href^="#"]'));
    var targets = links.map(function (a) {
      return document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)));
    });
    if (links.length === 0) { return; }
    var ticking = false;
    var update = function () {
      ticking = false;
      var offset = (parseFloat(getComputedStyle(doc).getPropertyValue('--header-h')) || 3.5) * 16 + 24;
      var active = -1;
      for (var i = 0; i < targets.length; i++) {
        if (targets[i] && targets[i].getBoundingClientRect().top <= offset) { active = i; }
      }
      if (active < 0 && targets[0]) { active = 0; }
      links.forEach(function (a, i) {
        if (i === active) { a.classList.add('active'); a.setAttribute('aria-current', 'location'); }
        else { a.classList.remove('active'); a.removeAttribute('aria-current'); }
      });
    };
    window.addEventListener('scroll', function () {
      if (!ticking) { ticking = true; window.requestAnimationFrame(update); }
    }, { passive: true });
    update();
  }

  /* ---- copy buttons on code blocks ---- */
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    // file:// and plain http have no async clipboard: the old selection-based copy still works there.
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error('copy refused')); }
    });
  }
  function initCopyButtons() {
    var blocks = document.querySelectorAll('.page-body pre');
    Array.prototype.forEach.call(blocks, function (pre) {
      // The Markdown renderer writes <div class="code-block"><button class="copy-code">; other code gets one here.
      var button = pre.querySelector('.copy-button, .copy-code') ||
        (pre.parentElement && pre.parentElement.querySelector(':scope > .copy-code, :scope > .copy-button'));
      if (!button) {
        button = document.createElement('button');
        button.type = 'button';
        button.className = 'copy-button';
        button.textContent = 'Copy';
        var wrap = pre.parentElement;
        if (!wrap.classList.contains('code-block')) {
          wrap = document.createElement('div');
          wrap.className = 'code-block';
          pre.parentNode.insertBefore(wrap, pre);
          wrap.appendChild(pre);
        }
        wrap.insertBefore(button, pre);
      }
      button.setAttribute('aria-label', 'Copy code to clipboard');
      button.addEventListener('click', function () {
        var code = pre.querySelector('code') || pre;
        var text = code.innerText.replace(/\n$/, '');
        copyText(text).then(function () {
          button.textContent = 'Copied!';
          button.classList.add('copied');
        }, function () {
          button.textContent = 'Press Ctrl+C';
        }).then(function () {
          window.setTimeout(function () { button.textContent = 'Copy'; button.classList.remove('copied'); }, 2000);
        });
      });
    });
  }

  /* ---- margin notes: beside the text on wide screens, opened in place by the note number on narrow ones ---- */
  function initSidenotes() {
    var notes = document.querySelectorAll('.sidenote, .marginnote');
    Array.prototype.forEach.call(notes, function (note, i) {
      var ref = note.previousElementSibling;
      if (!ref) { return; }
      var link = ref.tagName === 'A' ? ref : ref.querySelector('a');
      if (!link) { return; }
      if (!note.id) { note.id = 'sidenote-' + (i + 1); }
      link.setAttribute('aria-controls', note.id);
      link.addEventListener('click', function (e) {
        if (!narrow.matches) { return; }
        e.preventDefault();
        var open = !note.classList.contains('is-open');
        note.classList.toggle('is-open', open);
        link.setAttribute('aria-expanded', open ? 'true' : 'false');
      });
    });
    if (notes.length > 0) { avoidContents(notes); }
  }
  // The right column starts with "On this page": push the first margin notes below it.
  function avoidContents(notes) {
    var toc = document.querySelector('.page-toc nav');
    var place = function () {
      Array.prototype.forEach.call(notes, function (n) { n.style.marginTop = ''; });
      if (!toc || narrow.matches) { return; }
      var bottom = toc.getBoundingClientRect().bottom + 16;
      Array.prototype.forEach.call(notes, function (n) {
        var top = n.getBoundingClientRect().top;
        if (top < bottom) { n.style.marginTop = (bottom - top) + 'px'; }
      });
    };
    place();
    narrow.addEventListener('change', place);
    window.addEventListener('load', place);
  }

  /* ---- glossary terms: the tooltip is CSS; give it to screen readers and let Escape hide it ---- */
  function initGlossary() {
    var terms = document.querySelectorAll('a.glossary-term[data-definition]');
    Array.prototype.forEach.call(terms, function (term, i) {
      var text = document.createElement('span');
      text.className = 'visually-hidden';
      text.id = 'glossary-def-' + (i + 1);
      text.textContent = term.getAttribute('data-definition');
      term.parentNode.insertBefore(text, term.nextSibling);
      term.setAttribute('aria-describedby', text.id);
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && document.activeElement && document.activeElement.classList &&
          document.activeElement.classList.contains('glossary-term')) {
        document.activeElement.blur();
      }
    });
  }

  /* ---- tables scroll sideways inside a wrapper; every scrolling box is reachable by keyboard ---- */
  function initScrollRegions() {
    var tables = document.querySelectorAll('.page-body table');
    Array.prototype.forEach.call(tables, function (table) {
      var parent = table.parentElement;
      if (parent.classList.contains('table-wrap') || (parent.tagName === 'FIGURE' && parent.classList.contains('table'))) { return; }
      var wrap = document.createElement('div');
      wrap.className = 'table-wrap';
      parent.insertBefore(wrap, table);
      wrap.appendChild(table);
    });
    markScrollable();
    window.addEventListener('resize', markScrollable);
  }
  function markScrollable() {
    var boxes = document.querySelectorAll('.page-body pre, .table-wrap, figure.table, .math.display, .katex-display');
    Array.prototype.forEach.call(boxes, function (box) {
      if (box.scrollWidth > box.clientWidth + 1) {
        if (!box.hasAttribute('tabindex')) { box.setAttribute('tabindex', '0'); box.setAttribute('data-scroll-focus', ''); }
      } else if (box.hasAttribute('data-scroll-focus')) {
        box.removeAttribute('tabindex');
        box.removeAttribute('data-scroll-focus');
      }
    });
  }

  /* ---- math: KaTeX, self-hosted, loaded only when the page has math ----
     KaTeX is ~120 KB gzip with its fonts, more than the text of most chapters. It loads as soon as math
     comes near the viewport (a screen ahead), else once the page has loaded and the browser is idle, so it
     never delays the first paint of a page whose opening screen has no math, and is ready before the
     reader scrolls to the first formula. */
  function loadScript(src, done) {
    var s = document.createElement('script');
    s.src = src;
    s.onload = done;
    s.onerror = function () { /* leave the TeX source visible */ };
    document.head.appendChild(s);
  }
  function renderMath(spans) {
    var css = script.getAttribute('data-katex-css');
    if (css) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = css;
      document.head.appendChild(link);
    }
    loadScript(script.getAttribute('data-katex'), function () {
      loadScript(script.getAttribute('data-katex-render'), function () {
        if (typeof window.renderMathInElement !== 'function') { return; }
        var options = {
          delimiters: [
            { left: '\\[', right: '\\]', display: true },
            { left: '\\(', right: '\\)', display: false }
          ],
          throwOnError: false
        };
        Array.prototype.forEach.call(spans, function (span) {
          window.renderMathInElement(span, options);
        });
        doc.classList.add('math-rendered');
        markScrollable();
      });
    });
  }
  function initMath() {
    var spans = document.querySelectorAll('.math.inline, .math.display');
    if (spans.length === 0 || !script) { return; }
    var started = false;
    var observer = null;
    function start() {
      if (started) { return; }
      started = true;
      if (observer) { observer.disconnect(); }
      renderMath(spans);
    }
    if ('IntersectionObserver' in window) {
      observer = new IntersectionObserver(function (entries) {
        for (var i = 0; i < entries.length; i++) {
          if (entries[i].isIntersecting) { start(); return; }
        }
      }, { rootMargin: '100% 0px' });
      Array.prototype.forEach.call(spans, function (span) { observer.observe(span); });
    }
    function whenIdle() {
      if (window.requestIdleCallback) { window.requestIdleCallback(start, { timeout: 2000 }); }
      else { setTimeout(start, 200); }
    }
    if (document.readyState === 'complete') { whenIdle(); }
    else { window.addEventListener('load', whenIdle); }
  }

  function init() {
    initThemeToggle();
    initMenu();
    initScrollSpy();
    initCopyButtons();
    initSidenotes();
    initGlossary();
    initScrollRegions();
    initMath();
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
})();
