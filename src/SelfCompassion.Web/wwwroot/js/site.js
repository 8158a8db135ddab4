// Progressive enhancement only: every page works without this file.
"use strict";

// Fill the sign-up form's hidden time zone from the browser, so dates show in the person's own time.
document.querySelectorAll("input[data-fill-timezone]").forEach((input) => {
    try {
        input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    } catch {
        // An old browser without Intl keeps the default (UTC), which can be changed on the account page.
    }
});

// Drafts: a half-written entry, reframe, practice, plan or reply is kept in this browser until it is saved or sent, so
// a closed tab or an expired session loses nothing (docs/adr/0022). Keys name the form, never its words; signing out
// clears them all.
const draftPrefix = "selfcompassion-draft:";
// Drafts are filed per person; with no one signed in (an expired session) they wait for their owner to return.
const draftOwner = document.body.dataset.draftOwner || "";
const storageNamed = (name) => {
    try { return window[name]; } catch { return null; }
};
const storage = storageNamed("localStorage");
// A reader who isn't signed in (a guide reply) has a draft kept in this tab only, gone when it closes: on a shared
// computer their words don't wait for the next person, yet leaving for help and coming back loses nothing.
const tabStorage = storageNamed("sessionStorage");
// Browsers bring a closed tab's storage back when it is reopened, so a reply kept there is forgotten after an hour.
const tabKeptAt = "__keptAt";
const tabHour = 60 * 60 * 1000;
const ownPrefix = draftPrefix + draftOwner + ":";
const tabPrefix = draftPrefix + ":";
// A form for a record that can change (an entry, the safety plan) files its draft under the version it was opened
// at: words written against an older version are offered, never put silently over the newer one.
const versionMark = "@v";
const draftKeysOf = (area, prefix, name) =>
    Object.keys(area).filter((k) => k === prefix + name || k.startsWith(prefix + name + versionMark));

function fieldsOf(form) {
    // The spam trap is a text field hidden from people; kept in a draft, an autofilled one would drop the reply.
    return Array.from(form.elements).filter((el) =>
        el.name && el.name !== "__RequestVerificationToken" && el.type !== "hidden" && el.type !== "submit" && !el.closest(".trap"));
}

function readDraft(form) {
    const values = {};
    fieldsOf(form).forEach((el) => {
        if (el.type === "checkbox" || el.type === "radio") {
            if (el.checked) (values[el.name] ||= []).push(el.value);
        } else if (el.value !== "") {
            values[el.name] = el.value;
        }
    });
    return values;
}

// A draft is the whole form as it was: a field it doesn't name was empty then, so it is emptied now (left as drawn, a
// feeling's strength from a newer version would be sent under a chip shown unticked). Fields "leave" names stay.
function applyDraft(form, values, leave = () => false) {
    fieldsOf(form).filter((el) => !leave(el.name)).forEach((el) => {
        if (el.type === "checkbox" || el.type === "radio") {
            el.checked = (values[el.name] || []).includes(el.value);
        } else {
            el.value = Object.hasOwn(values, el.name) ? values[el.name] : "";
        }
        // Sliders made later read their boxes as they are; those made already follow this.
        el.dispatchEvent(new Event("input", { bubbles: true }));
    });
    const holdsSomething = (within) => Array.from(within.querySelectorAll("input[name], textarea[name]"))
        .some((el) => (el.type === "checkbox" || el.type === "radio" ? el.checked : el.value !== ""));
    // "In my own words" has no name and isn't kept: it shows its rows when any of them holds something.
    form.querySelectorAll(".chip-item > input[type=checkbox]:not([name])").forEach((box) => {
        box.checked = holdsSomething(box.closest(".chip-item"));
    });
    // Words brought back into a closed "Add more" would be saved unseen.
    form.querySelectorAll("details").forEach((more) => {
        if (holdsSomething(more)) more.open = true;
    });
}

function draftNotice(form, words, ...buttons) {
    form.querySelector(".draft-notice")?.remove();
    const notice = document.createElement("div");
    notice.className = "notice draft-notice";
    notice.setAttribute("role", "status");
    notice.tabIndex = -1;
    const text = document.createElement("span");
    text.id = "draft-notice-words";
    text.textContent = words;
    notice.setAttribute("aria-labelledby", text.id);
    notice.append(text);
    buttons.forEach(([label, onClick]) => {
        const button = Object.assign(document.createElement("button"), { type: "button", className: "link-button", textContent: label });
        button.addEventListener("click", onClick);
        notice.append(button);
    });
    form.prepend(notice);
    return notice;
}

// The notice whose button was pressed is gone; focus goes on to the form rather than back to the top of the page.
function focusFirstField(form) {
    fieldsOf(form).find((el) => el.offsetParent !== null)?.focus();
}

