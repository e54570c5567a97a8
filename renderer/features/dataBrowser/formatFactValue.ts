/** A fact's value at its precision (shared/format's one rule for where facts are shown). */
export { formatFactValue } from '../../../shared/format/formatFactValue';
