// The target form (followup/target-form.html): shows only the fields that apply to the chosen kind of
// target. Without this script every field shows, each with a hint saying when it applies, and the
// server ignores the ones that do not.
(() => {
  const form = document.getElementById('target-form');
  if (!form) {
    return;
  }
  const update = () => {
    const chosen = form.querySelector('input[name="kind"]:checked');
    form.querySelectorAll('[data-kinds]').forEach((field) => {
      field.hidden = chosen ? !field.dataset.kinds.split(' ').includes(chosen.value) : false;
    });
  };
  form.querySelectorAll('input[name="kind"]').forEach((radio) => radio.addEventListener('change', update));
  update();
})();
