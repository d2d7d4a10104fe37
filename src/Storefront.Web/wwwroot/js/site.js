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
