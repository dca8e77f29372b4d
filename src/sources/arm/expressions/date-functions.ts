import { addDuration, formatDate, JSON_DATE_FORMAT, parseDuration, parseTimestamp } from './datetime.js';
import { expectInteger, expectString, values, type FunctionDefinition } from './function-support.js';
import { ExpressionError } from './values.js';

/** utcNow()'s format when none is given (documented as ISO 8601 basic form). */
const UTC_NOW_DEFAULT_FORMAT = 'yyyyMMddTHHmmssZ';

export const dateFunctions: Record<string, FunctionDefinition> = {
  utcNow: values(0, 1, (args, call) => {
    if (Number.isNaN(call.scope.now.getTime())) throw new ExpressionError('the clock is not set');
    return formatDate(call.scope.now, args.length > 0 ? expectString(args, 0) : UTC_NOW_DEFAULT_FORMAT);
  }),
  // Without a format the result is the date as template JSON carries it (e.g. 2024-01-01T00:00:00Z).
  dateTimeAdd: values(2, 3, (args) => {
    const result = addDuration(parseTimestamp(expectString(args, 0)), parseDuration(expectString(args, 1)));
    return formatDate(result, args.length > 2 ? expectString(args, 2) : JSON_DATE_FORMAT);
  }),
  dateTimeFromEpoch: values(1, 1, (args) =>
    formatDate(addDuration(new Date(0), expectInteger(args, 0) * 1000), JSON_DATE_FORMAT),
  ),
  dateTimeToEpoch: values(1, 1, (args) => Math.floor(parseTimestamp(expectString(args, 0)).getTime() / 1000)),
};