function forget(area, key) {
    try { area.removeItem(key); } catch { }
}

// Forgets every draft in the area whose key passes the test; an area the browser refused holds none.
function forgetWhere(area, test) {
    if (area) Object.keys(area).filter((k) => k.startsWith(draftPrefix) && test(k)).forEach((k) => forget(area, k));
}

if (draftOwner) {
    // Someone else is signed in on this browser now: an earlier person's unsaved words must not reach them; nor a reply
    // someone wrote in this tab before anyone signed in, which on a shared computer may not be theirs.
    forgetWhere(storage, (k) => !k.startsWith(ownPrefix));
    forgetWhere(tabStorage, (k) => k.startsWith(tabPrefix));
}
// Forgets one form's drafts, every version of them, wherever this page keeps drafts.
const forgetNamed = (name) => [[storage, ownPrefix], [tabStorage, tabPrefix]].forEach(([area, prefix]) => {
    if (area) draftKeysOf(area, prefix, name).forEach((k) => forget(area, k));
});
const forgetAll = () => [storage, tabStorage].forEach((area) => forgetWhere(area, () => true));
document.querySelectorAll("[data-clear-draft]").forEach((el) => forgetNamed(el.dataset.clearDraft));
document.querySelectorAll("form[action$='/account/logout'], form[action$='/account/logout/']").forEach((form) =>
    form.addEventListener("submit", forgetAll));
// Leaving a form with "Cancel" lets its words go: they aren't offered again next time.
document.querySelectorAll("a[data-forget-draft]").forEach((link) =>
    link.addEventListener("click", () => forgetNamed(link.dataset.forgetDraft)));
// An account just deleted: what it left unsaved in this browser goes with it, as at signing out.
if (document.querySelector("[data-forget-all-drafts]")) forgetAll();

document.querySelectorAll("form[data-draft]").forEach((form) => {
    const [area, prefix] = draftOwner ? [storage, ownPrefix]
        : form.hasAttribute("data-draft-in-tab") ? [tabStorage, tabPrefix] : [null, ""];
    if (!area) return;
    const name = form.dataset.draft;
    const version = form.dataset.draftVersion;
    const key = prefix + name + (version ? versionMark + version : "");
    // A page showing the server's own messages already holds the latest words; only restore into a fresh form.
    const cameBack = form.querySelector(".field-error:not(:empty), .field-validation-error, .validation-summary-errors");
    // A fresh form as drawn (a record as it is now, a practice's defaults) is nothing written: kept as a draft, it would
    // be "brought back" next time, or offered later as older words over a newer version.
    const asDrawn = cameBack ? null : JSON.stringify(readDraft(form));
    // Storage that is full or refused loses the draft, never the rest of this script.
    const keep = () => {
        const values = readDraft(form);
        const now = JSON.stringify(values);
        try {
            if (now === asDrawn) area.removeItem(key);
            else area.setItem(key, area === tabStorage ? JSON.stringify({ ...values, [tabKeptAt]: Date.now() }) : now);
        } catch { }
    };
    let timer;
    // A draft's words, or null (and the draft forgotten) when there are none, or a tab's draft is past its hour.
    const read = (k) => {
        let values = null;
        try { values = JSON.parse(area.getItem(k)); } catch { }
        if (area === tabStorage && !(Date.now() - Number(values?.[tabKeptAt]) < tabHour)) values = null;
        if (values && typeof values === "object") {
            delete values[tabKeptAt];
            if (Object.keys(values).length > 0) return values;
        }
        forget(area, k);
        return null;
    };
    if (!cameBack) {
        const saved = read(key);
        // The most recent of any older versions' drafts (one kept before versions were, the oldest of all).
        const versionOf = (k) => Number(k.split(versionMark)[1] ?? -1);
        const olderKeys = draftKeysOf(area, prefix, name).filter((k) => k !== key).sort((a, b) => versionOf(b) - versionOf(a));
        const older = olderKeys.length > 0 ? read(olderKeys[0]) : null;
        const forgetOlder = () => olderKeys.forEach((k) => forget(area, k));
        if (saved) {
            applyDraft(form, saved);
            draftNotice(form, "We brought back what you were writing here before.", ["Start afresh", () => {
                draftKeysOf(area, prefix, name).forEach((k) => forget(area, k));
                form.reset();
                fieldsOf(form).forEach((el) => el.dispatchEvent(new Event("input", { bubbles: true })));
                clearTimeout(timer);
                form.querySelector(".draft-notice")?.remove();
                focusFirstField(form);
            }]);
        } else if (older) {
            // Ratings matched to the record's parts by position (a reframe's feelings) aren't carried across versions.
            const perVersion = form.dataset.draftPerVersion;
            const notice = draftNotice(form,
                "This has changed since you last wrote here, so you're seeing it as it is now. What you were writing then is still kept in this browser.",
                ["Bring back what I was writing", () => {
                    applyDraft(form, older, (field) => Boolean(perVersion) && field.startsWith(perVersion));
                    forgetOlder();
                    keep();
                    draftNotice(form, form.dataset.draftBroughtBack
                        || "We brought back what you were writing. If you save, these words take the place of the newer ones.").focus();
                }],
                ["Let those words go", () => {
                    forgetOlder();
                    notice.remove();
                    focusFirstField(form);
                }]);
        }
    }
    // Words sent back with the server's messages (a correction, a conflict) are the latest, and the person may leave
    // for help before touching them (the crisis panel links away): they are kept at once, under the version the form
    // now carries (an edit's, the one it was opened at; a reframe's, the entry's newer one, with no ratings for it yet).
    if (cameBack) keep();
    form.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(keep, 300);
    });
    form.addEventListener("submit", () => {
        clearTimeout(timer);
        keep();
    });
});

