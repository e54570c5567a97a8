/**
 * What a figure shows instead of a number. The editor, the PDF and the command line all show
 * these exact characters; the error itself (what and where) is in the CalcValue and in
 * `tickmark check`.
 */

/** A figure whose value is an error (unknown name, cycle, division by zero, not a finite number, ...). */
export const CALC_ERROR_MARKER = '#ERR';

/** A figure whose format is neither a preset nor a valid Excel number format. */
export const FORMAT_ERROR_MARKER = '#FORMAT';
