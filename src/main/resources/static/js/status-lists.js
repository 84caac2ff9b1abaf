// Keyboard and focus care for lists of items with inline status forms: the plan table and "Mine tiltak".
// Everything here is an improvement on top of plain links and forms, which work without it.
(() => {
  const LIST = '.plan-table, .my-items';

  const FORM_ROW = 'plan-table__form-row';
  const narrow = () => window.matchMedia('(max-width: 48rem)').matches;

  // In the plan table (wide screens) an opened "Oppdater status" gets a full-width row of its own under
  // its measure, instead of squeezing the form into the status cell. The form is moved, not copied,
  // so it keeps its htmx wiring: it still answers into the status cell's widget.
  const openFormRow = (details) => {
    const row = details.closest('tr');
    const form = details.querySelector('form');
    if (!row || !form || narrow()) {
      return form;
    }
    let formRow = row.nextElementSibling;
    if (!formRow || !formRow.classList.contains(FORM_ROW)) {
      formRow = document.createElement('tr');
      formRow.className = FORM_ROW;
      const cell = document.createElement('td');
      cell.colSpan = row.children.length;
      formRow.appendChild(cell);
      row.after(formRow);
    }
    formRow.dataset.row = row.id;
    const cell = formRow.firstElementChild;
    const head = document.createElement('div');
    head.className = 'plan-table__form-head';
    const title = document.createElement('p');
    title.className = 'plan-table__form-title';
    title.textContent = (details.querySelector('summary') || details).textContent.trim();
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'button button--quiet button--small';
    close.textContent = row.closest('.plan-table').dataset.cancelLabel || 'Avbryt';
    close.addEventListener('click', () => closeDetails(details));
    head.append(title, close);
    cell.replaceChildren(head, form);
    details.classList.add('is-moved');
    // A form that came back refused may be moved before htmx has wired it up; this is harmless if it has.
    if (window.htmx) {
      window.htmx.process(form);
    }
    return form;
  };

  const closeFormRow = (details) => {
    const row = details.closest('tr');
    const formRow = row && row.nextElementSibling;
    if (formRow && formRow.classList.contains(FORM_ROW)) {
      const form = formRow.querySelector('form');
      if (form) {
        (details.querySelector('.status-inline__body') || details).appendChild(form);
      }
      formRow.remove();
    }
    details.classList.remove('is-moved');
  };

  const closeDetails = (details) => {
    details.open = false;
    closeFormRow(details);
    const summary = details.querySelector('summary');
    if (summary) {
      summary.focus();
    }
  };

  const focusFirst = (form) => {
    const first = form && form.querySelector('.error-summary, select, input:not([type=hidden]), textarea');
    if (first) {
      first.focus();
    }
  };

  const showForm = (details) => {
    focusFirst(details.closest('.plan-table') ? openFormRow(details) : details.querySelector('form'));
  };

  // Opening "Oppdater status" puts the cursor in the form's first field; closing puts the form back.
  document.addEventListener('toggle', (event) => {
    const details = event.target;
    if (!(details instanceof HTMLDetailsElement) || !details.closest(LIST) || !details.matches('.status-inline__edit')) {
      return;
    }
    // A blank form is fetched when its disclosure first opens; it is shown when it arrives (below).
    if (details.open && details.querySelector('form')) {
      showForm(details);
    }
    else {
      closeFormRow(details);
    }
  }, true);

  // The details that a form (perhaps moved to its own row) belongs to.
  const detailsOf = (element) => {
    const formRow = element.closest && element.closest('.' + FORM_ROW);
    if (formRow) {
      const row = document.getElementById(formRow.dataset.row);
      return row && row.querySelector('details.status-inline__edit');
    }
    return element.closest && element.closest('details[open]');
  };

  // Escape closes an open inline form without saving and returns to its button.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') {
      return;
    }
    const details = detailsOf(event.target);
    if (!details || !details.open || !details.closest(LIST)) {
      return;
    }
    event.preventDefault();
    closeDetails(details);
  });

  // Saved from a form in its own row: the row goes, and the measure's row is fetched again (it listens for this event).
  document.addEventListener('status-recorded', (event) => {
    const formRow = event.target.closest && event.target.closest('.' + FORM_ROW);
    if (!formRow) {
      return;
    }
    const row = document.getElementById(formRow.dataset.row);
    formRow.remove();
    if (row && window.htmx) {
      window.htmx.trigger(row, 'status-recorded');
    }
  });

  // Which element had focus when a request left, so that it can have it again after the swap.
  let focusedId = null;
  document.addEventListener('htmx:beforeRequest', () => {
    const active = document.activeElement;
    focusedId = active && active.id ? active.id : null;
  });

  document.addEventListener('htmx:afterSettle', (event) => {
    // An outerHTML swap leaves the old element behind; the new one has its id.
    let target = event.detail.target;
    if (target && !target.isConnected && target.id) {
      target = document.getElementById(target.id);
    }
    if (!target || !target.isConnected) {
      return;
    }
    // The blank form, fetched as its disclosure opened.
    if (target.matches('.status-inline__body')) {
      const details = target.closest('details.status-inline__edit');
      if (details && details.open && target.querySelector('form')) {
        showForm(details);
      }
      return;
    }
    // A refused form comes back inside the status cell's widget: give it its row again.
    const reopened = target.matches('.status-inline') && target.closest('.plan-table')
      ? target.querySelector('details.status-inline__edit[open]') : null;
    if (reopened) {
      focusFirst(openFormRow(reopened));
      return;
    }
    // A refused form: to its error summary.
    const errors = target.querySelector('.error-summary');
    if (errors && target.closest(LIST)) {
      errors.focus();
      return;
    }
    // The control that asked (a sort link, a shortlist button), if the answer has it again.
    const again = focusedId ? document.getElementById(focusedId) : null;
    if (again) {
      again.focus();
      return;
    }
    // A saved status, or a refreshed row: to the notice that says so.
    const notice = target.querySelector('.status-inline__notice');
    if (notice && (target.closest(LIST) || target.matches('tr, .my-item'))) {
      notice.focus();
    }
  });
})();
