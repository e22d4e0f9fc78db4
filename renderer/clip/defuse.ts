/**
 * DOM clobbering defused before any code walks the page. A hostile page can
 * make `form.parentNode` an <input name="parentNode"> or `document.querySelector`
 * an <img name="querySelector">, which sends Readability into an endless loop
 * or a crash. Named form controls and named elements lose their names here,
 * through the genuine prototype methods, which the page cannot clobber.
 */
export type DomRealm = { Document: typeof Document; Element: typeof Element; Node: typeof Node };

export function defuseClobbering(doc: Document, realm: DomRealm): void {
  const query = (root: Document | Element, selector: string): Element[] =>
    root instanceof realm.Document
      ? [...realm.Document.prototype.querySelectorAll.call(root, selector)]
      : [...realm.Element.prototype.querySelectorAll.call(root, selector)];
  const removeAttribute = (element: Element, name: string) => realm.Element.prototype.removeAttribute.call(element, name);

  // Only form controls clobber their form by id; other ids carry meaning for Readability (byline, content).
  const controls = ':is(input, select, textarea, button, fieldset, object, output, img)';
  for (const element of query(doc, `[name]:not(meta), form ${controls}[id], object[id], embed[id]`)) {
    removeAttribute(element, 'name');
    if (element.localName !== 'form') removeAttribute(element, 'id');
  }
}
