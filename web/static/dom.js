// Element building. Strings become text nodes, never parsed markup: question, answer and document
// text can hold anything a user or a document author typed.

/**
 * h("button", {class: "x", onclick: f}, "text", child) → a new element.
 * Attributes whose value is null, undefined or false are left out; "on…" names add listeners.
 */
export function h(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value == null || value === false) continue;
    if (name === "class") node.className = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  node.append(...children.flat().filter((child) => child != null && child !== false));
  return node;
}