// The reframe as a gentle step-by-step flow; without this script it is one form in sections.
document.querySelectorAll("form[data-steps]").forEach((form) => {
    const steps = Array.from(form.querySelectorAll("fieldset.step"));
    const submit = form.querySelector("button[type=submit]");
    if (steps.length < 2 || form.querySelector(".field-error:not(:empty), .validation-summary-errors")) return;

    const progress = document.createElement("p");
    progress.className = "step-progress";
    progress.setAttribute("aria-live", "polite");
    const nav = document.createElement("div");
    nav.className = "step-nav";
    const back = Object.assign(document.createElement("button"), { type: "button", className: "button button-quiet", textContent: "Back" });
    const next = Object.assign(document.createElement("button"), { type: "button", className: "button", textContent: "Next" });
    nav.append(back, next);
    form.insertBefore(progress, steps[0]);
    submit.before(nav);

    let current = 0;
    function show(index, focus) {
        current = index;
        steps.forEach((step, i) => { step.hidden = i !== index; });
        const last = index === steps.length - 1;
        back.hidden = index === 0;
        next.hidden = last;
        submit.hidden = !last;
        progress.textContent = `Step ${index + 1} of ${steps.length}`;
        if (focus) steps[index].querySelector("textarea, input")?.focus();
    }
    back.addEventListener("click", () => show(Math.max(0, current - 1), true));
    next.addEventListener("click", () => show(Math.min(steps.length - 1, current + 1), true));
    show(0, false);
});

