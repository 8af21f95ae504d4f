// whosaid report and viewer pages: click or press Enter on a highlighted
// passage to see who said it; point at a speaker in the legend to bring
// their passages forward. Compiled into the library
// (cmake/embed_assets.cmake) and allowed by the page's CSP by its hash.
// It reads only attributes that whosaid wrote and copies cards with
// cloneNode: no article text is ever parsed as HTML.
(function () {
  'use strict';

  function attributionsOf(el) {
    return (el.getAttribute('data-att') || '').split(' ').filter(Boolean);
  }

  function clearSelection() {
    document.querySelectorAll('.sel').forEach(function (n) { n.classList.remove('sel'); });
  }

  function showDetail(doc, ids) {
    var panel = doc.querySelector('.detail');
    if (!panel) return;
    var body = panel.querySelector('.detail-body');
    var cards = document.createDocumentFragment();
    ids.forEach(function (id) {
      var card = document.getElementById(id);
      if (!card) return;
      card.classList.add('sel');
      var copy = card.cloneNode(true);
      copy.removeAttribute('id');
      copy.classList.remove('sel');
      cards.appendChild(copy);
    });
    body.replaceChildren(cards);
    panel.classList.add('open');
  }

  function markRuns(doc, id) {
    doc.querySelectorAll('.text [data-att]').forEach(function (run) {
      if (attributionsOf(run).indexOf(id) >= 0) run.classList.add('sel');
    });
  }

  function select(run) {
    var doc = run.closest('.doc');
    var ids = attributionsOf(run);
    if (!doc || ids.length === 0) return;
    clearSelection();
    markRuns(doc, ids[0]);
    showDetail(doc, ids);
  }

  function selectCard(card) {
    var doc = card.closest('.doc');
    var first = null;
    doc.querySelectorAll('.text [data-att]').forEach(function (run) {
      if (!first && attributionsOf(run).indexOf(card.id) >= 0) first = run;
    });
    if (!first) return;
    first.scrollIntoView({ block: 'center' });
    clearSelection();
    markRuns(doc, card.id);
    showDetail(doc, [card.id]);
  }

  document.addEventListener('click', function (e) {
    var target = e.target;
    if (!(target instanceof Element)) return;
    var close = target.closest('.detail-close');
    if (close) {
      close.closest('.detail').classList.remove('open');
      clearSelection();
      return;
    }
    var run = target.closest('.text [data-att]');
    if (run) { select(run); return; }
    var card = target.closest('.cards .card[id]');
    if (card && !target.closest('a')) selectCard(card);
  });

  document.addEventListener('keydown', function (e) {
    var target = e.target;
    if (!(target instanceof Element)) return;
    if ((e.key === 'Enter' || e.key === ' ') && target.matches('.text [data-att]')) {
      e.preventDefault();
      select(target);
    }
  });

  function focusSpeaker(item, on) {
    var doc = item.closest('.doc');
    if (!doc) return;
    var text = doc.querySelector('.text');
    var speaker = item.getAttribute('data-speaker');
    text.classList.toggle('focusing', on);
    text.querySelectorAll('.q').forEach(function (run) {
      run.classList.toggle('hot', on && run.getAttribute('data-speaker') === speaker);
    });
  }

  document.querySelectorAll('.legend [data-speaker]').forEach(function (item) {
    item.addEventListener('mouseenter', function () { focusSpeaker(item, true); });
    item.addEventListener('mouseleave', function () { focusSpeaker(item, false); });
  });
})();
