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

// Quantity steppers: step the box in place; without script the − and + buttons post and the server steps.
document.querySelectorAll("[data-stepper]").forEach((stepper) => {
  const input = stepper.querySelector("input");
  stepper.querySelectorAll("[data-step]").forEach((button) => {
    button.addEventListener("click", (event) => {
      event.preventDefault();
      const current = Number.parseInt(input.value, 10) || 1;
      const next = current + Number(button.dataset.step);
      const max = Number(input.max) || next;
      input.value = String(Math.min(Math.max(next, Number(input.min) || 1), max));
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
  });
});
