// The editing pages: after a form comes back with errors or a conflict, move focus to the message
// that says so (it is announced as an alert too); after htmx has moved an item in the tree, put focus
// back on the button that moved it, so the keyboard user can press it again.
(() => {
  const focusFirst = (root) => {
    const target = root.querySelector('[data-refocus]') || root.querySelector('[data-autofocus]');
    if (target) {
      target.focus();
    }
  };
  document.addEventListener('DOMContentLoaded', () => focusFirst(document));
  document.addEventListener('htmx:afterSettle', () => focusFirst(document));
})();
