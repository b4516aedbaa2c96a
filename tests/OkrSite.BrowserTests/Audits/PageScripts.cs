namespace OkrSite.BrowserTests.Audits;

/// <summary>
/// The scripts the audits evaluate in a loaded page. Each returns JSON (read by the records beside the audits), so
/// that a script's shape is checked in one place. Element names are tag#id.class, as a reader finds them in DevTools.
/// </summary>
public static class PageScripts
{
    private const string Name = """
        const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + Array.from(e.classList, c => '.' + c).join('');
        """;

    /// <summary>Waits (at most 10 s) until every image has loaded or failed, lazy ones made eager, so a screenshot shows the charts.</summary>
    public const string SettleImages = """
        async () => {
          const images = Array.from(document.images);
          for (const img of images) { if (img.loading === 'lazy') img.loading = 'eager'; }
          const settled = img => img.complete ? Promise.resolve() : new Promise(done => {
            img.addEventListener('load', done, { once: true });
            img.addEventListener('error', done, { once: true });
          });
          await Promise.race([Promise.all(images.map(settled)), new Promise(done => setTimeout(done, 10000))]);
        }
        """;

    /// <summary>
    /// The layout viewport, the document's scroll width, and the elements reaching past <c>width</c> (the screen's
    /// width: a phone widens its layout viewport to fit content that is too wide) that no scrolling or clipping ancestor contains.
    /// </summary>
    public const string Overflow = "width => {\n" + Name + """
          // Only an ancestor in the containing-block chain clips: an absolutely positioned element (visually hidden
          // text, say) escapes a scroller that is not positioned, and makes the page wider.
          const clipped = e => {
            let position = getComputedStyle(e).position;
            for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
              const style = getComputedStyle(a);
              const contains = style.transform !== 'none' || (position === 'absolute' ? style.position !== 'static' : position !== 'fixed');
              if (!contains) continue;
              if (['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX)) return true;
              position = style.position;
            }
            return false;
          };
          const all = Array.from(document.querySelectorAll('body *'));
          const wide = all
            .filter(e => e.getBoundingClientRect().right > width + 1 && !clipped(e))
            .map(e => name(e) + ' reaches ' + Math.round(e.getBoundingClientRect().right) + 'px');
          // Text that does not wrap (a long word, a nowrap cell) spills out of a box that itself fits.
          const spilling = all
            .filter(e => getComputedStyle(e).overflowX === 'visible' && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0
              && e.getBoundingClientRect().left + e.scrollWidth > width + 1 && !clipped(e))
            .map(e => name(e) + "'s content reaches " + Math.round(e.getBoundingClientRect().left + e.scrollWidth) + 'px');
          if (wide.length === 0) wide.push(...spilling);
          wide.splice(10);
          return JSON.stringify({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, wide });
        }
        """;

    /// <summary>
    /// Elements that would print a scrollbar or cut their content off: overflow-x scroll, or auto/hidden/clip with
    /// content wider than the box. Visually hidden text (a box of 1 px or less) is left out: it is clipped on purpose.
    /// </summary>
    public const string Clipped = "() => {\n" + Name + """
          const found = [];
          for (const e of document.querySelectorAll('body *')) {
            const style = getComputedStyle(e);
            const overflow = style.overflowX;
            if (!['auto', 'scroll', 'hidden', 'clip'].includes(overflow) || e.clientWidth <= 1 || e.getClientRects().length === 0) continue;
            if (overflow === 'scroll' || e.scrollWidth > e.clientWidth + 1) {
              found.push(name(e) + ' (overflow-x: ' + overflow + ') holds ' + e.scrollWidth + 'px in a ' + e.clientWidth + 'px box');
            }
          }
          return JSON.stringify(found.slice(0, 10));
        }
        """;

    /// <summary>How many .badge elements are shown, and the markup of each whose status has no visible word (a symbol or a colour alone).</summary>
    public const string Badges = """
        () => {
          const shown = Array.from(document.querySelectorAll('.badge')).filter(b => b.getClientRects().length > 0);
          const wordless = shown.filter(badge => {
            const walker = document.createTreeWalker(badge, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (!/\p{L}/u.test(node.textContent)) continue;
              const parent = node.parentElement;
              const style = getComputedStyle(parent);
              const box = parent.getBoundingClientRect();
              const range = document.createRange();
              range.selectNodeContents(node);
              const text = range.getBoundingClientRect();
              if (style.visibility === 'visible' && parseFloat(style.opacity) > 0 && box.width > 2 && box.height > 6 && text.width > 2 && text.height > 6) return false;
            }
            return true;
          });
          return JSON.stringify({ count: shown.length, wordless: wordless.map(b => b.outerHTML.slice(0, 200)) });
        }
        """;

