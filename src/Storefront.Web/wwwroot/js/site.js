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

// The full-size picture, in a modal dialog: Escape, the Close button or a click beside the picture closes it (and the
// browser returns focus to what opened it).
let zoomDialog;
const openZoom = (picture) => {
  if (!zoomDialog) {
    zoomDialog = document.createElement("dialog");
    zoomDialog.className = "zoom-dialog";
    zoomDialog.setAttribute("aria-label", "Picture, full size");
    const close = document.createElement("button");
    close.type = "button";
    close.className = "button";
    close.textContent = "Close";
    close.addEventListener("click", () => zoomDialog.close());
    zoomDialog.addEventListener("click", (event) => {
      if (event.target === zoomDialog) zoomDialog.close();
    });
    zoomDialog.append(close, document.createElement("img"));
    document.body.append(zoomDialog);
  }
  const zoomed = zoomDialog.querySelector("img");
  zoomed.src = picture.src;
  zoomed.alt = picture.alt;
  zoomDialog.showModal(); // focuses the Close button, the dialog's first control
};

// Product pictures: a thumbnail shows its picture in place (click, Enter or Space; the arrow keys step through the
// thumbnails), a swipe on the big picture shows the next or previous one, and the big picture zooms in a dialog.
const enhanceGallery = (gallery) => {
  const main = gallery.querySelector("[data-gallery-main]");
  const zoom = gallery.querySelector("[data-gallery-zoom]");
  if (!main) return;
  zoom.setAttribute("aria-haspopup", "dialog");
  zoom.addEventListener("click", (event) => {
    event.preventDefault();
    openZoom(main);
  });
  const thumbs = [...gallery.querySelectorAll(".gallery-thumbs a")];
  if (thumbs.length === 0) return;
  const show = (index) => {
    const picture = thumbs[index].querySelector("img");
    main.src = picture.src;
    main.alt = picture.alt;
    zoom.href = picture.src;
    thumbs.forEach((thumb, i) => (i === index ? thumb.setAttribute("aria-current", "true") : thumb.removeAttribute("aria-current")));
  };
  const steps = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
  thumbs.forEach((thumb, index) => {
    thumb.addEventListener("click", (event) => {
      event.preventDefault();
      show(index);
    });
    thumb.addEventListener("keydown", (event) => {
      if (event.key === " ") {
        event.preventDefault(); // a link would scroll the page
        show(index);
      } else if (event.key in steps) {
        event.preventDefault();
        const next = (index + steps[event.key] + thumbs.length) % thumbs.length;
        show(next);
        thumbs[next].focus();
      }
    });
  });
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
};

// Colour swatches carry their colour as data, not inline style: the Content-Security-Policy allows no inline styles.
const paintSwatches = (root) => root.querySelectorAll("[data-swatch]").forEach((dot) => {
  dot.style.background = dot.dataset.swatch;
});

// Another colour replaces the pictures, prices, sizes and stock in place, keeping the scroll position and the chosen
// size, and the address follows. Without script a swatch is a link to the page in that colour, landing at #buy.
const enhanceProduct = (product) => {
  product.querySelectorAll("[data-gallery]").forEach(enhanceGallery);
  paintSwatches(product);
  product.querySelectorAll(".colour-picker a.swatch").forEach((swatch) => swatch.addEventListener("click", async (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return; // a new tab or window
    event.preventDefault();
    const url = new URL(swatch.href);
    url.hash = "";
    const size = product.querySelector(".size-picker input:checked")?.dataset.size;
    if (size) url.searchParams.set("size", size);
    try {
      const response = await fetch(url);
      const next = new DOMParser().parseFromString(response.ok ? await response.text() : "", "text/html").querySelector("[data-product]");
      if (!next) throw new Error(`No product in the answer (${response.status})`);
      const top = window.scrollY;
      product.replaceWith(next);
      window.scrollTo({ top, behavior: "instant" });
      enhanceProduct(next);
      next.querySelector(".colour-picker a[aria-current=true]")?.focus({ preventScroll: true });
      history.replaceState(history.state, "", url);
    } catch {
      window.location.assign(swatch.href);
    }
  }));
};
document.querySelectorAll("[data-product]").forEach(enhanceProduct);
