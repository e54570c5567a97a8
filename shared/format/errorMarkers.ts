/**
 * What a figure shows instead of a number. The editor, the PDF and the command line all show
 * these exact characters; the error itself (what and where) is in the CalcValue and in
 * `tickmark check`.
 */

/** A figure whose value is an error (unknown name, cycle, division by zero, not a finite number, ...). */
export const CALC_ERROR_MARKER = '#ERR';

/** A figure whose format is neither a preset nor a valid Excel number format. */
export const FORMAT_ERROR_MARKER = '#FORMAT';

/**
 * A finite number too large to show in its format: over 15 significant digits before the
 * decimal point (Excel's precision; beyond it JavaScript shows float noise or its own
 * exponent, which digit grouping would garble into `1.2,5e+,302`). A scientific format
 * (`0.00E+00`) or General shows any finite number.
 */
export const TOO_LARGE_MARKER = '#TOO_LARGE';
