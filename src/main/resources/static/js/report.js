// The plan page's "Skriv ut" button: hidden until this script runs, so it never shows without a way to work.
document.querySelectorAll('[data-print]').forEach((button) => {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
});
