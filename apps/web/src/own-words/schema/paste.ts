/**
 * Pasted HTML reduced to what a report's text holds: headings of every level become sub-headings (h1–h3 level
 * 3, h4–h6 level 4), a list item's paragraphs become its text, bullet lists become 一是 runs, and every style,
 * class and font goes (the parser keeps only the schema's nodes; formatting has no mark to land in).
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const body = doc.body;
  for (const el of Array.from(body.querySelectorAll("[style],[class],[color],[face],[size]"))) {
    for (const a of ["style", "class", "color", "face", "size"]) el.removeAttribute(a);
  }
  for (const el of Array.from(body.querySelectorAll("h1,h2,h3,h4,h5,h6"))) {
    const level = Number(el.tagName.slice(1)) <= 3 ? "h3" : "h4";
    if (el.tagName.toLowerCase() === level) continue;
    const h = doc.createElement(level);
    h.append(...Array.from(el.childNodes));
    el.replaceWith(h);
  }
  for (const ul of Array.from(body.querySelectorAll("ul"))) {
    const run = doc.createElement("div");
    run.setAttribute("data-item-run", "");
    run.setAttribute("data-style", "yishi");
    run.append(...Array.from(ul.childNodes));
    ul.replaceWith(run);
  }
  for (const li of Array.from(body.querySelectorAll("li"))) {
    const paragraphs = Array.from(li.querySelectorAll("p"));
    for (const p of paragraphs) p.replaceWith(...Array.from(p.childNodes));
  }
  return body.innerHTML;
}
