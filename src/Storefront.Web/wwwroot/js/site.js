// Progressive enhancement only: every form works without this script.
document.querySelectorAll("form[data-autosubmit]").forEach((form) => {
  form.querySelectorAll("select").forEach((select) => {
    select.addEventListener("change", () => form.requestSubmit());
  });
  // Leave empty filters out of the URL, so it stays short and shareable.
  form.addEventListener("formdata", (event) => {
    for (const [key, value] of [...event.formData]) {
      if (value === "") event.formData.delete(key);
    }
  });
});

// Colour swatches carry their colour as data, not inline style: the Content-Security-Policy allows no inline styles.
document.querySelectorAll("[data-swatch]").forEach((dot) => {
  dot.style.background = dot.dataset.swatch;
});
