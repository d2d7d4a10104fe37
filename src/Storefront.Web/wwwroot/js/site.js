// Progressive enhancement only: every form works without this script.
document.querySelectorAll("form[data-compact-query]").forEach((form) => {
  // Leave empty filters out of the URL, so it stays short and shareable.
  form.addEventListener("formdata", (event) => {
    for (const [key, value] of [...event.formData]) {
      if (value === "") event.formData.delete(key);
    }
  });
});

// On a phone the filter panel starts folded, so the socks come first; its summary opens it.
if (window.matchMedia("(max-width: 800px)").matches) {
  document.querySelectorAll("details[data-fold-on-phone]").forEach((panel) => {
    panel.open = false;
  });
}

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

// Search suggestions under the header box (ARIA combobox): arrows move, Enter opens, Escape closes. Without script
// the box is a plain search form.
const searchBox = document.querySelector("input[data-suggest]");
if (searchBox) {
  const list = document.createElement("ul");
  list.id = "search-suggestions";
  list.className = "suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Suggested socks");
  list.hidden = true;
  searchBox.after(list);
  searchBox.setAttribute("role", "combobox");
  searchBox.setAttribute("aria-autocomplete", "list");
  searchBox.setAttribute("aria-controls", list.id);
  searchBox.setAttribute("aria-expanded", "false");

  let active = -1;
  let timer;
  let pending;
  const options = () => [...list.querySelectorAll("[role=option]")];
  const close = () => {
    list.hidden = true;
    searchBox.setAttribute("aria-expanded", "false");
    searchBox.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const highlight = (index) => {
    options().forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
    active = index;
    searchBox.setAttribute("aria-activedescendant", options()[index].id);
  };
  const show = (items) => {
    if (items.length === 0) return close();
    list.replaceChildren(...items.map((item, i) => {
      const option = document.createElement("li");
      option.id = `search-suggestion-${i}`;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.dataset.url = item.url;
      option.textContent = item.name;
      return option;
    }));
    list.hidden = false;
    searchBox.setAttribute("aria-expanded", "true");
    active = -1;
  };

  searchBox.addEventListener("input", () => {
    clearTimeout(timer);
    const text = searchBox.value.trim();
    if (text.length < 2) return close();
    timer = setTimeout(async () => {
      pending?.abort();
      pending = new AbortController();
      try {
        const response = await fetch(`${searchBox.dataset.suggest}?q=${encodeURIComponent(text)}`, { signal: pending.signal });
        if (response.ok) show(await response.json());
      } catch {
        close();
      }
    }, 150);
  });
  searchBox.addEventListener("keydown", (event) => {
    const count = options().length;
    if (list.hidden || count === 0) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      highlight(event.key === "ArrowDown" ? (active + 1) % count : (active - 1 + count) % count);
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.assign(options()[active].dataset.url);
    } else if (event.key === "Escape") {
      event.preventDefault(); // a search box would also clear its text
      close();
    }
  });
  // Keep focus in the box while a suggestion is clicked, then open it.
  list.addEventListener("mousedown", (event) => event.preventDefault());
  list.addEventListener("click", (event) => {
    const option = event.target.closest("[role=option]");
    if (option) window.location.assign(option.dataset.url);
  });
  searchBox.addEventListener("blur", close);
}

// Product pictures: a thumbnail shows its picture in place (no reload), the big picture opens full size, and on a
// phone a swipe on it moves to the next or previous picture.
document.querySelectorAll("[data-gallery]").forEach((gallery) => {
  const main = gallery.querySelector("[data-gallery-main]");
  const zoom = gallery.querySelector("[data-gallery-zoom]");
  const thumbs = [...gallery.querySelectorAll(".gallery-thumbs a")];
  if (!main || thumbs.length === 0) return;
  const show = (index) => {
    const picture = thumbs[index].querySelector("img");
    main.src = picture.src;
    main.alt = picture.alt;
    zoom.href = picture.src;
    thumbs.forEach((thumb, i) => (i === index ? thumb.setAttribute("aria-current", "true") : thumb.removeAttribute("aria-current")));
  };
  thumbs.forEach((thumb, index) => thumb.addEventListener("click", (event) => {
    event.preventDefault();
    show(index);
  }));
  let startX = null;
  main.addEventListener("touchstart", (event) => { startX = event.touches[0].clientX; }, { passive: true });
  main.addEventListener("touchend", (event) => {
    if (startX === null) return;
    const moved = event.changedTouches[0].clientX - startX;
    startX = null;
    if (Math.abs(moved) < 40) return;
    const current = Math.max(0, thumbs.findIndex((thumb) => thumb.hasAttribute("aria-current")));
    show((current + (moved < 0 ? 1 : -1) + thumbs.length) % thumbs.length);
  });
});

// Colour swatches carry their colour as data, not inline style: the Content-Security-Policy allows no inline styles.
document.querySelectorAll("[data-swatch]").forEach((dot) => {
  dot.style.background = dot.dataset.swatch;
});
