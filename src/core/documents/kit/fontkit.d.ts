// Minimal typing for fontkit (pdfkit's font engine); only what the document kit uses.
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): unknown;
    numGlyphs: number;
  }
  export function create(data: Uint8Array, postscriptName?: string): Font;
}
