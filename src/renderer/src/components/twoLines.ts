// How narrow a list cell that wraps (Column.wrap) may be and still hold its text in two lines: read
// from the text laid out on one line (VirtualTable's measuring pass), as the widest of the two lines
// at the best place to break. A line breaks at a space or between two Chinese characters or after
// Chinese punctuation (never inside a `.nobreak` piece); a badge broken in two is drawn as two pills, each with its padding.

const IDEOGRAPH = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Chinese punctuation a line may end after (、，：) or begin with (（「). */
const CLOSING = /[、，。：；！？）」』】]/;
const OPENING = /[（「『【]/;
const breaksBetween = (a: string, b: string) => (IDEOGRAPH.test(a) || CLOSING.test(a)) && (IDEOGRAPH.test(b) || OPENING.test(b));

interface Block {
  left: number;
  right: number;
  /** Where the first line would end and the second begin (with a broken badge's padding). */
  breaks: { end: number; start: number }[];
}

export function twoLineWidth(el: HTMLElement): number {
  const range = document.createRange();
  const rect = (node: Text, i: number) => {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    return range.getBoundingClientRect();
  };
  // Each line of a cell that stacks lines (.cell-two) wraps on its own.
  const blocks = new Map<Element, Block>();
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data;
    const parent = node.parentElement!;
    if (!text) continue;
    const home = parent.closest('.cell-two > *') ?? el;
    const block = blocks.get(home) ?? { left: home.getBoundingClientRect().left, right: 0, breaks: [] };
    blocks.set(home, block);
    const badge = parent.closest<HTMLElement>('.badge');
    const style = badge ? getComputedStyle(badge) : null;
    const padLeft = style ? parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth) : 0;
    const padRight = style ? parseFloat(style.paddingRight) + parseFloat(style.borderRightWidth) : 0;
    const free = !parent.closest('.nobreak');
    // a space between two elements (pieces, badges) is a text node of its own
    if (!text.trim()) {
      if (free && block.right > 0) block.breaks.push({ end: rect(node, 0).left, start: rect(node, text.length - 1).right });
      continue;
    }
    const last = text.trimEnd().length - 1;
    const first = text.length - text.trimStart().length;
    if (free && first > 0 && block.right > 0) block.breaks.push({ end: rect(node, 0).left, start: rect(node, first).left - padLeft });
    block.right = Math.max(block.right, rect(node, last).right + padRight);
    if (!free) continue;
    for (let i = first + 1; i <= last; i++) {
      const space = /\s/.test(text[i]!) && !/\s/.test(text[i - 1]!);
      const cjk = breaksBetween(text[i - 1]!, text[i]!);
      if (!space && !cjk) continue;
      let next = i;
      while (space && next < text.length && /\s/.test(text[next]!)) next++;
      if (next > last) continue;
      block.breaks.push({ end: rect(node, i - 1).right + padRight, start: rect(node, next).left - padLeft });
    }
  }
  let widest = 0;
  for (const b of blocks.values()) {
    const one = b.right - b.left;
    const two = b.breaks.reduce((best, k) => Math.min(best, Math.max(k.end - b.left, b.right - k.start)), one);
    widest = Math.max(widest, two);
  }
  return Math.ceil(widest);
}
