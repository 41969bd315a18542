// The gallery's lightbox on a letting page.
//
// Progressive enhancement: without this script each thumbnail is a link to the photo at
// full size. With it, the links open a modal <dialog> instead: the arrow keys (or the
// buttons, or a swipe) move between photos, Escape closes it, and focus goes back to the
// thumbnail that opened it.
(function () {
  "use strict";

  const SWIPE_MIN_PX = 50;

  function button(className, label, symbol) {
    const control = document.createElement("button");
    control.type = "button";
    control.className = className;
    control.setAttribute("aria-label", label);
    control.textContent = symbol;
    return control;
  }

  function buildDialog(name) {
    const dialog = document.createElement("dialog");
    dialog.className = "lightbox";
    dialog.setAttribute("aria-label", name);

    const bar = document.createElement("div");
    bar.className = "lightbox__bar";
    const count = document.createElement("p");
    count.className = "lightbox__count";
    count.setAttribute("aria-live", "polite");
    const close = button("lightbox__close", "Close the gallery", "✕");
    bar.append(count, close);

    const figure = document.createElement("figure");
    figure.className = "lightbox__figure";
    const image = document.createElement("img");
    image.className = "lightbox__image";
    const caption = document.createElement("figcaption");
    caption.className = "lightbox__caption";
    figure.append(image, caption);

    const nav = document.createElement("div");
    nav.className = "lightbox__nav";
    const previous = button("lightbox__previous", "Previous photo", "←");
    const next = button("lightbox__next", "Next photo", "→");
    nav.append(previous, next);

    dialog.append(bar, figure, nav);
    document.body.append(dialog);
    return { dialog, count, close, figure, image, caption, previous, next };
  }

  function enhance(section) {
    const links = Array.from(section.querySelectorAll("[data-lightbox-item]"));
    const heading = section.querySelector("h2");
    if (!links.length || typeof HTMLDialogElement !== "function") {
      return;
    }
    const parts = buildDialog(heading ? heading.textContent.trim() : "Gallery");
    let current = 0;
    let opener = null;
    let touchStartX = null;

    function show(index) {
      current = (index + links.length) % links.length;
      const link = links[current];
      const thumbnail = link.querySelector("img");
      const caption = link.closest("figure").querySelector("figcaption");
      parts.image.src = link.getAttribute("href");
      parts.image.alt = thumbnail ? thumbnail.alt : "";
      parts.caption.textContent = caption ? caption.textContent : "";
      parts.caption.hidden = !caption;
      parts.count.textContent = `Photo ${current + 1} of ${links.length}`;
      parts.dialog.dataset.current = String(current);
    }

    function open(index) {
      opener = links[index];
      show(index);
      parts.dialog.showModal();
      parts.next.focus();
    }

    links.forEach((link, index) => {
      link.addEventListener("click", (event) => {
        // A new tab or window asked for with a modifier keeps the plain link.
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
          return;
        }
        event.preventDefault();
        open(index);
      });
    });

    parts.previous.addEventListener("click", () => show(current - 1));
    parts.next.addEventListener("click", () => show(current + 1));
    parts.close.addEventListener("click", () => parts.dialog.close());

    parts.dialog.addEventListener("keydown", (event) => {
      if (event.key === "ArrowLeft") {
        event.preventDefault();
        show(current - 1);
      } else if (event.key === "ArrowRight") {
        event.preventDefault();
        show(current + 1);
      }
    });

    // A click on the dark surround, outside the photo and the controls, closes it.
    parts.dialog.addEventListener("click", (event) => {
      if (event.target === parts.dialog || event.target === parts.figure) {
        parts.dialog.close();
      }
    });

    // Escape closes a modal <dialog> by itself; whichever way it closes, focus goes
    // back to the thumbnail that opened it.
    parts.dialog.addEventListener("close", () => {
      if (opener) {
        opener.focus();
      }
    });

    parts.figure.addEventListener(
      "touchstart",
      (event) => {
        touchStartX = event.touches.length === 1 ? event.touches[0].clientX : null;
      },
      { passive: true }
    );
    parts.figure.addEventListener("touchend", (event) => {
      if (touchStartX === null) {
        return;
      }
      const distance = event.changedTouches[0].clientX - touchStartX;
      touchStartX = null;
      if (Math.abs(distance) >= SWIPE_MIN_PX) {
        show(distance < 0 ? current + 1 : current - 1);
      }
    });
  }

  document.querySelectorAll("[data-lightbox]").forEach(enhance);
})();
