/* reel: makes the server-rendered pages nicer to use. Everything works without it: the library lists
   and links, the player has the browser's own controls. No libraries, no build step, no inline script
   (the Content-Security-Policy allows only this file). */
"use strict";

(function () {
  var RETRY_MOST_SECONDS = 60;

  /* ---------- Library: filter as you type (here or on the server), posters drawn when they scroll into view */

  // Lower case without accents, so "cafe" finds "Café".
  function folded(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function setUpFilter() {
    var box = document.querySelector(".filter");
    var input = document.getElementById("filter");
    var status = document.getElementById("filter-status");
    if (!box || !input || !status) {
      return;
    }
    box.hidden = false;
    if (box.hasAttribute("data-server-filter")) {
      filterOnTheServer(box, input, status);
    } else {
      filterOnThePage(input, status);
    }
    // "/" jumps to the filter, as in many web apps; not while typing elsewhere.
    document.addEventListener("keydown", function (event) {
      if (event.key === "/" && !isTyping(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
      }
    });
  }

  /* A folder that fits one page has every card here: hide those that do not match. */
  function filterOnThePage(input, status) {
    var items = Array.prototype.slice.call(document.querySelectorAll(".cards > li"));
    var groups = Array.prototype.slice.call(document.querySelectorAll("section.group"));

    function apply() {
      var words = folded(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (item) {
        var name = folded(item.querySelector(".name").textContent);
        var matches = words.every(function (word) { return name.indexOf(word) >= 0; });
        item.hidden = !matches;
        if (matches) {
          shown++;
        }
      });
      groups.forEach(function (group) {
        group.hidden = group.querySelector(".cards > li:not([hidden])") === null;
      });
      if (words.length === 0) {
        status.textContent = "";
      } else if (shown === 0) {
        status.textContent = "Nothing here matches \u201c" + input.value.trim() + "\u201d.";
      } else {
        status.textContent = shown + (shown === 1 ? " match" : " matches");
      }
    }

    input.addEventListener("input", apply);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && input.value !== "") {
        input.value = "";
        apply();
      }
    });
    // A filter kept by the browser on back/forward applies again.
    if (input.value) {
      apply();
    }
  }

  /* A folder of many pages is filtered by the server: the form works with Enter and without script.
     Here it also asks as you type, for the page the form would submit, and shows that page's results in
     place of these, with its address in the location bar so a reload or a shared link shows the same. */
  function filterOnTheServer(form, input, status) {
    if (typeof fetch !== "function" || typeof DOMParser !== "function") {
      return;
    }
    var TYPING_PAUSE_MS = 250;
    var timer = 0;
    var asked = 0;

    function address() {
      var query = new URLSearchParams();
      if (input.value.trim() !== "") {
        query.set("q", input.value);
      }
      var order = form.querySelector("input[name=sort]");
      if (order) {
        query.set("sort", order.value);
      }
      var text = query.toString();
      return window.location.pathname + (text ? "?" + text : "");
    }

    function show(url) {
      var ticket = ++asked;
      fetch(url).then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.text().then(function (html) { return { html: html, url: response.url }; });
      }).then(function (page) {
        if (ticket !== asked) {
          return; // typing went on; a later answer is on its way
        }
        var fresh = new DOMParser().parseFromString(page.html, "text/html");
        var results = document.getElementById("results");
        var freshResults = fresh.getElementById("results");
        var freshStatus = fresh.getElementById("filter-status");
        if (!results || !freshResults) {
          return;
        }
        results.replaceWith(document.importNode(freshResults, true));
        status.textContent = freshStatus ? freshStatus.textContent : "";
        document.title = fresh.title;
        window.history.replaceState(null, "", page.url);
        setUpPosters();
      }).catch(function () {
        // Offline or refused: the results stay as they were, and Enter still submits the form.
      });
    }

    function showSoon() {
      clearTimeout(timer);
      timer = setTimeout(function () { show(address()); }, TYPING_PAUSE_MS);
    }

    input.addEventListener("input", showSoon);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      show(address());
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && input.value !== "") {
        input.value = "";
        clearTimeout(timer);
        show(address());
      }
    });
  }

  function setUpPosters() {
    var posters = Array.prototype.slice.call(document.querySelectorAll("video.poster[data-src]"));
    if (posters.length === 0) {
      return;
    }
    function load(video) {
      video.preload = "metadata";
      video.src = video.getAttribute("data-src");
      video.removeAttribute("data-src");
      video.addEventListener("loadeddata", function () {
        video.closest(".thumb").classList.add("loaded");
      }, { once: true });
    }
    if (!("IntersectionObserver" in window)) {
      posters.forEach(load);
      return;
    }
    // Start a little before a card is visible, so the frame is there when it scrolls in.
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          load(entry.target);
        }
      });
    }, { rootMargin: "200px" });
    posters.forEach(function (video) { observer.observe(video); });
  }

  /* ---------- Player: keyboard shortcuts, help overlay, resume */

  var SPEEDS = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 3];
  // Closer than this to either end, a position is not worth resuming from.
  var RESUME_MARGIN_SECONDS = 5;
  var STORAGE_PREFIX = "reel:position:";

  function isTyping(element) {
    return element instanceof HTMLElement
      && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
  }

  function clock(seconds) {
    var whole = Math.max(0, Math.floor(seconds));
    var h = Math.floor(whole / 3600);
    var m = Math.floor((whole % 3600) / 60);
    var s = whole % 60;
    var mm = h > 0 && m < 10 ? "0" + m : String(m);
    return (h > 0 ? h + ":" : "") + mm + ":" + (s < 10 ? "0" : "") + s;
  }

  function storage() {
    try {
      return window.localStorage;
    } catch (blocked) {
      return null; // private modes and strict settings refuse it; resume is then off
    }
  }

  function setUpPlayer() {
    var video = document.getElementById("video");
    if (!video) {
      return;
    }
    var osd = document.getElementById("osd");
    var osdTimer = 0;

    function announce(text) {
      osd.textContent = text;
      osd.classList.add("visible");
      clearTimeout(osdTimer);
      osdTimer = setTimeout(function () { osd.classList.remove("visible"); }, 1200);
    }

    function seekBy(seconds) {
      var end = isFinite(video.duration) ? video.duration : Infinity;
      video.currentTime = Math.min(Math.max(0, video.currentTime + seconds), end);
      announce((seconds < 0 ? "\u2212" : "+") + Math.abs(seconds) + " s \u00b7 " + clock(video.currentTime));
    }

    function changeSpeed(step) {
      var index = SPEEDS.indexOf(video.playbackRate);
      if (index < 0) {
        index = SPEEDS.indexOf(1);
      }
      index = Math.min(Math.max(0, index + step), SPEEDS.length - 1);
      video.playbackRate = SPEEDS[index];
      announce("Speed " + SPEEDS[index] + "\u00d7");
    }

    function toggleFullscreen() {
      var player = document.getElementById("player");
      if (document.fullscreenElement) {
        document.exitFullscreen();
      } else if (player.requestFullscreen) {
        player.requestFullscreen().catch(function () { /* refused: not from a user gesture */ });
      } else if (video.webkitEnterFullscreen) {
        video.webkitEnterFullscreen(); // iPhone Safari: only the video element itself can go full screen
      }
    }

    function toggleSubtitles() {
      var tracks = Array.prototype.slice.call(video.textTracks);
      if (tracks.length === 0) {
        announce("No subtitles");
        return;
      }
      var showing = tracks.filter(function (track) { return track.mode === "showing"; });
      if (showing.length > 0) {
        showing.forEach(function (track) { track.mode = "disabled"; });
        announce("Subtitles off");
      } else {
        tracks[0].mode = "showing";
        announce("Subtitles: " + (tracks[0].label || "on"));
      }
    }

    function follow(rel) {
      var link = document.querySelector("a[rel=" + rel + "]");
      if (link) {
        window.location.href = link.href;
      }
    }

    var dialog = setUpShortcutsDialog();

    var keys = {
      " ": function () { togglePlay(); },
      "k": function () { togglePlay(); },
      "ArrowLeft": function () { seekBy(-5); },
      "ArrowRight": function () { seekBy(5); },
      "j": function () { seekBy(-10); },
      "l": function () { seekBy(10); },
      "f": toggleFullscreen,
      "m": function () { video.muted = !video.muted; announce(video.muted ? "Muted" : "Sound on"); },
      "<": function () { changeSpeed(-1); },
      ">": function () { changeSpeed(1); },
      "c": toggleSubtitles,
      "p": function () { follow("prev"); },
      "n": function () { follow("next"); },
      "?": function () { if (dialog) { dialog.open(); } }
    };

    function togglePlay() {
      if (video.paused || video.ended) {
        video.play().catch(function () { /* the browser wants a click first */ });
      } else {
        video.pause();
      }
    }

    document.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) {
        return;
      }
      if (dialog && dialog.isOpen()) {
        return; // the dialog has its own keys: Escape, Tab, Enter
      }
      var key = event.key.length === 1 && event.key !== "<" && event.key !== ">" && event.key !== "?"
        ? event.key.toLowerCase() : event.key;
      // Space on a focused button or link activates it; leave that alone.
      if (key === " " && event.target instanceof HTMLElement && /^(BUTTON|A|SUMMARY)$/.test(event.target.tagName)) {
        return;
      }
      var action = keys[key];
      if (action) {
        // The native controls also react to arrows and space when focused; one seek, not two.
        event.preventDefault();
        action();
      }
    });

    video.addEventListener("ratechange", function () {
      if (SPEEDS.indexOf(video.playbackRate) < 0) {
        announce("Speed " + video.playbackRate + "\u00d7");
      }
    });

    setUpResume(video);
    setUpRetry(video, announce);
  }

  /* Busy server: beyond its stream budget reel answers 503 with Retry-After, and the browser gives up on
     the video. When the video fails, one byte is asked for to learn why; on a 503 the player tries again
     after the time the server gave (longer each time, at most a minute), from where the viewer was. Any
     other failure (a format the browser cannot play, a file that is gone) is left to the browser. */
  function setUpRetry(video, announce) {
    var source = video.querySelector("source");
    if (!source || typeof fetch !== "function") {
      return;
    }
    var attempts = 0;
    var waiting = false;

    function retryLater(seconds) {
      var position = video.currentTime;
      var wasPlaying = !video.paused && !video.ended;
      waiting = true;
      announce("The server is busy; trying again in " + seconds + " s");
      setTimeout(function () {
        waiting = false;
        video.addEventListener("loadedmetadata", function () {
          if (position > 0) {
            video.currentTime = position;
          }
          if (wasPlaying) {
            video.play().catch(function () { /* the browser wants a click first */ });
          }
        }, { once: true });
        video.load();
      }, seconds * 1000);
    }

    function failed() {
      if (waiting) {
        return;
      }
      waiting = true;
      fetch(source.src, { headers: { Range: "bytes=0-0" }, cache: "no-store" }).then(function (response) {
        if (response.status === 503) {
          var asked = parseInt(response.headers.get("Retry-After"), 10);
          var seconds = Math.min(RETRY_MOST_SECONDS, (isFinite(asked) && asked > 0 ? asked : 5) * Math.pow(2, attempts));
          attempts++;
          retryLater(seconds);
        } else if (response.ok && attempts === 0) {
          // A place may have come free since the video was refused: ask again once. Not more: a video
          // the browser cannot play fails the same way while the server answers fine.
          attempts++;
          retryLater(1);
        } else {
          waiting = false;
        }
      }).catch(function () {
        waiting = false; // offline: nothing to learn, the browser shows its error
      });
    }

    // A failed load is reported on the <source>; a failure while playing, on the video.
    source.addEventListener("error", failed);
    video.addEventListener("error", failed);
    video.addEventListener("playing", function () { attempts = 0; });
  }

  function setUpShortcutsDialog() {
    var dialog = document.getElementById("shortcuts");
    var button = document.getElementById("shortcuts-open");
    if (!dialog || !button || typeof dialog.showModal !== "function") {
      return null;
    }
    button.hidden = false;
    button.addEventListener("click", function () { dialog.showModal(); });
    // A click on the backdrop (outside the box) closes it, as people expect of an overlay.
    dialog.addEventListener("click", function (event) {
      if (event.target === dialog) {
        dialog.close();
      }
    });
    dialog.addEventListener("close", function () { button.focus(); });
    return {
      open: function () { dialog.showModal(); },
      isOpen: function () { return dialog.open; }
    };
  }

  /* Resume: the position is kept per file in localStorage while playing, and offered back on the next
     visit. The key is the file's place in the library, so a renamed file starts over.
     Each item is "reel:position:" + the library path ("reel:position:/Shorts/Ep 1.mp4") holding JSON:
       position  seconds into the video          saved  when, in ms since 1970
       duration  the video's length in seconds   title  as the page shows it   href  the watch page's path
     The last three are there for the library's continue-watching row; items saved before it hold only
     position and saved, which the row shows as well as it can, and the next save writes them whole. */
  function setUpResume(video) {
    var store = storage();
    var key = STORAGE_PREFIX + video.getAttribute("data-resume-key");
    var title = document.getElementById("title");
    var banner = document.getElementById("resume");
    var bannerText = document.getElementById("resume-text");
    var restart = document.getElementById("resume-restart");
    if (!store || !banner) {
      return;
    }
    var lastSaved = -1;

    function save() {
      var position = video.currentTime;
      var nearEnd = isFinite(video.duration) && video.duration - position < RESUME_MARGIN_SECONDS;
      try {
        if (position < RESUME_MARGIN_SECONDS || nearEnd) {
          store.removeItem(key);
        } else {
          // JSON leaves out what is undefined: a duration not known yet is not saved as null.
          store.setItem(key, JSON.stringify({ position: position, saved: Date.now(),
            duration: isFinite(video.duration) ? video.duration : undefined,
            title: title ? title.textContent : undefined, href: window.location.pathname }));
        }
      } catch (full) {
        // A full or blocked storage only loses the resume point; playback goes on.
      }
      lastSaved = position;
    }

    function saved() {
      try {
        var value = JSON.parse(store.getItem(key));
        return value && typeof value.position === "number" ? value.position : null;
      } catch (unreadable) {
        return null;
      }
    }

    function restore() {
      var position = saved();
      if (position === null || !isFinite(video.duration)
          || position < RESUME_MARGIN_SECONDS || position > video.duration - RESUME_MARGIN_SECONDS) {
        return;
      }
      video.currentTime = position;
      bannerText.textContent = "Resumed at " + clock(position) + ".";
      banner.hidden = false;
    }

    // Write at most every few seconds of playing, not on every timeupdate (4 per second).
    video.addEventListener("timeupdate", function () {
      if (Math.abs(video.currentTime - lastSaved) >= 3) {
        save();
      }
    });
    video.addEventListener("pause", save);
    video.addEventListener("seeked", save);
    video.addEventListener("ended", function () { store.removeItem(key); });
    window.addEventListener("pagehide", function () {
      if (video.readyState > 0) {
        save();
      }
    });
    restart.addEventListener("click", function () {
      video.currentTime = 0;
      store.removeItem(key);
      banner.hidden = true;
      video.focus();
    });
    if (video.readyState >= 1) {
      restore();
    } else {
      video.addEventListener("loadedmetadata", restore, { once: true });
    }
  }

  /* ---------- Library home: continue watching, from the positions the player saved in this browser */

  var CONTINUE_MOST = 12;

  /* Every saved position of this library, most recent first. Positions saved by another reel on the same
     site share the storage; their links start elsewhere, and they are left out. */
  function savedPositions(store, watchPath) {
    var positions = [];
    for (var i = 0; i < store.length; i++) {
      var key = store.key(i);
      if (key !== null && key.indexOf(STORAGE_PREFIX) === 0) {
        var position = savedPosition(key, store.getItem(key), watchPath);
        if (position) {
          positions.push(position);
        }
      }
    }
    positions.sort(function (a, b) { return b.saved - a.saved; });
    return positions;
  }

  // One item read as the row shows it, or null if it is not a position; see setUpResume for the format.
  function savedPosition(key, json, watchPath) {
    var value;
    try {
      value = JSON.parse(json);
    } catch (unreadable) {
      return null;
    }
    var segments = key.slice(STORAGE_PREFIX.length).split("/").slice(1);
    var name = segments[segments.length - 1];
    if (!value || typeof value.position !== "number" || !isFinite(value.position) || !name) {
      return null;
    }
    var href = typeof value.href === "string" ? value.href : watchPath + segments.map(segment).join("");
    if (href.indexOf(watchPath + "/") !== 0) {
      return null;
    }
    var duration = typeof value.duration === "number" && isFinite(value.duration) && value.duration > 0
      ? value.duration : null;
    return {
      key: key,
      title: typeof value.title === "string" && value.title !== "" ? value.title : stem(name),
      folder: segments.length > 1 ? segments[segments.length - 2] : "",
      position: duration === null ? value.position : Math.min(value.position, duration),
      duration: duration,
      saved: typeof value.saved === "number" ? value.saved : 0,
      href: href
    };
  }

  // A path segment as reel writes it in links: all but A-Z a-z 0-9 - . _ ~ percent-encoded.
  function segment(name) {
    return "/" + encodeURIComponent(name).replace(/[!'()*]/g, function (c) {
      return "%" + c.charCodeAt(0).toString(16).toUpperCase();
    });
  }

  // As the server shows a file name: without its extension; a leading dot is not one.
  function stem(name) {
    var dot = name.lastIndexOf(".");
    return dot > 0 ? name.slice(0, dot) : name;
  }

  function element(tag, className, text) {
    var made = document.createElement(tag);
    if (className) {
      made.className = className;
    }
    if (text) {
      made.textContent = text;
    }
    return made;
  }

  function setUpContinueWatching() {
    var section = document.getElementById("continue");
    var list = document.getElementById("continue-list");
    var status = document.getElementById("continue-status");
    var store = storage();
    if (!section || !list || !status || !store) {
      return;
    }
    // Drawn afresh each time: the page may come back from the browser's back/forward cache.
    list.textContent = "";
    list.hidden = false;
    status.textContent = "";
    section.hidden = true;
    var positions = savedPositions(store, section.getAttribute("data-watch")).slice(0, CONTINUE_MOST);
    if (positions.length === 0) {
      return;
    }
    var heading = section.querySelector("h2");

    function remove(item, position) {
      try {
        store.removeItem(position.key);
      } catch (blocked) {
        // Then it comes back on the next visit; there is nothing better to do.
      }
      // Focus stays in the row: on the next item's button, the previous one's, or the heading.
      var neighbour = item.nextElementSibling || item.previousElementSibling;
      item.remove();
      status.textContent = "Removed \u201c" + position.title + "\u201d."
        + (neighbour ? "" : " Nothing left to continue.");
      if (neighbour) {
        neighbour.querySelector(".remove").focus();
      } else {
        list.hidden = true;
        heading.tabIndex = -1;
        heading.focus();
      }
    }

    var items = positions.map(function (position) {
      var item = continueItem(position);
      item.querySelector(".remove").addEventListener("click", function () { remove(item, position); });
      list.appendChild(item);
      return item;
    });
    section.hidden = false;
    markGone(section, positions, items);
  }

  function continueItem(position) {
    var item = element("li");
    var card = element("a", "continued");
    card.href = position.href;
    card.appendChild(element("span", "name", position.title));
    var where = position.folder ? position.folder + " \u00b7 " : "";
    card.appendChild(element("span", "meta", where + (position.duration === null
      ? "Stopped at " + clock(position.position)
      : clock(position.position) + " of " + clock(position.duration))));
    if (position.duration !== null) {
      // The text above says the same in words, so the bar is for the eye only.
      var bar = element("progress");
      bar.max = position.duration;
      bar.value = position.position;
      bar.setAttribute("aria-hidden", "true");
      card.appendChild(bar);
    }
    item.appendChild(card);
    var button = element("button", "remove");
    button.type = "button";
    button.title = "Remove from Continue watching";
    button.appendChild(element("span", "visually-hidden", "Remove \u201c" + position.title + "\u201d from Continue watching"));
    var cross = element("span", "", "\u00d7");
    cross.setAttribute("aria-hidden", "true");
    button.appendChild(cross);
    item.appendChild(button);
    return item;
  }

  /* A saved video may since have been deleted or renamed. Each one is asked for with HEAD: a 404 turns its
     card into a note with the remove button, rather than a link to the not-found page. Its position is
     kept, for a file that comes back; a busy or unreachable server changes nothing. */
  function markGone(section, positions, items) {
    if (typeof fetch !== "function" || typeof Promise !== "function") {
      return;
    }
    section.setAttribute("aria-busy", "true");
    Promise.all(positions.map(function (position, index) {
      return fetch(position.href, { method: "HEAD" }).then(function (response) {
        if (response.status === 404) {
          var card = items[index].querySelector(".continued");
          var note = element("span", "continued gone");
          note.appendChild(element("span", "name", position.title));
          note.appendChild(element("span", "meta", "No longer in the library"));
          card.replaceWith(note);
        }
      }, function () { /* offline: the link stays */ });
    })).then(function () { section.removeAttribute("aria-busy"); });
  }

  setUpFilter();
  setUpPosters();
  setUpPlayer();
  setUpContinueWatching();
  // Back from the player, the browser may show this page as it was left, without running scripts again:
  // the row must show what was just watched.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      setUpContinueWatching();
    }
  });
})();