    /// <summary>Every SVG image inside &lt;main&gt; (charts and sparklines; not the logo): its URL and its rendered box.</summary>
    public const string ChartImages = """
        () => JSON.stringify(Array.from(document.querySelectorAll('main img'))
          .map(img => ({ img, url: new URL(img.currentSrc || img.src, document.baseURI) }))
          .filter(x => /\.svg$/i.test(x.url.pathname) && x.img.getClientRects().length > 0)
          .map(({ img, url }) => {
            const box = img.getBoundingClientRect();
            return { src: url.href, width: box.width, height: box.height };
          }))
        """;

    /// <summary>
    /// In an SVG document: sized to the box it had as an &lt;img&gt; (width and height in CSS px; the viewBox scales
    /// it as the img does), the rendered font size of every visible &lt;text&gt;: its computed font size times the
    /// vertical scale of its screen CTM (viewBox, transforms). Text that is display:none or hidden is left out.
    /// </summary>
    public const string SvgTextSizes = """
        ([width, height]) => {
          const svg = document.documentElement;
          if (!(svg instanceof SVGSVGElement)) return JSON.stringify({ error: 'not an SVG document: ' + document.contentType });
          svg.setAttribute('width', width + 'px');
          svg.setAttribute('height', height + 'px');
          const sizes = [];
          for (const text of document.querySelectorAll('text')) {
            const label = text.textContent.replace(/\s+/g, ' ').trim();
            if (!label) continue;
            const style = getComputedStyle(text);
            if (style.display === 'none' || style.visibility !== 'visible' || text.getClientRects().length === 0) continue;
            const ctm = text.getScreenCTM();
            if (!ctm) continue;
            sizes.push({ text: label.slice(0, 40), px: Math.hypot(ctm.c, ctm.d) * parseFloat(style.fontSize) });
          }
          return JSON.stringify({ sizes });
        }
        """;

    /// <summary>In an SVG document: the computed fill and stroke of its shapes and texts, to compare the light and the dark scheme.</summary>
    public const string SvgColours = """
        () => Array.from(document.querySelectorAll('text, path, line, polyline, polygon, rect, circle'))
          .slice(0, 300)
          .map(e => { const style = getComputedStyle(e); return style.fill + ' ' + style.stroke; })
          .join(';') + '|' + getComputedStyle(document.documentElement).backgroundColor
        """;

    /// <summary>
    /// The focused element: its name and markup, whether it shows a focus indicator (outline or box-shadow) and is
    /// on screen; null when nothing is focused, { again: true } when it was focused before (marked with data-tab-stop).
    /// </summary>
    public const string Focused = "() => {\n" + Name + """
          const e = document.activeElement;
          if (!e || e === document.body || e === document.documentElement) return null;
          if (e.hasAttribute('data-tab-stop')) return JSON.stringify({ again: true });
          e.setAttribute('data-tab-stop', '');
          const style = getComputedStyle(e);
          const box = e.getBoundingClientRect();
          return JSON.stringify({
            name: name(e),
            html: e.outerHTML.slice(0, 160),
            outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
            shadow: !!style.boxShadow && style.boxShadow !== 'none',
            onScreen: box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0 && box.left < innerWidth && box.top < innerHeight,
          });
        }
        """;

    /// <summary>
    /// The plain @page rule's left and right margins in CSS px (96 per inch; 0 where none is set) and its size, read
    /// from the page's style sheets, @media blocks that match included (run it with print media emulated).
    /// </summary>
    public const string PageMargins = """
        () => {
          const units = { px: 1, mm: 96 / 25.4, cm: 96 / 2.54, in: 96, pt: 96 / 72, pc: 16 };
          const px = value => {
            if (!value) return 0;
            const m = /^(-?[\d.]+)(px|mm|cm|in|pt|pc)?$/.exec(value.trim());
            if (!m) throw new Error('an @page margin in a unit the test cannot convert: ' + value);
            return parseFloat(m[1]) * units[m[2] || 'px'];
          };
          const result = { left: 0, right: 0, size: null };
          const visit = rules => {
            for (const rule of rules) {
              if (rule instanceof CSSPageRule) {
                if (rule.selectorText) continue;
                if (rule.style.marginLeft) result.left = px(rule.style.marginLeft);
                if (rule.style.marginRight) result.right = px(rule.style.marginRight);
                if (rule.style.getPropertyValue('size')) result.size = rule.style.getPropertyValue('size');
              } else if (rule instanceof CSSMediaRule) {
                if (matchMedia(rule.conditionText).matches) visit(rule.cssRules);
              } else if (rule.cssRules) {
                visit(rule.cssRules);
              }
            }
          };
          for (const sheet of document.styleSheets) visit(sheet.cssRules);
          return JSON.stringify(result);
        }
        """;
}
