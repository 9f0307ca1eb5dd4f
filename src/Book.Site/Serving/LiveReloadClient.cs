namespace Book.Site.Serving;

/// <summary>The script injected into every served page by <see cref="SiteServer"/>.</summary>
public static class LiveReloadClient
{
    public const string Script = """
        (() => {
          "use strict";
          const overlayId = "book-live-errors";
          function showErrors(messages) {
            let box = document.getElementById(overlayId);
            if (!box) {
              box = document.createElement("div");
              box.id = overlayId;
              box.setAttribute("role", "alert");
              box.style.cssText = "position:fixed;inset:auto 1rem 1rem 1rem;max-height:50vh;overflow:auto;" +
                "z-index:2147483647;background:#2b0b0b;color:#ffe9e9;border:2px solid #ff6b6b;border-radius:8px;" +
                "padding:1rem;font:13px/1.5 ui-monospace,monospace;white-space:pre-wrap;box-shadow:0 8px 24px #0008";
              document.body.appendChild(box);
            }
            box.textContent = "book serve: the last edit has errors; the page shows the last good build.\n\n" +
              messages.join("\n");
          }
          function clearErrors() {
            const box = document.getElementById(overlayId);
            if (box) box.remove();
          }
          const source = new EventSource("/__book/events");
          source.addEventListener("reload", () => {
            clearErrors();
            sessionStorage.setItem("book-scroll", String(window.scrollY));
            location.reload();
          });
          source.addEventListener("errors", (e) => showErrors(JSON.parse(e.data).messages));
          const y = sessionStorage.getItem("book-scroll");
          if (y !== null) {
            sessionStorage.removeItem("book-scroll");
            window.addEventListener("load", () => window.scrollTo(0, Number(y)));
          }
        })();
        """;
}
