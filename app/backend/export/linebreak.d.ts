/** The `linebreak` package (UAX #14; pdfkit's own line breaker): only what breakLines uses. */
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    /** The next break opportunity: a line may start at `position`. */
    nextBreak(): { position: number; required: boolean } | null;
  }
}
