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
