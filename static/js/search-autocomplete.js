// As-you-type suggestions for the header search box.
//
// Progressive enhancement: without this script the box is a plain form that submits to
// /search/. With it, the box follows the ARIA 1.2 combobox pattern: the input controls a
// listbox of suggestions; the arrow keys move the active option (aria-activedescendant, so
// focus stays in the input), Enter opens it, Escape closes the list.
(function () {
  "use strict";

  const DELAY_MS = 150;
  const MIN_LENGTH = 2;

  function enhance(form) {
    const input = form.querySelector("input[name=q]");
    const url = form.dataset.suggestUrl;
    if (!input || !url || !window.fetch || !window.AbortController) {
      return;
    }

    const list = document.createElement("ul");
    list.id = `${input.id}-suggestions`;
    list.className = "search-suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Suggestions");
    list.hidden = true;
    const status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    form.append(list, status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");

    let options = [];
    let active = -1;
    let timer = null;
    let request = null;

    function open() {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      activate(-1);
    }

    function activate(index) {
      active = index;
      options.forEach((option, i) => {
        option.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", options[index].id);
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function go(option) {
      window.location.assign(option.dataset.url);
    }

    function optionFor(suggestion, index) {
      const option = document.createElement("li");
      option.id = `${list.id}-${index}`;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.dataset.url = suggestion.url;
      const title = document.createElement("span");
      title.textContent = suggestion.title;
      const kind = document.createElement("span");
      kind.className = "search-suggestions__type";
      kind.textContent = suggestion.type === "profile" ? "Profile" : "Letting";
      option.append(title, " ", kind);
      // Keep focus in the input so that the click lands before the list closes on blur.
      option.addEventListener("mousedown", (event) => event.preventDefault());
      option.addEventListener("click", () => go(option));
      return option;
    }

    function show(suggestions) {
      options = suggestions.map(optionFor);
      list.replaceChildren(...options);
      activate(-1);
      status.textContent = options.length
        ? `${options.length} suggestion${options.length === 1 ? "" : "s"}, use the up and down arrows to choose.`
        : "";
      if (options.length) {
        open();
      } else {
        close();
      }
    }

    function suggest() {
      const query = input.value.trim();
      if (request) {
        request.abort();
      }
      if (query.length < MIN_LENGTH) {
        show([]);
        return;
      }
      request = new AbortController();
      fetch(`${url}?${new URLSearchParams({ q: query })}`, {
        headers: { Accept: "application/json" },
        signal: request.signal,
      })
        .then((response) => (response.ok ? response.json() : { suggestions: [] }))
        .then((data) => show(data.suggestions))
        // Aborted by a newer keystroke, or offline: the form still submits.
        .catch(() => {});
    }

    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(suggest, DELAY_MS);
    });
    input.addEventListener("keydown", (event) => {
      if (!options.length) {
        return;
      }
      if (event.key === "ArrowDown") {
        event.preventDefault();
        open();
        activate((active + 1) % options.length);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        open();
        activate(active <= 0 ? options.length - 1 : active - 1);
      } else if (event.key === "Enter" && active >= 0 && !list.hidden) {
        event.preventDefault();
        go(options[active]);
      } else if (event.key === "Escape" && !list.hidden) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", close);
  }

  document.querySelectorAll("form[data-suggest-url]").forEach(enhance);
})();