// A gentle practice timer: start, pause and resume; silent unless the chime is chosen. It fills in the minutes taken.
document.querySelectorAll("[data-timer]").forEach((timer) => {
    const form = timer.closest("form");
    const clock = timer.querySelector("[data-timer-clock]");
    const state = timer.querySelector("[data-timer-state]");
    const start = timer.querySelector("[data-timer-start]");
    const pause = timer.querySelector("[data-timer-pause]");
    const resume = timer.querySelector("[data-timer-resume]");
    const chime = timer.querySelector("[data-timer-chime]");
    const minutes = form?.querySelector("[data-timer-minutes]");
    const words = timer.querySelector("[data-timer-words]");
    let total = Number(timer.dataset.seconds) || 180;
    let elapsed = 0;
    let ticking = null;

    // Said now and then, not every second: on each whole minute and at thirty seconds.
    const say = (left) => {
        if (!words) return;
        if (left === 0) words.textContent = "Time's up.";
        else if (left % 60 === 0) words.textContent = `${left / 60} ${left === 60 ? "minute" : "minutes"} left`;
        else if (left === 30) words.textContent = "30 seconds left";
    };
    const show = () => {
        const left = Math.max(0, total - elapsed);
        clock.textContent = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}`;
        if (ticking || elapsed > 0) say(left);
        if (minutes && elapsed > 0) minutes.value = String(Math.max(1, Math.round(elapsed / 60)));
    };
    const playChime = () => {
        if (!chime?.checked) return;
        try {
            const audio = new AudioContext();
            const tone = audio.createOscillator();
            const volume = audio.createGain();
            tone.frequency.value = 528;
            volume.gain.setValueAtTime(0.0001, audio.currentTime);
            volume.gain.exponentialRampToValueAtTime(0.2, audio.currentTime + 0.1);
            volume.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 2.5);
            tone.connect(volume).connect(audio.destination);
            tone.start();
            tone.stop(audio.currentTime + 2.6);
        } catch {
            // No sound available; the words on screen say the time is up.
        }
    };
    const stop = (finished) => {
        clearInterval(ticking);
        ticking = null;
        timer.classList.remove("is-running");
        pause.hidden = true;
        resume.hidden = finished;
        start.hidden = !finished;
        start.textContent = "Start again";
        state.textContent = finished ? "Time's up. Take your time coming back." : "Paused";
        if (finished) playChime();
    };
    const run = () => {
        timer.classList.add("is-running");
        if (words) words.textContent = `Started. ${Math.ceil((total - elapsed) / 60)} minutes left.`;
        start.hidden = true;
        resume.hidden = true;
        pause.hidden = false;
        state.textContent = "";
        ticking = setInterval(() => {
            elapsed += 1;
            show();
            if (elapsed >= total) stop(true);
        }, 1000);
    };

    form?.querySelectorAll("[data-timer-length]").forEach((choice) => choice.addEventListener("change", () => {
        if (!ticking && elapsed === 0) {
            total = Number(choice.value) * 60;
            show();
            if (minutes) minutes.value = choice.value;
        }
    }));
    start.addEventListener("click", () => { elapsed = 0; run(); });
    pause.addEventListener("click", () => stop(false));
    resume.addEventListener("click", run);
    timer.hidden = false;
    show();
});

// Print buttons: shown only when this script can make them work; the page says how to print without it.
document.querySelectorAll("button[data-print]").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
});

// Sliders: a rating box gains a slider beside it. The box stays the labelled control (typing still works); the slider
// is a larger target for a thumb, kept in step with the box both ways.
document.querySelectorAll("input[data-slider]").forEach((box) => {
    const slider = document.createElement("input");
    slider.type = "range";
    slider.min = "0";
    slider.max = "100";
    slider.step = "1";
    slider.tabIndex = -1;
    slider.setAttribute("aria-hidden", "true");
    slider.value = box.value === "" ? "50" : box.value;
    const row = document.createElement("div");
    row.className = "slider-row";
    box.replaceWith(row);
    row.append(slider, box);
    // A slider can't be empty: until a rating is chosen its thumb waits in the middle, greyed, so it isn't read as 50.
    const showChosen = () => slider.classList.toggle("unset", box.value === "");
    const take = () => {
        box.value = slider.value;
        box.dispatchEvent(new Event("input", { bubbles: true }));
    };
    slider.addEventListener("input", take);
    // A tap that moves nothing (on the waiting thumb, or on a track some browsers don't move to) sends no input: the
    // rating is then where the finger or pointer was, and only for a main press that began on the slider.
    let pressed = false;
    slider.addEventListener("pointerdown", (event) => { pressed = event.isPrimary && event.button === 0; });
    slider.addEventListener("pointercancel", () => { pressed = false; });
    slider.addEventListener("pointerleave", () => { pressed = false; });
    slider.addEventListener("pointerup", (event) => {
        const began = pressed;
        pressed = false;
        if (!began || box.value !== "") return;
        const track = slider.getBoundingClientRect();
        slider.value = String(Math.round(Math.min(1, Math.max(0, (event.clientX - track.left) / track.width)) * 100));
        take();
    });
    box.addEventListener("input", () => {
        if (box.value === "") slider.value = "50";
        else if (!Number.isNaN(Number(box.value))) slider.value = box.value;
        showChosen();
    });
    showChosen();
});

// Feeling chips: picking one starts its strength in the middle; unpicking it clears the strength, so it isn't sent.
document.querySelectorAll(".feelings .chip-box[value]").forEach((chip) => {
    const box = chip.closest(".chip-item")?.querySelector("input[type=number]");
    if (!box) return;
    chip.addEventListener("change", () => {
        box.value = chip.checked ? (box.value || "50") : "";
        box.dispatchEvent(new Event("input", { bubbles: true }));
    });
});

// A second press while a form is on its way would send it again (a double click, or pressing once more because the
// answer is slow): the browser drops the first answer and shows the second, which can only say the first already
// happened. Sent once, the first answer is the one shown. If no answer comes, pressing again works after a while.
document.addEventListener("submit", (event) => {
    const form = event.target;
    if (event.defaultPrevented || form.method !== "post" || form.hasAttribute("data-download")) return;
    if (form.dataset.sending) {
        event.preventDefault();
        return;
    }
    form.dataset.sending = "true";
    setTimeout(() => delete form.dataset.sending, 8000);
});
// A page brought back with the back button may still be marked as sending.
window.addEventListener("pageshow", (event) => {
    if (event.persisted) document.querySelectorAll("form[data-sending]").forEach((form) => delete form.dataset.sending);
});

// A page that opens with help (the crisis panel) or with corrections starts there for a keyboard or a screen reader:
// focus moves to the panel, or else to the first field that needs a change. Something focused already (a draft's
// notice) keeps it.
if (document.activeElement === document.body || document.activeElement === null) {
    const panel = document.querySelector("main .crisis-panel");
    if (panel) {
        panel.tabIndex = -1;
        panel.focus();
    } else {
        document.querySelector("main [aria-invalid='true']")?.focus();
    }
}
