// Sends the CSRF token with every htmx request, so partial updates pass the same checks as forms.
document.addEventListener('htmx:configRequest', (event) => {
  const header = document.querySelector('meta[name="csrf-header"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// Asks before a destructive action: any form or button with data-confirm.
document.addEventListener('submit', (event) => {
  const message = event.target.dataset && event.target.dataset.confirm;
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// Status forms (followup/status-form.html): after a post is answered, whether swapped in by htmx or
// reached by redirect, move focus to what the answer says: the error summary, or the "recorded" notice.
function focusStatusAnswer() {
  const target = document.querySelector('[data-status-focus]');
  if (target) {
    target.removeAttribute('data-status-focus');
    target.focus();
  }
}
document.addEventListener('htmx:afterSettle', focusStatusAnswer);
document.addEventListener('DOMContentLoaded', focusStatusAnswer);

// The header's menu on a phone (web/layout.html). Without this script every item stays visible in the
// header; with it, a "Meny" button shows and hides them (a disclosure: aria-expanded on the button, Escape
// closes and returns focus). On wider screens the stylesheet shows the items and hides the button.
function setUpSiteMenu() {
  const toggle = document.querySelector('.site-menu-toggle');
  const menu = toggle && document.getElementById(toggle.getAttribute('aria-controls'));
  if (!menu) {
    return;
  }
  const setOpen = (open) => {
    toggle.setAttribute('aria-expanded', String(open));
    menu.classList.toggle('is-open', open);
  };
  toggle.hidden = false;
  toggle.closest('.site-header').classList.add('has-menu');
  toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
      setOpen(false);
      toggle.focus();
    }
  });
}
// A deferred script runs once the page is parsed: set up at once, before the header is first drawn if possible.
setUpSiteMenu();

// A region that polls for news (hx-trigger "every …", the round's progress) is not replaced while the
// person works in it: the button they are on, and their place, would be lost. The next tick asks again.
document.addEventListener('htmx:beforeRequest', (event) => {
  const region = event.detail.elt;
  if (region.matches('[data-poll-pauses-on-focus]') && region.contains(document.activeElement)) {
    event.preventDefault();
  }
});

// A polled region (the round page's progress) is replaced whole every few seconds. Screen readers read
// out changes to a live region only if it was there before, so its summary ([data-announce-in]) is
// copied into a live region outside it, and only when it changed: a new answer is announced, a poll
// that brought nothing new is silent.
function announceChanges(initial) {
  document.querySelectorAll('[data-announce-in]').forEach((summary) => {
    const live = document.getElementById(summary.dataset.announceIn);
    const text = summary.textContent.trim();
    if (!live || live.dataset.last === text) {
      return;
    }
    live.dataset.last = text;
    if (!initial) {
      live.textContent = text;
    }
  });
}
document.addEventListener('DOMContentLoaded', () => announceChanges(true));
document.addEventListener('htmx:afterSettle', () => announceChanges(false));

// Action menus (details.action-menu) close as menus do: on Escape, with focus back on their button, and
// on a click anywhere else.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') {
    return;
  }
  const menu = document.activeElement && document.activeElement.closest('details.action-menu[open]');
  if (menu) {
    menu.open = false;
    menu.querySelector('summary').focus();
  }
});
document.addEventListener('click', (event) => {
  document.querySelectorAll('details.action-menu[open]').forEach((menu) => {
    if (!menu.contains(event.target)) {
      menu.open = false;
    }
  });
});
