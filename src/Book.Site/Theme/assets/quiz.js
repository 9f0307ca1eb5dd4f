/* Self-check quizzes: check answers in the browser, keep progress in localStorage (per chapter, quiz
   and question) and restore it on reload; fill the "Your progress" page. No server, works from file://.
   Storage: key "book-quiz:<page url>" -> { title, total, answers: { "<quiz id>/<question index>":
   { correct: bool, value: <the reader's answer> } } }. */
(function () {
  'use strict';

  var PREFIX = 'book-quiz:';
  var body = document.body;
  var page = body.getAttribute('data-page') || location.pathname;

  function load(key) {
    try { return JSON.parse(localStorage.getItem(key) || 'null'); } catch (e) { return null; }
  }
  function save(key, value) {
    try { localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* storage off: progress lasts this visit */ }
  }
  function pageState() {
    var state = load(PREFIX + page) || {};
    state.answers = state.answers || {};
    state.title = body.getAttribute('data-page-title') || document.title;
    state.total = document.querySelectorAll('.quiz-q').length;
    return state;
  }

  /* Fill-in answers match ignoring case, spacing, hyphens, quotes, final punctuation and a leading article. */
  function normalize(text) {
    return String(text).toLowerCase()
      .replace(/[\u2018\u2019\u201c\u201d"'`*]/g, '')
      .replace(/[-\u2010-\u2014_]/g, ' ')
      .replace(/[.,;:!?]+$/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^(the|a|an) /, '');
  }

  function questionKey(form) {
    var quiz = form.closest('.quiz');
    return (quiz ? quiz.getAttribute('data-quiz-id') : 'quiz') + '/' + form.getAttribute('data-index');
  }

  /* ---- reading and restoring an answer ---- */
  function readAnswer(form) {
    var type = form.getAttribute('data-type');
    if (type === 'mcq' || type === 'tf') {
      var checked = form.querySelector('input[type="radio"]:checked');
      return checked ? checked.value : null;
    }
    if (type === 'fill') {
      var input = form.querySelector('input[type="text"]');
      return input && input.value.trim() !== '' ? input.value : null;
    }
    if (type === 'order') {
      return Array.prototype.map.call(form.querySelectorAll('.quiz-order > li'), function (li) {
        return li.getAttribute('data-item');
      });
    }
    return null;
  }
  function restoreAnswer(form, value) {
    var type = form.getAttribute('data-type');
    if (value === null || value === undefined) { return; }
    if (type === 'mcq' || type === 'tf') {
      var radio = form.querySelector('input[type="radio"][value="' + value + '"]');
      if (radio) { radio.checked = true; }
    } else if (type === 'fill') {
      var input = form.querySelector('input[type="text"]');
      if (input) { input.value = value; }
    } else if (type === 'order' && value.length) {
      var list = form.querySelector('.quiz-order');
      value.forEach(function (item) {
        var li = list.querySelector('li[data-item="' + item + '"]');
        if (li) { list.appendChild(li); }
      });
    }
  }
  function isCorrect(form, value) {
    var type = form.getAttribute('data-type');
    var answer = form.getAttribute('data-answer');
    if (type === 'mcq' || type === 'tf') { return value === answer; }
    if (type === 'fill') {
      var accepted = [];
      try { accepted = JSON.parse(answer); } catch (e) { accepted = [answer]; }
      var given = normalize(value);
      return accepted.some(function (a) { return normalize(a) === given; });
    }
    if (type === 'order') {
      return value.every(function (item, i) { return item === String(i); });
    }
    return false;
  }

  /* ---- showing a result ---- */
  function show(form, correct, selfMarked) {
    var feedback = form.querySelector('.quiz-feedback');
    form.classList.add('answered');
    form.classList.toggle('is-correct', correct);
    form.classList.toggle('is-wrong', !correct);
    feedback.className = 'quiz-feedback ' + (correct ? 'correct' : 'wrong');
    feedback.textContent = selfMarked
      ? (correct ? 'Marked as right.' : 'Marked as wrong: read the model answer again.')
      : (correct ? 'Correct.' : 'Not quite: see the answer below.');
    var retry = form.querySelector('.quiz-retry');
    if (retry) { retry.hidden = false; }
    var self = form.querySelector('.quiz-self');
    if (self) { self.hidden = true; }
    updateScore(form.closest('.quiz'));
  }
  function reset(form) {
    form.classList.remove('answered', 'revealed', 'is-correct', 'is-wrong');
    var feedback = form.querySelector('.quiz-feedback');
    feedback.textContent = '';
    feedback.className = 'quiz-feedback';
    form.querySelector('.quiz-retry').hidden = true;
    Array.prototype.forEach.call(form.querySelectorAll('input[type="radio"]'), function (r) { r.checked = false; });
    var input = form.querySelector('input[type="text"]');
    if (input) { input.value = ''; }
    var reveal = form.querySelector('.quiz-reveal');
    if (reveal) { reveal.hidden = false; }
    var self = form.querySelector('.quiz-self');
    if (self) { self.hidden = true; }
    updateScore(form.closest('.quiz'));
  }
  function updateScore(quiz) {
    if (!quiz) { return; }
    var questions = quiz.querySelectorAll('.quiz-q');
    var answered = quiz.querySelectorAll('.quiz-q.answered').length;
    var correct = quiz.querySelectorAll('.quiz-q.is-correct').length;
    var score = quiz.querySelector('.quiz-score');
    if (score) {
      score.textContent = answered === 0 ? '' : '(' + correct + ' of ' + questions.length + ' correct, ' + answered + ' answered)';
    }
  }

  function record(form, correct, value) {
    var state = pageState();
    state.answers[questionKey(form)] = { correct: correct, value: value };
    save(PREFIX + page, state);
  }
  function forget(form) {
    var state = pageState();
    delete state.answers[questionKey(form)];
    save(PREFIX + page, state);
  }

  /* ---- ordering: up and down buttons, focus follows the moved item ---- */
  function move(button, delta) {
    var li = button.closest('li');
    var list = li.parentElement;
    var form = li.closest('.quiz-q');
    var target = delta < 0 ? li.previousElementSibling : li.nextElementSibling;
    if (!target) { return; }
    if (delta < 0) { list.insertBefore(li, target); } else { list.insertBefore(target, li); }
    button.focus();
    var position = Array.prototype.indexOf.call(list.children, li) + 1;
    var feedback = form.querySelector('.quiz-feedback');
    feedback.className = 'quiz-feedback';
    feedback.textContent = 'Moved "' + li.querySelector('.quiz-item').textContent + '" to position ' + position + '.';
  }

  function initQuestion(form, state) {
    var type = form.getAttribute('data-type');
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var value = readAnswer(form);
      if (value === null) {
        var feedback = form.querySelector('.quiz-feedback');
        feedback.className = 'quiz-feedback';
        feedback.textContent = type === 'fill' ? 'Type an answer first.' : 'Choose an answer first.';
        return;
      }
      var correct = isCorrect(form, value);
      show(form, correct, false);
      record(form, correct, value);
    });
    form.addEventListener('click', function (e) {
      var button = e.target.closest('button');
      if (!button) { return; }
      if (button.classList.contains('quiz-up')) { move(button, -1); }
      else if (button.classList.contains('quiz-down')) { move(button, 1); }
      else if (button.classList.contains('quiz-retry')) { reset(form); forget(form); }
      else if (button.classList.contains('quiz-reveal')) {
        form.classList.add('revealed');
        button.hidden = true;
        var self = form.querySelector('.quiz-self');
        self.hidden = false;
        var first = self.querySelector('button');
        if (first) { first.focus(); }
      } else if (button.classList.contains('quiz-mark')) {
        var right = button.getAttribute('data-correct') === 'true';
        form.classList.add('revealed');
        show(form, right, true);
        record(form, right, null);
      }
    });

    var saved = state.answers[questionKey(form)];
    if (saved) {
      restoreAnswer(form, saved.value);
      if (type === 'short') {
        form.classList.add('revealed');
        var reveal = form.querySelector('.quiz-reveal');
        if (reveal) { reveal.hidden = true; }
      }
      show(form, !!saved.correct, type === 'short');
    }
  }

  /* ---- "Your progress" page: rows carry data-page and data-total ---- */
  function initProgressPage() {
    var rows = document.querySelectorAll('.progress-table tbody tr[data-page]');
    var totals = { answered: 0, correct: 0, total: 0 };
    Array.prototype.forEach.call(rows, function (row) {
      var state = load(PREFIX + row.getAttribute('data-page')) || { answers: {} };
      var answers = state.answers || {};
      var keys = Object.keys(answers);
      var correct = keys.filter(function (k) { return answers[k].correct; }).length;
      var total = parseInt(row.getAttribute('data-total'), 10) || state.total || 0;
      row.querySelector('.answered').textContent = String(keys.length);
      row.querySelector('.correct').textContent = String(correct);
      var bar = row.querySelector('.progress-bar');
      if (bar) {
        var pct = total > 0 ? Math.round(100 * correct / total) : 0;
        bar.style.setProperty('--p', pct + '%');
        bar.setAttribute('aria-label', pct + '% correct');
      }
      totals.answered += keys.length; totals.correct += correct; totals.total += total;
    });
    var summary = document.querySelector('.progress-summary');
    if (summary) {
      summary.textContent = totals.answered === 0
        ? 'You have not answered any question yet on this device.'
        : 'You answered ' + totals.answered + ' of ' + totals.total + ' questions; ' + totals.correct + ' correct.';
    }
  }
  function initProgressReset() {
    var resetButton = document.querySelector('.progress-reset');
    if (!resetButton) { return; }
    resetButton.addEventListener('click', function () {
      if (!window.confirm('Forget every answer saved on this device?')) { return; }
      Array.prototype.forEach.call(document.querySelectorAll('.progress-table tbody tr[data-page]'), function (row) {
        try { localStorage.removeItem(PREFIX + row.getAttribute('data-page')); } catch (e) { /* nothing saved */ }
      });
      initProgressPage();
    });
  }

  function init() {
    var state = pageState();
    var forms = document.querySelectorAll('.quiz-q');
    Array.prototype.forEach.call(forms, function (form) { initQuestion(form, state); });
    Array.prototype.forEach.call(document.querySelectorAll('.quiz'), updateScore);
    if (forms.length > 0) {
      // Record the page's question count so the progress page can show it for pages it does not list.
      var stored = load(PREFIX + page);
      if (stored) { stored.total = forms.length; save(PREFIX + page, stored); }
    }
    if (body.getAttribute('data-kind') === 'progress') { initProgressPage(); initProgressReset(); }
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
})();
