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
